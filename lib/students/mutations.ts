import "server-only";
import { ownedClass, ownedEnrollment } from "@/lib/auth/owned";
import { teacherAttempts, teacherEnrollments } from "@/lib/auth/scopes";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { attemptsInClass, withTallies } from "@/lib/analytics/tallies";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { generateTemporaryPassword } from "@/lib/students/temporary-password";

/** Deletes a student account that no class holds and that has no work (a declined or bot sign-up). */
async function deleteIfUnattached(studentId: string): Promise<void> {
  await db.user.deleteMany({
    where: { id: studentId, role: "student", enrollments: { none: {} }, attempts: { none: {} } },
  });
}

export async function approveStudent(actor: SessionUser, classId: string, studentId: string): Promise<void> {
  const enrollment = await ownedEnrollment(actor, classId, studentId);
  // Work they did in the class before (a returning student) counts again.
  await withTallies(attemptsInClass(studentId, classId), (tx) => tx.enrollment.update({ where: { id: enrollment.id }, data: { status: "active" } }));
}

/** Turns down a request to join; the account goes too when nothing else holds it. */
export async function declineStudent(actor: SessionUser, classId: string, studentId: string): Promise<void> {
  const enrollment = await ownedEnrollment(actor, classId, studentId);
  if (enrollment.status !== "pending") throw new AppError("conflict", "This student is already in the class: remove them instead.");
  await db.enrollment.delete({ where: { id: enrollment.id } });
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
  await db.enrollment.deleteMany({ where: { id: { in: pending.map((enrollment) => enrollment.id) } } });
  for (const { studentId } of pending) await deleteIfUnattached(studentId);
  return pending.length;
}

/** Takes a student out of the class; their account and work stay (they can rejoin with the code). */
export async function removeStudent(actor: SessionUser, classId: string, studentId: string): Promise<void> {
  const enrollment = await ownedEnrollment(actor, classId, studentId);
  await withTallies(attemptsInClass(studentId, classId), (tx) => tx.enrollment.delete({ where: { id: enrollment.id } }));
}

/**
 * Gives the student a new password to read out; every session they have ends.
 * Returns the password (it is shown once and never stored in the clear).
 */
export async function resetStudentPassword(actor: SessionUser, classId: string, studentId: string): Promise<string> {
  await ownedEnrollment(actor, classId, studentId);
  const password = generateTemporaryPassword();
  await db.user.update({
    where: { id: studentId },
    data: { passwordHash: await hashPassword(password), passwordChangedAt: new Date() },
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
  await withTallies(
    async (tx) => (await tx.attempt.findMany({ where: work, select: { id: true } })).map((attempt) => attempt.id),
    async (tx) => {
      await tx.attempt.deleteMany({ where: work });
      await tx.enrollment.deleteMany({ where: { studentId, ...teacherEnrollments(actor) } });
    },
  );
  const { count } = await db.user.deleteMany({ where: { id: studentId, role: "student", enrollments: { none: {} } } });
  return { accountDeleted: count > 0 };
}
