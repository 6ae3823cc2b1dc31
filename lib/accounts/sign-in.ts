import "server-only";
import { userLookup, WRONG_CREDENTIALS } from "@/lib/auth/credentials";
import { authErrorCause } from "@/lib/auth/auth-errors";
import { CredentialsSignin, RateLimitedSignIn, signIn } from "@/lib/auth/next-auth";
import type { Role } from "@/lib/auth/roles";
import { rememberDevice } from "@/lib/accounts/known-device-cookie";
import { db } from "@/lib/db/client";
import { AppError, isTransientDatabaseError } from "@/lib/errors";

export { WRONG_CREDENTIALS };
export const TOO_MANY_SIGN_INS =
  "Too many sign-in attempts for this account or from your network. Please wait 15 minutes, then try again.";

/**
 * Signs in through next-auth's Credentials provider (which applies the rate
 * limits), setting the session cookie and marking this browser as a known
 * device of the account (lib/auth/known-device.ts); returns the user's role
 * so the caller can send them home.
 */
export async function signInWithPassword(identifier: string, password: string): Promise<Role> {
  try {
    await signIn("credentials", { identifier, password, redirect: false });
  } catch (error) {
    if (error instanceof RateLimitedSignIn) throw new AppError("rate_limited", TOO_MANY_SIGN_INS);
    if (error instanceof CredentialsSignin) throw new AppError("unauthorized", WRONG_CREDENTIALS);
    // A busy database, unwrapped, so that the form says so rather than a generic failure.
    const cause = authErrorCause(error);
    if (isTransientDatabaseError(cause)) throw cause;
    throw error;
  }
  const user = await db.user.findUniqueOrThrow({ where: userLookup(identifier), select: { id: true, role: true } });
  await rememberDevice(user.id);
  return user.role;
}
