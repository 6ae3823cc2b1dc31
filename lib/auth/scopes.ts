import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Assignment, Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

/**
 * Which assignments this user may open: a student's with an active
 * enrollment in the class, or the teacher's own classes'. Anyone else
 * (including a pending student, another class's student, another teacher or
 * a self-study learner) matches none, exactly as for an id that does not exist.
 */
export function openableAssignments(user: SessionUser): Prisma.AssignmentWhereInput {
  switch (user.role) {
    case "student":
      return { classroom: { enrollments: { some: { studentId: user.id, status: "active" } } } };
    case "teacher":
      return { classroom: { teacherId: user.id } };
    case "learner":
      return { id: { in: [] } };
  }
}

/** The assignment, when this user may open it (see openableAssignments), else null. */
export async function canAccessAssignment(user: SessionUser, assignmentId: string): Promise<Assignment | null> {
  return db.assignment.findFirst({ where: { id: assignmentId, ...openableAssignments(user) } });
}

/** Throws "forbidden" unless the user has the role: data functions call this before any query. */
export function assertRole(user: SessionUser, role: SessionUser["role"]): void {
  if (user.role !== role) throw new AppError("forbidden", `Only a ${role} can do this.`);
}
