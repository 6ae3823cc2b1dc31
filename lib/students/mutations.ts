import "server-only";
import { ownedClass, ownedEnrollment } from "@/lib/auth/owned";
import { teacherAttempts, teacherClasses, teacherEnrollments } from "@/lib/auth/scopes";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { generateTemporaryPassword } from "@/lib/students/temporary-password";
import { activateMembership, deletePendingMemberships, deleteStudentWork, removeMembership } from "@/lib/tallied/enrollments";

/** Deletes a student account that no class holds and that has no work (a declined or bot sign-up). */
async function deleteIfUnattached(studentId: string): Promise<void> {
  await db.user.deleteMany({
    where: { id: studentId, role: "student", enrollments: { none: {} }, attempts: { none: {} } },
  });
}

export async function approveStudent(actor: SessionUser, classId: string, studentId: string): Promise<void> {
  await ownedEnrollment(actor, classId, studentId);
  // Work they did in the class before (a returning student) counts again.
  await activateMembership(studentId, classId);
}

/** Turns down a request to join; the account goes too when nothing else holds it. */
export async function declineStudent(actor: SessionUser, classId: string, studentId: string): Promise<void> {
  const enrollment = await ownedEnrollment(actor, classId, studentId);
  if (enrollment.status !== "pending") throw new AppError("conflict", "This student is already in the class: remove them instead.");
  await deletePendingMemberships([enrollment.id]);
  await deleteIfUnattached(studentId);
}

/** Turns down every request waiting in the class (say, after a join code leaked). Returns how many. */
export async function declineAllPending(actor: SessionUser, classId: string): Promise<number> {
  const pending = await db.enrollment.findMany({
    where: { classroomId: classId, status: "pending", ...teacherEnrollments(actor) },
    select: { id: true, studentId: true },
  });
  if (pending.length === 0) {
    await ownedClass(actor, classId);
    return 0;
  }
  await deletePendingMemberships(pending.map((enrollment) => enrollment.id));
  for (const { studentId } of pending) await deleteIfUnattached(studentId);
  return pending.length;
}

/** Takes a student out of the class; their account and work stay (they can rejoin with the code). */
export async function removeStudent(actor: SessionUser, classId: string, studentId: string): Promise<void> {
  await ownedEnrollment(actor, classId, studentId);
  await removeMembership(studentId, classId);
}

export const RESET_NEEDS_ACTIVE = "Only a student you have approved into this class can have their password reset here.";
export const RESET_ACROSS_TEACHERS =
  "This student is also in another teacher's class, so you cannot reset their password: the new password would open their work for that teacher too. They can change it on their account page; if they cannot sign in, their other teacher must remove them from that class first (their work there is kept).";

/**
 * Gives a student of the teacher's own class a one-time password to read
 * out. It opens nothing but the password change (lib/auth/current-user.ts), every
 * session of theirs ends, and the reset is recorded and shown to the student
 * on their account page. Refused for pending students and for a student in
 * another teacher's class (pending there or not): a teacher's power over an
 * account stops at their own classes. Returns the password (shown once,
 * never stored in the clear).
 */
export async function resetStudentPassword(actor: SessionUser, classId: string, studentId: string): Promise<string> {
  const enrollment = await ownedEnrollment(actor, classId, studentId);
  if (enrollment.status !== "active") throw new AppError("conflict", RESET_NEEDS_ACTIVE);
  const elsewhere = await db.enrollment.count({ where: { studentId, classroom: { NOT: teacherClasses(actor) } } });
  if (elsewhere > 0) throw new AppError("conflict", RESET_ACROSS_TEACHERS);
  const password = generateTemporaryPassword();
  const passwordHash = await hashPassword(password);
  // An interactive transaction (BEGIN IMMEDIATE on SQLite, lib/db/adapter.ts): the batch form was seen failing there.
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: studentId }, data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: true } });
    await tx.passwordReset.create({ data: { studentId, resetByName: actor.displayName } });
    await tx.session.deleteMany({ where: { userId: studentId } });
  });
  return password;
}

/**
 * Deletes a student's data held for this teacher: their work on the
 * teacher's assignments and their membership of the teacher's classes. The
 * account itself goes too unless another teacher's class still holds it.
 * `confirmUsername` must match, so a slip of the mouse deletes nothing.
 */
export async function deleteStudentData(
  actor: SessionUser,
  classId: string,
  studentId: string,
  confirmUsername: string,
): Promise<{ accountDeleted: boolean }> {
  const enrollment = await ownedEnrollment(actor, classId, studentId);
  if (enrollment.student.username !== confirmUsername) {
    const message = "That is not this student's username.";
    throw new AppError("invalid", message, { confirmUsername: [message] });
  }
  const work = { userId: studentId, ...teacherAttempts(actor) };
  await deleteStudentWork(work, { studentId, ...teacherEnrollments(actor) });
  const { count } = await db.user.deleteMany({ where: { id: studentId, role: "student", enrollments: { none: {} } } });
  return { accountDeleted: count > 0 };
}
