import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Assignment } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

/**
 * The assignment, when this user may open it: a student with an active
 * enrollment in its class, or the teacher who owns the class. Anyone else
 * (including a pending student, another class's student, another teacher or
 * a self-study learner) gets null, exactly as for an id that does not exist.
 */
export async function canAccessAssignment(user: SessionUser, assignmentId: string): Promise<Assignment | null> {
  switch (user.role) {
    case "student":
      return db.assignment.findFirst({
        where: {
          id: assignmentId,
          classroom: { enrollments: { some: { studentId: user.id, status: "active" } } },
        },
      });
    case "teacher":
      return db.assignment.findFirst({ where: { id: assignmentId, classroom: { teacherId: user.id } } });
    case "learner":
      return null;
  }
}

/** Throws "forbidden" unless the user has the role: data functions call this before any query. */
export function assertRole(user: SessionUser, role: SessionUser["role"]): void {
  if (user.role !== role) throw new AppError("forbidden", `Only a ${role} can do this.`);
}
