import { startAgain } from "@/lib/reading/attempts";
import { handleAttemptRequest, jsonResponse } from "@/lib/http/json-route";
import { emptyBodySchema } from "@/lib/reading/requests";

/** Start the next attempt, while the assignment allows one. */
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return handleAttemptRequest(request, params, emptyBodySchema, async ({ user, attemptId }) =>
    jsonResponse(await startAgain(user, attemptId), 201),
  );
}
