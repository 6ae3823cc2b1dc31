import { recordVisibleTime } from "@/lib/reading/attempts";
import { handleAttemptRequest } from "@/lib/http/json-route";
import { visibleTimeSchema } from "@/lib/reading/requests";

/** Visible time on a chunk, sent with navigator.sendBeacon when the page is hidden or left. */
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return handleAttemptRequest(request, params, visibleTimeSchema, async ({ user, attemptId, input }) => {
    await recordVisibleTime(user, attemptId, input);
    return new Response(null, { status: 204 });
  });
}
