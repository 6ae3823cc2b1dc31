/**
 * Who may see what, as Prisma where-clauses: every data function scopes its
 * query with one of these, so a record that is not the user's reads exactly
 * like one that does not exist (its existence is not leaked). The teacher's
 * scopes refuse anyone but a teacher ("forbidden") before any query, so a
 * data function cannot forget the role check.
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

/** Throws "forbidden" unless the user has the role: data functions call this (or a teacher's scope) before any query. */
export function assertRole(user: SessionUser, role: SessionUser["role"]): void {
  if (user.role !== role) throw new AppError("forbidden", `Only a ${role} can do this.`);
}

/**
 * The classes the teacher teaches: their own and those they co-teach
 * (ClassTeacher). Every teacher scope below builds on this one, so a
 * co-teacher sees the class's assignments, students, reports and grading,
 * and loses all of it when removed.
 */
export function teacherClasses(teacher: SessionUser): Prisma.ClassroomWhereInput {
  assertRole(teacher, "teacher");
  return { OR: [{ teacherId: teacher.id }, { coTeachers: { some: { teacherId: teacher.id } } }] };
}

/** The classes the teacher owns (made or first opened from the LMS): only the owner manages co-teachers. */
export function ownedClasses(teacher: SessionUser): Prisma.ClassroomWhereInput {
  assertRole(teacher, "teacher");
  return { teacherId: teacher.id };
}

/** The assignments of the teacher's classes. */
export function teacherAssignments(teacher: SessionUser): Prisma.AssignmentWhereInput {
  return { classroom: teacherClasses(teacher) };
}

/** Memberships (active or pending) of the teacher's classes. */
export function teacherEnrollments(teacher: SessionUser): Prisma.EnrollmentWhereInput {
  return { classroom: teacherClasses(teacher) };
}

/** Students' attempts at the teacher's assignments. */
export function teacherAttempts(teacher: SessionUser): Prisma.AttemptWhereInput {
  return { assignment: teacherAssignments(teacher) };
}

/** Answers to the teacher's assignments (what the teacher grades). */
export function teacherResponses(teacher: SessionUser): Prisma.ResponseWhereInput {
  return { attempt: teacherAttempts(teacher) };
}

/** The student's own memberships. */
export function studentEnrollments(student: SessionUser): Prisma.EnrollmentWhereInput {
  assertRole(student, "student");
  return { studentId: student.id };
}

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
      return teacherAssignments(user);
    case "learner":
      return { id: { in: [] } };
  }
}

/** The user's own attempts: assignments and practice alike, not a teacher's previews (they count nowhere, review cards included). */
export function ownAttempts(user: SessionUser): Prisma.AttemptWhereInput {
  return { userId: user.id, previewOfAssignmentId: null };
}

/** The learner's review cards (anyone who reads has them: students, teachers and self-study learners). */
export function learnerCards(learner: SessionUser): Prisma.ReviewCardWhereInput {
  return { userId: learner.id };
}

/**
 * Readings a user may find to assign or practise: those shared with the whole
 * server (the built-in library always is) and, for a teacher, their own. A
 * student meets anything else only through an assignment of their class.
 */
export function visibleReadings(user: SessionUser): Prisma.ReadingWhereInput {
  const shared: Prisma.ReadingWhereInput = { sharedWithServer: true };
  return user.role === "teacher" ? { OR: [shared, { ownerId: user.id }] } : shared;
}

/** The teacher's own readings (what they may edit, share or export). */
export function teacherReadings(teacher: SessionUser): Prisma.ReadingWhereInput {
  assertRole(teacher, "teacher");
  return { ownerId: teacher.id };
}
