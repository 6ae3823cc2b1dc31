/**
 * One record the user may see, looked up through its scope
 * (lib/auth/scopes.ts): another teacher's or another class's id reads as
 * "not found", exactly like an id that does not exist.
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Assignment } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { openableAssignments, teacherAssignments, teacherClasses, teacherEnrollments } from "./scopes";

/** The assignment, when this user may open it (see openableAssignments), else null. */
export async function canAccessAssignment(user: SessionUser, assignmentId: string): Promise<Assignment | null> {
  return db.assignment.findFirst({ where: { id: assignmentId, ...openableAssignments(user) } });
}

export async function ownedClass(teacher: SessionUser, classId: string) {
  const classroom = await db.classroom.findFirst({
    where: { id: classId, ...teacherClasses(teacher) },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!classroom) throw new AppError("not_found", "That class does not exist or is not yours.");
  return classroom;
}

export async function ownedAssignment(teacher: SessionUser, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...teacherAssignments(teacher) },
    select: {
      id: true,
      classroomId: true,
      readingSlug: true,
      questionIds: true,
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

/** The student's membership (active or pending) of one of the teacher's classes. */
export async function ownedEnrollment(teacher: SessionUser, classId: string, studentId: string) {
  const enrollment = await db.enrollment.findFirst({
    where: { classroomId: classId, studentId, ...teacherEnrollments(teacher) },
    select: { id: true, status: true, student: { select: { username: true } } },
  });
  if (!enrollment) throw new AppError("not_found", "That student is not in this class, or the class is not yours.");
  return enrollment;
}
