import "server-only";
import { z } from "zod";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { db } from "@/lib/db/client";
import { consumeRateLimits, RATE_LIMITS, refundRateLimits } from "@/lib/rate-limit";

export const credentialsSchema = z.object({
  identifier: z.string("Enter your email or username.").trim().min(1, "Enter your email or username.").max(254, "That is too long for an email or username."),
  password: z.string("Enter your password.").min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, "That is too long for a password."),
});

/** Emails hold an "@"; usernames never do. Both are stored lower-case. */
export function userLookup(identifier: string): { email: string } | { username: string } {
  const name = identifier.trim().toLowerCase();
  return name.includes("@") ? { email: name } : { username: name };
}

// Verified when no such user exists, so that a missing account takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/**
 * Checks an email-or-username and password. Counts the attempt against the
 * account's and the address's sign-in limits (throwing "rate_limited" when
 * either is used up); a successful sign-in takes its attempt back, so only
 * failures use up the limits.
 */
export async function verifyCredentials(input: unknown, address: string, now = new Date()): Promise<{ id: string } | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { identifier, password } = parsed.data;
  const checks = [
    { rule: RATE_LIMITS.signInAccount, subject: identifier },
    { rule: RATE_LIMITS.signInAddress, subject: address },
  ];
  await consumeRateLimits(checks, now);

  const user = await db.user.findUnique({ where: userLookup(identifier), select: { id: true, passwordHash: true } });
  if (!user?.passwordHash) {
    decoyHash ??= hashPassword("decoy password for timing");
    await verifyPassword(await decoyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  await refundRateLimits(checks, now);
  return { id: user.id };
}
