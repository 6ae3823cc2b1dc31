import { getAttemptState } from "@/lib/reading/attempts";
import { handleAttemptRequest, jsonResponse } from "@/lib/http/json-route";

/** The attempt's answers and drafts, for resuming on another device. */
export async function GET(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return handleAttemptRequest(request, params, null, async ({ user, attemptId }) => jsonResponse(await getAttemptState(user, attemptId)));
}
