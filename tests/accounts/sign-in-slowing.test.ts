/**
 * Failed sign-ins slow down before they are blocked: the first three in an
 * account's window are answered at once, each later one waits longer (the
 * wait comes from the database's counter, so every app instance agrees),
 * the limit still blocks, and a right password is never held back. The
 * sleeper is injected: the tests record the waits instead of waiting.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { signInDelayMs, verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { consumeRateLimits, RATE_LIMITS } from "@/lib/rate-limit";
import { createWorld, type World } from "./world";

const PASSWORD = "correct horse battery";
const T0 = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

let world: World;
beforeAll(async () => {
  world = await createWorld(await hashPassword(PASSWORD));
});

/** A sign-in whose waits are recorded, not slept; each attempt from its own address, as a spread-out guesser would. */
function recordingSignIn() {
  const waits: number[][] = [];
  let attempt = 0;
  const signIn = (identifier: string, password: string, now = T0) => {
    const slept: number[] = [];
    waits.push(slept);
    attempt += 1;
    return verifyCredentials({ identifier, password }, { address: `203.0.113.${attempt}` }, now, async (ms) => {
      slept.push(ms);
    });
  };
  return { signIn, waits };
}

describe("signInDelayMs", () => {
  it("is nothing for the first three failures, then 250 ms doubling to at most 4 s", () => {
    expect(Array.from({ length: 13 }, (_, i) => signInDelayMs(i))).toEqual([0, 0, 0, 0, 250, 500, 1000, 2000, 4000, 4000, 4000, 4000, 4000]);
    expect(signInDelayMs(10_000)).toBe(4000);
  });
});

describe("slowing failed sign-ins", () => {
  it("answers the first three failures at once, slows each later one, and blocks at the limit even for the right password", async () => {
    const { signIn, waits } = recordingSignIn();
    const email = world.teacher.email!;
    for (let i = 0; i < RATE_LIMITS.signInAccount.limit; i++) {
      await expect(signIn(email, `guess number ${i}`, at(i * 1000))).resolves.toBeNull();
    }
    expect(waits).toEqual([[], [], [], [250], [500], [1000], [2000], [4000], [4000], [4000]]);

    // The 11th attempt is refused with the existing error, at once, before any password is checked.
    await expect(signIn(email, PASSWORD, at(MINUTE))).rejects.toMatchObject({ code: "rate_limited" });
    expect(waits.at(-1)).toEqual([]);
  });

  it("never holds back a right password, however many failures came before it", async () => {
    const { signIn, waits } = recordingSignIn();
    const username = world.student.username!;
    for (let i = 0; i < 6; i++) await signIn(username, `guess number ${i}`);
    expect(waits.flat()).toEqual([250, 500, 1000]);

    await expect(signIn(username, PASSWORD)).resolves.toEqual({ id: world.student.id });
    expect(waits.at(-1)).toEqual([]);
    // The success took back its own attempt only: the next failure is the seventh.
    await signIn(username, "guess number 6");
    expect(waits.at(-1)).toEqual([2000]);
  });

  it("slows failures for an account that does not exist the same way, so the wait reveals nothing", async () => {
    const { signIn, waits } = recordingSignIn();
    for (let i = 0; i < 5; i++) await expect(signIn(`nobody-${world.tag}@example.org`, `guess number ${i}`)).resolves.toBeNull();
    expect(waits).toEqual([[], [], [], [250], [500]]);
  });

  it("counts failures per account in the shared counter, and starts again when the window ends", async () => {
    const { signIn, waits } = recordingSignIn();
    const email = world.learner.email!;
    // Four failures counted elsewhere (another app instance on the same database)...
    for (let i = 0; i < 4; i++) await consumeRateLimits([{ rule: RATE_LIMITS.signInAccount, subject: email }], T0);
    // ...make this instance's next failure the fifth; another account's failures are its own.
    await signIn(email, "guess number 5");
    await signIn(world.otherTeacher.email!, "guess");
    expect(waits).toEqual([[500], []]);

    await signIn(email, "guess in a new window", at(RATE_LIMITS.signInAccount.windowMs));
    expect(waits.at(-1)).toEqual([]);
  });
});
