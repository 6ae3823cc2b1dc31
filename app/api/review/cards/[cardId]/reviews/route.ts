/** POST /api/review/cards/<cardId>/reviews: rate a flashcard, or answer a re-asked question. */
import { handleJsonRequest, jsonResponse } from "@/lib/http/json-route";
import { getLearnerTimeZone } from "@/lib/review/learner-time-zone";
import { submitReview } from "@/lib/review/review";
import { reviewSubmissionSchema } from "@/lib/review/schemas";

export async function POST(request: Request, { params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  return handleJsonRequest(request, reviewSubmissionSchema, async ({ user, input }) => {
    const review = await submitReview(user.id, cardId, input, new Date(), await getLearnerTimeZone());
    return jsonResponse({ review });
  });
}
