import { getLiveProgress } from "@/lib/analytics/live-progress";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/forms/schemas";
import { handleJsonRequest, jsonResponse } from "@/lib/http/json-route";

/**
 * Live progress for the teacher's live page, polled every few seconds. Read
 * from the database on every request, so any app instance answers alike.
 */
export async function GET(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  return handleJsonRequest(request, null, async ({ user }) => {
    if (!idSchema.safeParse(assignmentId).success) throw new AppError("not_found", "There is no such assignment.");
    return jsonResponse(await getLiveProgress(user, assignmentId));
  });
}
