import { submitResponse } from "@/lib/reading/answering";
import { handleAttemptRequest, jsonResponse } from "@/lib/http/json-route";
import { submitResponseSchema } from "@/lib/reading/requests";

/** Submit one answer: graded and stored once; a repeat returns the stored result. */
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return handleAttemptRequest(request, params, submitResponseSchema, async ({ user, attemptId, input }) => {
    const { response, created } = await submitResponse(user, attemptId, input);
    return jsonResponse({ response }, created ? 201 : 200);
  });
}
