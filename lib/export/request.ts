/**
 * The plumbing of the CSV download routes, shared with the JSON endpoints
 * (lib/http/json-route.ts): a signed-in user or 401, a well-formed assignment
 * id or 404, expected errors with their status. The export functions check
 * the teacher's ownership.
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/forms/schemas";
import { handleJsonRequest } from "@/lib/http/json-route";

export async function exportRequest(
  request: Request,
  params: Promise<{ assignmentId: string }>,
  run: (teacher: SessionUser, assignmentId: string) => Promise<Response>,
): Promise<Response> {
  const { assignmentId } = await params;
  return handleJsonRequest(request, null, async ({ user }) => {
    if (!idSchema.safeParse(assignmentId).success) throw new AppError("not_found", "There is no such assignment.");
    return run(user, assignmentId);
  });
}
