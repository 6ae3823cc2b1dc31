/** Fixed-window rate limits in the database, on a fixed clock. */
import { beforeAll, describe, expect, it } from "vitest";
import { joinAsNewStudent, joinAsStudent } from "@/lib/accounts/mutations";
import { verifyCredentials } from "@/lib/auth/credentials";
import { knownDeviceCookieValue, readKnownDevice, withAccount } from "@/lib/auth/known-device";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { consumeRateLimits, RATE_LIMITS, refundRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import { createWorld } from "./world";

const T0 = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

describe("consumeRateLimits", () => {
  const rule: RateLimitRule = { name: "test", limit: 3, windowMs: 10 * MINUTE };

  it("allows `limit` attempts per window, then refuses with the wait, then opens a new window", async () => {
    const check = [{ rule, subject: "window@example.org" }];
    for (let i = 0; i < 3; i++) await consumeRateLimits(check, at(i * 1000));
    await expect(consumeRateLimits(check, at(4 * MINUTE))).rejects.toMatchObject({
      code: "rate_limited",
      message: "Too many attempts. Please wait 6 minutes and try again.",
    });
    // Still refused at the last moment of the window...
    await expect(consumeRateLimits(check, at(10 * MINUTE - 1))).rejects.toMatchObject({ code: "rate_limited" });
    // ...and open once it has passed.
    await expect(consumeRateLimits(check, at(10 * MINUTE))).resolves.toBeUndefined();
  });

  it("counts each subject apart, and a subject's case does not matter", async () => {
    const a = [{ rule, subject: "Case@Example.org" }];
    const b = [{ rule, subject: "other@example.org" }];
    for (let i = 0; i < 3; i++) await consumeRateLimits(a, T0);
    await expect(consumeRateLimits([{ rule, subject: "case@example.org" }], T0)).rejects.toMatchObject({ code: "rate_limited" });
    await expect(consumeRateLimits(b, T0)).resolves.toBeUndefined();
  });

  it("refuses when any one of several checks is used up", async () => {
    const tight = { name: "tight", limit: 1, windowMs: MINUTE };
    await consumeRateLimits([{ rule: tight, subject: "x" }], T0);
    await expect(consumeRateLimits([{ rule, subject: "fresh" }, { rule: tight, subject: "x" }], T0)).rejects.toMatchObject({
      code: "rate_limited",
    });
  });

  it("gives back refunded attempts", async () => {
    const check = [{ rule, subject: "refund" }];
    for (let i = 0; i < 3; i++) {
      await consumeRateLimits(check, T0);
      await refundRateLimits(check, T0);
    }
    for (let i = 0; i < 3; i++) await consumeRateLimits(check, T0);
    await expect(consumeRateLimits(check, T0)).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("stores a hash of the subject, never the email or address itself", async () => {
    await consumeRateLimits([{ rule, subject: "private.person@example.org" }], T0);
    const keys = (await db.rateLimit.findMany()).map((row) => row.key);
    expect(keys.some((key) => key.includes("private.person"))).toBe(false);
    expect(keys.some((key) => key.startsWith("test:"))).toBe(true);
  });

  it("counts correctly when many attempts arrive at once", async () => {
    const check = [{ rule: { name: "burst", limit: 5, windowMs: MINUTE }, subject: "burst" }];
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => consumeRateLimits(check, T0)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(5);
  });
});

describe("sign-in limits", () => {
  const PASSWORD = "correct horse battery";
  let world: Awaited<ReturnType<typeof createWorld>>;
  beforeAll(async () => {
    world = await createWorld(await hashPassword(PASSWORD));
  });
  const username = () => world.student.username!;

  it("signs in with the right password, by username or (any case) email", async () => {
    await expect(verifyCredentials({ identifier: username(), password: PASSWORD }, { address: "198.51.100.1" }, T0)).resolves.toEqual({ id: world.student.id });
    await expect(verifyCredentials({ identifier: world.teacher.email!.toUpperCase(), password: PASSWORD }, { address: "198.51.100.1" }, T0)).resolves.toEqual({
      id: world.teacher.id,
    });
    await expect(verifyCredentials({ identifier: username(), password: "wrong password" }, { address: "198.51.100.1" }, T0)).resolves.toBeNull();
    await expect(verifyCredentials({ identifier: "nobody-here", password: PASSWORD }, { address: "198.51.100.1" }, T0)).resolves.toBeNull();
  });

  const noWait = async () => {};

  it("locks an account after 10 failures in 15 minutes, whatever the address, even for the right password", async () => {
    const email = world.otherTeacher.email!;
    for (let i = 0; i < RATE_LIMITS.signInAccount.limit; i++) {
      // The slowing between failures has its own test (sign-in-slowing.test.ts); here it would only add waiting.
      expect(await verifyCredentials({ identifier: email, password: `guess number ${i}` }, { address: `203.0.113.${i}` }, at(i * 1000), noWait)).toBeNull();
    }
    expect(await codeOf(() => verifyCredentials({ identifier: email, password: PASSWORD }, { address: "203.0.113.200" }, at(MINUTE)))).toBe("rate_limited");
    // Other accounts are not affected...
    await expect(verifyCredentials({ identifier: world.learner.email!, password: PASSWORD }, { address: "203.0.113.201" }, at(MINUTE))).resolves.toEqual({
      id: world.learner.id,
    });
    // ...and the account opens again when the window ends.
    await expect(verifyCredentials({ identifier: email, password: PASSWORD }, { address: "203.0.113.200" }, at(15 * MINUTE))).resolves.toEqual({
      id: world.otherTeacher.id,
    });
  });

  it("lets the right password in from a device the account signed in on before, while its name is locked", async () => {
    const student = world.otherStudent;
    const device = withAccount(null, student.id);
    for (let i = 0; i < RATE_LIMITS.signInAccount.limit + 2; i++) {
      await codeOf(() => verifyCredentials({ identifier: student.username!, password: `guess ${i}` }, { address: `203.0.113.${50 + i}` }, T0, noWait));
    }
    // Locked for everyone else, a stranger's known-device cookie (another account's) included...
    expect(await codeOf(() => verifyCredentials({ identifier: student.username!, password: PASSWORD }, { address: "203.0.113.90" }, at(MINUTE)))).toBe("rate_limited");
    const strangersDevice = withAccount(null, world.learner.id);
    const fromStranger = { address: "203.0.113.91", device: strangersDevice };
    expect(await codeOf(() => verifyCredentials({ identifier: student.username!, password: PASSWORD }, fromStranger, at(MINUTE)))).toBe("rate_limited");
    // ...but the student's own device still gets in, and has its own brake.
    const fromOwnDevice = { address: "203.0.113.92", device };
    await expect(verifyCredentials({ identifier: student.username!, password: PASSWORD }, fromOwnDevice, at(MINUTE))).resolves.toEqual({ id: student.id });
    for (let i = 0; i < RATE_LIMITS.signInDevice.limit; i++) {
      expect(await verifyCredentials({ identifier: student.username!, password: `typo ${i}` }, fromOwnDevice, at(MINUTE), noWait)).toBeNull();
    }
    expect(await codeOf(() => verifyCredentials({ identifier: student.username!, password: PASSWORD }, fromOwnDevice, at(MINUTE)))).toBe("rate_limited");
  });

  it("trusts only known-device cookies this server signed", () => {
    const device = withAccount(withAccount(null, "user-a"), "user-b");
    expect(device.userIds).toEqual(["user-b", "user-a"]);
    const value = knownDeviceCookieValue(device, "secret-one");
    expect(readKnownDevice(value, "secret-one")).toEqual(device);
    expect(readKnownDevice(value, "secret-two")).toBeNull();
    expect(readKnownDevice(value.replace("user-a", "user-z"), "secret-one")).toBeNull();
    expect(readKnownDevice("garbage", "secret-one")).toBeNull();
  });

  it("limits failures from one address across accounts (a script trying many names)", async () => {
    const address = "192.0.2.77";
    for (let i = 0; i < RATE_LIMITS.signInAddress.limit; i++) {
      await verifyCredentials({ identifier: `someone-${i}@example.org`, password: "not a real password" }, { address }, T0);
    }
    expect(await codeOf(() => verifyCredentials({ identifier: username(), password: PASSWORD }, { address }, T0))).toBe("rate_limited");
    await expect(verifyCredentials({ identifier: username(), password: PASSWORD }, { address: "192.0.2.78" }, T0)).resolves.toEqual({ id: world.student.id });
    // A hundred argon2 verifications: on a loaded two-core machine they outlast the default 20 s.
  }, 60_000);

  it("does not count successful sign-ins (a class signing in from one school network)", async () => {
    for (let i = 0; i < RATE_LIMITS.signInAccount.limit + 5; i++) {
      await expect(verifyCredentials({ identifier: world.pendingStudent.username!, password: PASSWORD }, { address: "192.0.2.90" }, T0)).resolves.not.toBeNull();
    }
  });
});

describe("join limits", () => {
  it("limits join attempts from one address, so codes cannot be guessed", async () => {
    const world = await createWorld();
    const address = "198.51.100.50";
    const join = (code: string, i: number) =>
      joinAsNewStudent(
        { code, displayName: "Bot", username: `bot-${world.tag}-${i}`, password: "irrelevant passphrase", confirmPassword: "irrelevant passphrase" },
        address,
        T0,
      );
    for (let i = 0; i < RATE_LIMITS.joinAddress.limit; i++) expect(await codeOf(() => join(`ZZ${String(i).padStart(4, "0")}`, i))).toBe("invalid");
    // The right code is refused too until the window ends.
    expect(await codeOf(() => join(world.classroom.joinCode, 999))).toBe("rate_limited");
  });

  it("limits join attempts for one class from many addresses (a leaked code)", async () => {
    const world = await createWorld();
    for (let i = 0; i < RATE_LIMITS.joinClass.limit; i++) {
      // Already a member: refused, but it counts against the class.
      expect(await codeOf(() => joinAsStudent(world.sessionUsers.student, world.classroom.joinCode, `10.1.${i}.1`, T0))).toBe("conflict");
    }
    expect(await codeOf(() => joinAsStudent(world.sessionUsers.otherStudent, world.classroom.joinCode, "10.2.0.1", T0))).toBe("rate_limited");
    expect(await db.enrollment.count({ where: { classroomId: world.classroom.id, studentId: world.otherStudent.id } })).toBe(0);
  });
});
