import "server-only";
import { setTimeout as wait } from "node:timers/promises";
import { z } from "zod";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { KnownDevice } from "@/lib/auth/known-device";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { withoutControlCharacters } from "@/lib/forms/text";
import { db } from "@/lib/db/client";
import { countAttempts, RATE_LIMITS, refundRateLimits } from "@/lib/rate-limit";

// Control characters go as they do from every form (a password was set through one), also when next-auth's callback is posted to directly.
export const credentialsSchema = z.object({
  identifier: z.string("Enter your email or username.").overwrite(withoutControlCharacters).trim().min(1, "Enter your email or username.").max(254, "That is too long for an email or username."),
  password: z.string("Enter your password.").overwrite(withoutControlCharacters).min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, "That is too long for a password."),
});

export const WRONG_CREDENTIALS = "That email or username and password do not match an account.";

/** Emails hold an "@"; usernames never do. Both are stored lower-case. */
export function userLookup(identifier: string): { email: string } | { username: string } {
  const name = identifier.trim().toLowerCase();
  return name.includes("@") ? { email: name } : { username: name };
}

// Verified when no such user exists, so that a missing account takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/** Failures in an account's window answered at once: room for a few typos. */
const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 4_000;

/**
 * How long the account's `failures`-th failed sign-in in its window waits
 * before it is answered: nothing for the first three, then 250 ms doubling
 * up to 4 s (250, 500, 1000, 2000, 4000, 4000, ...). A pure function of the
 * database's counter, so every app instance slows a guesser alike.
 */
export function signInDelayMs(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES - 1));
}

export type Sleep = (ms: number) => Promise<unknown>;

/** Where a sign-in comes from: the network address, and the browser's known-device cookie if any. */
export type SignInOrigin = { address: string; device?: KnownDevice | null };

/**
 * Checks an email-or-username and password. Counts the attempt against the
 * account's (or, from a device the account signed in on before, that
 * device's) and the address's sign-in limits, throwing "rate_limited" when
 * either is used up; a successful sign-in takes its attempt back, so only
 * failures use up the limits. A failure past the first few is answered only
 * after signInDelayMs; a success is never held back.
 */
export async function verifyCredentials(input: unknown, origin: SignInOrigin, now = new Date(), sleep: Sleep = wait): Promise<{ id: string } | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { identifier, password } = parsed.data;
  const user = await db.user.findUnique({ where: userLookup(identifier), select: { id: true, passwordHash: true } });
  // A guesser elsewhere can lock the account's name, never a device its owner signed in on before.
  const knownHere = user && origin.device?.userIds.includes(user.id);
  const checks = [
    knownHere ? { rule: RATE_LIMITS.signInDevice, subject: origin.device!.deviceId } : { rule: RATE_LIMITS.signInAccount, subject: identifier },
    { rule: RATE_LIMITS.signInAddress, subject: origin.address },
  ];
  const [accountFailures = 0] = await countAttempts(checks, now);
  const failed = async () => {
    const delay = signInDelayMs(accountFailures);
    if (delay > 0) await sleep(delay);
    return null;
  };

  if (!user?.passwordHash) {
    decoyHash ??= hashPassword("decoy password for timing");
    await verifyPassword(await decoyHash, password);
    return failed();
  }
  if (!(await verifyPassword(user.passwordHash, password))) return failed();
  await refundRateLimits(checks, now);
  return { id: user.id };
}
