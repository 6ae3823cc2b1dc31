import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import { REQUEST_PATH_HEADER, signInPath } from "@/lib/auth/paths";
import { sessionClaims } from "@/lib/auth/session-token";
import { db } from "@/lib/db/client";

export const ROLES = ["teacher", "student", "learner"] as const;
export type Role = (typeof ROLES)[number];

export type SessionUser = { id: string; role: Role; displayName: string };

/**
 * The signed-in user, read from the database on every request: a deleted
 * user's session is dead at once, and so is any session older than the
 * user's last password change (a teacher's reset signs the student out).
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await sessionClaims(await headers());
  if (!claims) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, role: true, displayName: true, passwordChangedAt: true },
  });
  if (!user || !isRole(user.role)) return null;
  if (user.passwordChangedAt && user.passwordChangedAt.getTime() > claims.signedInAt) return null;
  return { id: user.id, role: user.role, displayName: user.displayName };
});

function isRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

/**
 * The signed-in user, for pages, actions and route handlers that need one.
 * Anonymous visitors go to the sign-in page (and come back afterwards); a
 * signed-in user whose role is not among `roles` gets the 403 page.
 */
export async function requireUser(roles?: readonly Role[]): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(signInPath(path));
  }
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}
