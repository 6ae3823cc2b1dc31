import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError, isRecordNotFound, isUniqueViolation } from "@/lib/errors";

/**
 * Fixed-window counters in the RateLimit table, so that every app instance
 * sharing the database shares the limits. A key is a rule's name plus a hash of
 * the subject (an account name, a network address, a join code): the table
 * never holds the subject itself.
 */
export type RateLimitRule = { name: string; limit: number; windowMs: number };

const MINUTE = 60_000;

export const RATE_LIMITS = {
  /** Failed sign-ins for one email or username. */
  signInAccount: { name: "sign-in:account", limit: 10, windowMs: 15 * MINUTE },
  /** Failed sign-ins to an account from a device it signed in on before (instead of the account's limit, see lib/auth/known-device.ts). */
  signInDevice: { name: "sign-in:device", limit: 10, windowMs: 15 * MINUTE },
  /** Wrong current passwords on the change-password form, per account: as many as sign-in allows. */
  changePassword: { name: "change-password:account", limit: 10, windowMs: 15 * MINUTE },
  /** Failed sign-ins from one address: a school's whole network may share one. */
  signInAddress: { name: "sign-in:address", limit: 100, windowMs: 15 * MINUTE },
  /** New teacher and learner accounts from one address. */
  signUpAddress: { name: "sign-up:address", limit: 60, windowMs: 60 * MINUTE },
  /** Join attempts (right or wrong code) from one address. */
  joinAddress: { name: "join:address", limit: 100, windowMs: 10 * MINUTE },
  /** Join attempts for one class: room for a whole class joining at once, not for a flood. */
  joinClass: { name: "join:class", limit: 60, windowMs: 10 * MINUTE },
} satisfies Record<string, RateLimitRule>;

export type RateLimitCheck = { rule: RateLimitRule; subject: string };

function keyOf({ rule, subject }: RateLimitCheck): string {
  return `${rule.name}:${createHash("sha256").update(subject.toLowerCase()).digest("base64url").slice(0, 32)}`;
}

/** Counts one attempt; returns the count in the current window (1 for the first). */
async function hit(key: string, windowMs: number, now: Date): Promise<{ count: number; resetAt: Date }> {
  for (let tries = 0; tries < 3; tries++) {
    try {
      // One statement that increments and returns the new count, so concurrent attempts each see their own.
      return await db.rateLimit.update({
        where: { key, resetAt: { gt: now } },
        data: { count: { increment: 1 } },
        select: { count: true, resetAt: true },
      });
    } catch (error) {
      if (!isRecordNotFound(error)) throw error;
    }
    const resetAt = new Date(now.getTime() + windowMs);
    const expired = await db.rateLimit.updateMany({ where: { key, resetAt: { lte: now } }, data: { count: 1, resetAt } });
    if (expired.count === 1) return { count: 1, resetAt };
    try {
      // A key seen for the first time: also drop windows that have ended, so the table stays small.
      await db.rateLimit.deleteMany({ where: { resetAt: { lte: now } } });
      await db.rateLimit.create({ data: { key, count: 1, resetAt } });
      return { count: 1, resetAt };
    } catch (error) {
      // Another request created the row first: count against it.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`Rate limit counter ${key} kept changing under concurrent updates`);
}

/**
 * Counts an attempt against every check and throws "rate_limited" when any is
 * over its limit. Each attempt counts even when refused, until the window ends.
 */
export async function consumeRateLimits(checks: RateLimitCheck[], now = new Date()): Promise<void> {
  await countAttempts(checks, now);
}

/**
 * consumeRateLimits that also returns each check's count in its window, this
 * attempt included, in the order of `checks` (sign-in slows down by it).
 */
export async function countAttempts(checks: RateLimitCheck[], now = new Date()): Promise<number[]> {
  const counts: number[] = [];
  let retryAt: Date | null = null;
  for (const check of checks) {
    const { count, resetAt } = await hit(keyOf(check), check.rule.windowMs, now);
    counts.push(count);
    if (count > check.rule.limit && (!retryAt || resetAt > retryAt)) retryAt = resetAt;
  }
  if (retryAt) {
    const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / MINUTE));
    throw new AppError("rate_limited", `Too many attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`);
  }
  return counts;
}

/** Takes back attempts that succeeded, for limits that only count failures (sign-in). */
export async function refundRateLimits(checks: RateLimitCheck[], now = new Date()): Promise<void> {
  for (const check of checks) {
    await db.rateLimit.updateMany({
      where: { key: keyOf(check), resetAt: { gt: now }, count: { gt: 0 } },
      data: { count: { decrement: 1 } },
    });
  }
}
