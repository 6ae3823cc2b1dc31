import "server-only";
import { teacherAssignments, teacherClasses } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/session";
import { assignableReadings } from "@/lib/assignments/readings";
import type { AssignmentSettings } from "@/lib/assignments/schemas";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

const NOT_YOUR_ASSIGNMENT = "That assignment does not exist or is not yours.";

/** Assigns a published reading to one of the teacher's classes (not an archived one). */
export async function createAssignment(
  actor: SessionUser,
  input: AssignmentSettings & { classId: string; readingSlug: string },
  now = new Date(),
): Promise<{ id: string }> {
  const classroom = await db.classroom.findFirst({ where: { id: input.classId, ...teacherClasses(actor) }, select: { archivedAt: true } });
  if (!classroom) throw new AppError("not_found", "That class does not exist or is not yours.");
  if (classroom.archivedAt) throw new AppError("conflict", "This class is archived. Restore it before assigning readings.");
  if (!(await assignableReadings(actor)).some((reading) => reading.slug === input.readingSlug)) {
    throw new AppError("invalid", "Choose a reading from the list.", { readingSlug: ["Choose a reading from the list."] });
  }
  if (input.dueAt && input.dueAt <= now) {
    throw new AppError("invalid", "The due date has passed.", { dueAt: ["Choose a due date in the future, or none."] });
  }
  const { classId, ...data } = input;
  return db.assignment.create({ data: { ...data, classroomId: classId }, select: { id: true } });
}

/** Changes one of the teacher's assignments; another teacher's reads as not found. */
async function updateOwnedAssignment(actor: SessionUser, assignmentId: string, data: Prisma.AssignmentUpdateManyMutationInput) {
  const { count } = await db.assignment.updateMany({ where: { id: assignmentId, ...teacherAssignments(actor) }, data });
  if (count === 0) throw new AppError("not_found", NOT_YOUR_ASSIGNMENT);
}

/** New settings; the reading stays (attempts were made against it). */
export async function updateAssignment(actor: SessionUser, assignmentId: string, settings: AssignmentSettings): Promise<void> {
  await updateOwnedAssignment(actor, assignmentId, settings);
}

/** A closed assignment is read-only for students; reopening lets them continue. */
export async function setAssignmentClosed(actor: SessionUser, assignmentId: string, closed: boolean): Promise<void> {
  await updateOwnedAssignment(actor, assignmentId, { closedAt: closed ? new Date() : null });
}
