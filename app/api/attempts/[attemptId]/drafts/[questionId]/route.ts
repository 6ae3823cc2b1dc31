import { saveDraft } from "@/lib/reading/answering";
import { handleAttemptRequest, jsonResponse } from "@/lib/http/json-route";
import { saveDraftSchema } from "@/lib/reading/requests";

/** Save a draft answer (the browser debounces); no grading, no feedback. */
export async function PUT(request: Request, { params }: { params: Promise<{ attemptId: string; questionId: string }> }) {
  return handleAttemptRequest(request, params, saveDraftSchema, async ({ user, attemptId, input }) => {
    const { questionId } = await params;
    return jsonResponse({ draft: await saveDraft(user, attemptId, questionId, input) });
  });
}
