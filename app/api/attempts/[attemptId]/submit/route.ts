import { submitAttempt } from "@/lib/reading/attempts";
import { handleAttemptRequest, jsonResponse } from "@/lib/http/json-route";
import { emptyBodySchema } from "@/lib/reading/requests";

/** Submit the whole reading (releases feedback in after-submit mode). */
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return handleAttemptRequest(request, params, emptyBodySchema, async ({ user, attemptId }) =>
    jsonResponse(await submitAttempt(user, attemptId)),
  );
}
