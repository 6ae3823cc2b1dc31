import { route } from "@/lib/http/route";
import { submitResponseSchema } from "@/lib/reading/requests";

/**
 * An answer's plumbing without the answer, on purpose: the session cookie,
 * the user's read, the body read and its zod parse (an answer's own schema),
 * a JSON reply. `npm run bench:submit` drives it in the same run as the
 * answers: what an answer costs beyond a signed-in request
 * (docs/performance.md). Nothing is stored.
 */
export const POST = route({ roles: "any", body: submitResponseSchema, reply: "json" }, async ({ body }) => ({ questionId: body.questionId }));
