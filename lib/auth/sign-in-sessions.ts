import "server-only";
import { SESSION_MAX_AGE_SECONDS, SESSION_RENEW_AFTER_SECONDS } from "@/lib/auth/session-token";
import { db } from "@/lib/db/client";

/**
 * Server-side sessions: each sign-in gets a row, and its id travels in the
 * session cookie. getCurrentUser reads the row with the user, so deleting it
 * ends the session on every instance at once, whatever copies of the cookie
 * exist. The cookie still carries the expiry; the row carries the revocation.
 */

// lastSeenAt lags the last use by up to a day, and a cookie lives a week after its last renewal.
const UNUSED_ROW_MS = (SESSION_MAX_AGE_SECONDS + SESSION_RENEW_AFTER_SECONDS) * 1000;

/** A row for a new sign-in; also drops this user's rows whose cookies have surely expired. */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  await db.session.deleteMany({ where: { userId, lastSeenAt: { lt: new Date(now.getTime() - UNUSED_ROW_MS) } } });
  const session = await db.session.create({ data: { userId }, select: { id: true } });
  return session.id;
}

/** Sign-out: the cookie stops working everywhere. */
export async function endSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** After a password change: every other device is signed out; the one that changed it (if any) stays. */
export async function endOtherSessions(userId: string, keepSessionId: string | null): Promise<void> {
  await db.session.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } });
}

/** Sessions this process recorded as seen, and when: the oldest goes first past the cap. */
const MAX_REMEMBERED_SESSIONS = 10_000;
const seenAt = new Map<string, number>();

/**
 * Records that a session is in use, at most once a day per session and
 * process, so that the answer path does not write on every request (the row
 * only has to outlive the cookie, which lives a week after its last use).
 */
export async function noteSessionSeen(sessionId: string, now = Date.now()): Promise<void> {
  const last = seenAt.get(sessionId);
  if (last !== undefined && now - last < SESSION_RENEW_AFTER_SECONDS * 1000) return;
  if (seenAt.size >= MAX_REMEMBERED_SESSIONS) seenAt.delete(seenAt.keys().next().value!);
  seenAt.set(sessionId, now);
  await db.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } });
}
