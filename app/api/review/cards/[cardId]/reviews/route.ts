/** POST /api/review/cards/<cardId>/reviews: rate a flashcard, or answer a re-asked question. */
import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { getLearnerTimeZone } from "@/lib/review/learner-time-zone";
import { submitReview } from "@/lib/review/review";
import { reviewSubmissionSchema } from "@/lib/review/schemas";

export const POST = route(
  { roles: "any", params: idParams("cardId"), body: reviewSubmissionSchema, reply: "json" },
  async ({ user, params, body }) => ({ review: await submitReview(user, params.cardId, body, new Date(), await getLearnerTimeZone()) }),
);
