import "server-only";
import type { z } from "zod";
import type { changePasswordSchema, JoinAsNewStudentInput, SignUpInput } from "@/lib/accounts/schemas";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/current-user";
import { endOtherSessions } from "@/lib/auth/sign-in-sessions";
import { db } from "@/lib/db/client";
import type { EnrollmentStatus } from "@/lib/generated/prisma/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { consumeRateLimits, RATE_LIMITS, refundRateLimits } from "@/lib/rate-limit";
import { createStudentInClass, joinClass } from "@/lib/tallied/enrollments";

/** A teacher's or self-study learner's account, from the sign-up form. */
export async function createAccount(input: SignUpInput, address: string, now = new Date()): Promise<{ id: string }> {
  await consumeRateLimits([{ rule: RATE_LIMITS.signUpAddress, subject: address }], now);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { role: input.role, email: input.email, displayName: input.displayName, passwordHash },
      select: { id: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const message = "An account with this email already exists. Sign in instead.";
    throw new AppError("conflict", message, { email: [message] });
  }
}

export type JoinResult = { classroomName: string; status: EnrollmentStatus };

const NO_OPEN_CLASS = "No open class has this code. Check it with your teacher.";

/**
 * The class a join code opens, counting the attempt against the address's
 * join limit (every attempt, so codes cannot be guessed quickly) and the
 * class's (so a leaked code cannot be flooded).
 */
async function classroomToJoin(code: string, address: string, now: Date) {
  await consumeRateLimits([{ rule: RATE_LIMITS.joinAddress, subject: address }], now);
  const classroom = await db.classroom.findFirst({
    where: { joinCode: code, joinOpen: true, archivedAt: null },
    select: { id: true, name: true, requireApproval: true },
  });
  if (!classroom) throw new AppError("invalid", NO_OPEN_CLASS, { code: [NO_OPEN_CLASS] });
  await consumeRateLimits([{ rule: RATE_LIMITS.joinClass, subject: classroom.id }], now);
  return classroom;
}

/** A new student account that joins a class (pending when the teacher approves joiners). */
export async function joinAsNewStudent(input: JoinAsNewStudentInput, address: string, now = new Date()): Promise<JoinResult> {
  const classroom = await classroomToJoin(input.code, address, now);
  const status = classroom.requireApproval ? "pending" : "active";
  const passwordHash = await hashPassword(input.password);
  try {
    await createStudentInClass({ username: input.username, displayName: input.displayName, passwordHash }, classroom.id, status);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const message = "That username is taken. Try adding a number or your last initial.";
    throw new AppError("conflict", message, { username: [message] });
  }
  return { classroomName: classroom.name, status };
}

/** A signed-in student joins one more class. */
export async function joinAsStudent(actor: SessionUser, code: string, address: string, now = new Date()): Promise<JoinResult> {
  if (actor.role !== "student") {
    throw new AppError("forbidden", "Classes are joined with a student account. Sign out first to join as a student.");
  }
  const classroom = await classroomToJoin(code, address, now);
  const existing = await db.enrollment.findUnique({
    where: { classroomId_studentId: { classroomId: classroom.id, studentId: actor.id } },
  });
  if (existing) {
    const message =
      existing.status === "pending" ? "You asked to join this class already; your teacher has not approved it yet." : "You are already in this class.";
    throw new AppError("conflict", message, { code: [message] });
  }
  const status = classroom.requireApproval ? "pending" : "active";
  await joinClass(actor.id, classroom.id, status);
  return { classroomName: classroom.name, status };
}

/**
 * Checks the signed-in user's own password before a change only they may
 * make (a new password, deleting the account). Wrong passwords count
 * against the account's limit like failed sign-ins, so these forms cannot be
 * used to guess it; a right one refunds the try. The message goes on `field`.
 */
export async function confirmOwnPassword(actor: SessionUser, password: string, field: string, address: string, now = new Date()): Promise<void> {
  const checks = [
    { rule: RATE_LIMITS.changePassword, subject: actor.id },
    { rule: RATE_LIMITS.signInAddress, subject: address },
  ];
  await consumeRateLimits(checks, now);
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
    const message = "That is not your current password.";
    throw new AppError("invalid", message, { [field]: [message] });
  }
  await refundRateLimits(checks, now);
}

/**
 * Changes the signed-in user's own password (and clears a teacher's
 * temporary one). Every other session of the user ends; the one that made
 * the change stays signed in.
 */
export async function changePassword(
  actor: SessionUser,
  input: z.output<typeof changePasswordSchema>,
  origin: { sessionId: string | null; address: string },
  now = new Date(),
): Promise<void> {
  await confirmOwnPassword(actor, input.currentPassword, "currentPassword", origin.address, now);
  await db.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(input.password), passwordChangedAt: now, mustChangePassword: false },
  });
  await endOtherSessions(actor.id, origin.sessionId);
}
