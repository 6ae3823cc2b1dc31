/**
 * "Preview as a student": a teacher walks through their class's assignment
 * as its students get it (lib/reading/reader.ts openPreviewReading). The
 * preview's attempts are the teacher's, with previewOfAssignmentId set and
 * no assignmentId, so every report, tally, export, grading queue, live board
 * and LMS score (all keyed by assignmentId) leaves them out by construction,
 * and review cards skip them (lib/auth/scopes.ts ownAttempts).
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { teacherAssignments } from "@/lib/auth/scopes";
import { deletePreview } from "@/lib/tallied/attempts";

/** The start of a preview: "/preview/<assignmentId>". */
export const previewPath = (assignmentId: string) => `/preview/${assignmentId}`;

/** "Start over": forgets the teacher's preview of the assignment (its answers go with it), so the next visit starts afresh. */
export async function clearPreview(teacher: SessionUser, assignmentId: string): Promise<void> {
  await deletePreview(teacher.id, assignmentId, teacherAssignments(teacher));
}
