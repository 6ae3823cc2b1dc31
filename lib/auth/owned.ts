/**
 * Ownership checks for the dashboards: every data function and export goes
 * through one of these, and the where-clause is scoped to the teacher, so
 * another teacher's ids read as "not found" (their existence is not leaked).
 */
import "server-only";
import { assertRole } from "./scopes";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type Viewer = SessionUser;

export async function ownedClass(viewer: Viewer, classId: string) {
  assertRole(viewer, "teacher");
  const classroom = await db.classroom.findFirst({
    where: { id: classId, teacherId: viewer.id },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!classroom) throw new AppError("not_found", "That class does not exist or is not yours.");
  return classroom;
}

export async function ownedAssignment(viewer: Viewer, assignmentId: string) {
  assertRole(viewer, "teacher");
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classroom: { teacherId: viewer.id } },
    select: {
      id: true,
      classroomId: true,
      readingSlug: true,
      dueAt: true,
      closedAt: true,
      feedbackMode: true,
      attemptsAllowed: true,
      classroom: { select: { name: true } },
    },
  });
  if (!assignment) throw new AppError("not_found", "That assignment does not exist or is not yours.");
  return assignment;
}

export type OwnedAssignment = Awaited<ReturnType<typeof ownedAssignment>>;
