/**
 * A teacher's password reset reaches no further than the teacher's own
 * classes: only active students, never a student another teacher also
 * teaches; the one-time password opens only the password change, and the
 * reset is recorded for the student to see.
 */
import { describe, expect, it } from "vitest";
import { createWorld } from "./world";

const { resetStudentPassword, RESET_ACROSS_TEACHERS, RESET_NEEDS_ACTIVE } = await import("@/lib/students/mutations");
const { changePassword } = await import("@/lib/accounts/mutations");
const { getOwnAccount } = await import("@/lib/accounts/queries");
const { verifyCredentials } = await import("@/lib/auth/credentials");
const { hashPassword } = await import("@/lib/auth/password");
const { startSession } = await import("@/lib/auth/sign-in-sessions");
const { db } = await import("@/lib/db/client");

const PASSWORD = "lamp orbit tulip";

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("resetStudentPassword", () => {
  it("refuses a student still waiting for approval, and changes nothing", async () => {
    const world = await createWorld(await hashPassword(PASSWORD));
    expect(await rejection(resetStudentPassword(world.sessionUsers.teacher, world.classroom.id, world.pendingStudent.id))).toMatchObject({
      code: "conflict",
      message: RESET_NEEDS_ACTIVE,
    });
    await expect(verifyCredentials({ identifier: world.pendingStudent.username!, password: PASSWORD }, { address: "192.0.2.1" })).resolves.not.toBeNull();
  });

  it("refuses a student who is also in another teacher's class, active or pending there", async () => {
    for (const status of ["active", "pending"] as const) {
      const world = await createWorld(await hashPassword(PASSWORD));
      // The other teacher's student asks to join this teacher's class, and is approved here.
      await db.enrollment.create({ data: { classroomId: world.classroom.id, studentId: world.otherStudent.id, status: "active" } });
      await db.enrollment.update({
        where: { classroomId_studentId: { classroomId: world.otherClassroom.id, studentId: world.otherStudent.id } },
        data: { status },
      });
      expect(await rejection(resetStudentPassword(world.sessionUsers.teacher, world.classroom.id, world.otherStudent.id))).toMatchObject({
        code: "conflict",
        message: RESET_ACROSS_TEACHERS,
      });
      expect(await db.passwordReset.count({ where: { studentId: world.otherStudent.id } })).toBe(0);
      await expect(verifyCredentials({ identifier: world.otherStudent.username!, password: PASSWORD }, { address: "192.0.2.2" })).resolves.not.toBeNull();
    }
  });

  it("gives an active student of the teacher's own class a one-time password, ends their sessions and records who did it", async () => {
    const world = await createWorld(await hashPassword(PASSWORD));
    const session = await startSession(world.student.id);
    const password = await resetStudentPassword(world.sessionUsers.teacher, world.classroom.id, world.student.id);
    expect(await db.session.count({ where: { id: session } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: world.student.id } })).toMatchObject({ mustChangePassword: true });
    expect((await getOwnAccount(world.sessionUsers.student)).passwordResets).toMatchObject([{ resetByName: "Teacher" }]);

    // The one-time password signs in (to the password change only: tests/accounts/session.test.ts), and is replaced there.
    await expect(verifyCredentials({ identifier: world.student.username!, password }, { address: "192.0.2.3" })).resolves.toEqual({ id: world.student.id });
    const kept = await startSession(world.student.id);
    await changePassword(world.sessionUsers.student, { currentPassword: password, password: "my own passphrase", confirmPassword: "my own passphrase" }, {
      sessionId: kept,
      address: "192.0.2.3",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: world.student.id } })).toMatchObject({ mustChangePassword: false });
    expect(await db.session.count({ where: { id: kept } })).toBe(1);
  });
});

describe("changePassword", () => {
  it("limits guesses of the current password like sign-in does, and a right one still counts nothing", async () => {
    const world = await createWorld(await hashPassword(PASSWORD));
    const change = (currentPassword: string) =>
      changePassword(
        world.sessionUsers.learner,
        { currentPassword, password: "a new passphrase", confirmPassword: "a new passphrase" },
        { sessionId: null, address: "192.0.2.50" },
      );
    for (let i = 0; i < 10; i++) expect(await rejection(change(`guess ${i}`))).toMatchObject({ code: "invalid" });
    expect(await rejection(change(PASSWORD))).toMatchObject({ code: "rate_limited" });
  });
});
