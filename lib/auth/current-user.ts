import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import { REQUEST_PATH_HEADER, signInPath } from "@/lib/auth/paths";
import { ROLES, type Role } from "@/lib/auth/roles";
import { sessionClaims } from "@/lib/auth/session-token";
import { noteSessionSeen } from "@/lib/auth/sign-in-sessions";
import { db } from "@/lib/db/client";


export type SessionUser = { id: string; role: Role; displayName: string };

/** Where someone with a teacher's temporary password must go before anything else opens. */
export const PASSWORD_CHANGE_PATH = "/account";

type SignedIn = { user: SessionUser; sessionId: string; mustChangePassword: boolean };

/**
 * The session and its user, read together from the database on every
 * request (one query): a deleted user's session is dead at once, and so is a
 * session whose row is gone (signed out, or ended by a password change).
 */
const signedIn = cache(async (): Promise<SignedIn | null> => {
  const claims = await sessionClaims(await headers());
  if (!claims) return null;
  // One statement (the session's row as an EXISTS condition): a relation select would be a second query.
  const user = await db.user.findFirst({
    where: { id: claims.userId, sessions: { some: { id: claims.sessionId } } },
    select: { id: true, role: true, displayName: true, mustChangePassword: true },
  });
  if (!user || !isRole(user.role)) return null;
  await noteSessionSeen(claims.sessionId);
  return {
    user: { id: user.id, role: user.role, displayName: user.displayName },
    sessionId: claims.sessionId,
    mustChangePassword: user.mustChangePassword,
  };
});

/**
 * The signed-in user; null when nobody is, and also while the account still
 * holds a teacher's temporary password (until it is replaced, nothing but
 * the password change opens: see requireUserForPasswordChange).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const current = await signedIn();
  return current && !current.mustChangePassword ? current.user : null;
});

/** Whoever is signed in, a one-time password included (the site header: such a user can still sign out). */
export async function getSignedInUser(): Promise<(SessionUser & { mustChangePassword: boolean }) | null> {
  const current = await signedIn();
  return current && { ...current.user, mustChangePassword: current.mustChangePassword };
}

/** The id of this request's session row, for ending every other session on a password change. */
export async function currentSessionId(): Promise<string | null> {
  return (await signedIn())?.sessionId ?? null;
}

function isRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

async function sendToSignIn(): Promise<never> {
  const path = (await headers()).get(REQUEST_PATH_HEADER);
  redirect(signInPath(path));
}

/**
 * The signed-in user, for pages, actions and route handlers that need one.
 * Anonymous visitors go to the sign-in page (and come back afterwards); a
 * signed-in user whose role is not among `roles` gets the 403 page; one who
 * must replace a temporary password goes to the account page first.
 */
export async function requireUser(roles?: readonly Role[]): Promise<SessionUser> {
  const current = await signedIn();
  if (!current) return sendToSignIn();
  if (current.mustChangePassword) redirect(PASSWORD_CHANGE_PATH);
  if (roles && !roles.includes(current.user.role)) forbidden();
  return current.user;
}

/** The signed-in user for the account page and its password change, the one place a temporary password opens. */
export async function requireUserForPasswordChange(): Promise<SessionUser & { mustChangePassword: boolean }> {
  return (await getSignedInUser()) ?? sendToSignIn();
}
