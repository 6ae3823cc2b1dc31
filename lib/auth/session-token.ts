/**
 * The claims of next-auth's session cookie, read with next-auth's own
 * `getToken`. Calling next-auth's `auth()` answers the same question by
 * running a whole internal /api/auth/session request that decrypts the
 * token, then encrypts a fresh one it throws away (auth() without arguments
 * sets no cookie): over 1 ms of cryptography alone on every request, the
 * largest single cost of an answer under load (docs/performance.md).
 *
 * A token is decrypted once: the same cookie string always holds the same
 * claims (it is authenticated encryption), so later requests reuse them and
 * check only the expiry. Revocation does not depend on this: the caller
 * reads the user and the session's row (lib/auth/sign-in-sessions.ts) from the
 * database on every request, so a signed-out cookie is dead everywhere.
 */
import "server-only";
import { decode, encode, getToken, type JWT } from "next-auth/jwt";
import { authSecret, secureCookies } from "./secret";

/** A session ends a week after it was last used; the cookie is renewed at most once a day. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_RENEW_AFTER_SECONDS = 24 * 60 * 60;

export type SessionClaims = { userId: string; sessionId: string; signedInAt: number; issuedAt: number; expiresAt: number };

/** One entry per signed-in device seen lately; the oldest goes first. */
const MAX_CACHED_TOKENS = 10_000;
const decoded = new Map<string, JWT>();

/** The session in these request headers, or null when there is none or it is invalid or expired. */
export async function sessionClaims(headers: Headers, now = Date.now()): Promise<SessionClaims | null> {
  const token = await getToken({ req: { headers }, secret: authSecret(), secureCookie: secureCookies(), decode: decodeOnce });
  const claims = claimsOf(token);
  return claims && claims.expiresAt > now ? claims : null;
}

/** What `getToken` calls to decrypt: each token is decrypted once, then found by its text. */
async function decodeOnce(params: Parameters<typeof decode>[0]): Promise<JWT | null> {
  const known = params.token ? decoded.get(params.token) : undefined;
  if (known) return known;
  const token = await decode(params);
  if (token && params.token) {
    if (decoded.size >= MAX_CACHED_TOKENS) decoded.delete(decoded.keys().next().value!);
    decoded.set(params.token, token);
  }
  return token;
}

/** What lib/auth/next-auth.ts puts in the token: the user id (sub), the session's row id (sid) and when they signed in. */
function claimsOf(token: JWT | null): SessionClaims | null {
  if (!token || typeof token.sub !== "string" || token.sub === "" || typeof token.sid !== "string" || token.sid === "") return null;
  if (typeof token.signedInAt !== "number" || typeof token.exp !== "number" || typeof token.iat !== "number") return null;
  return { userId: token.sub, sessionId: token.sid, signedInAt: token.signedInAt, issuedAt: token.iat * 1000, expiresAt: token.exp * 1000 };
}

/** next-auth's name for its session cookie: with the __Secure- prefix wherever cookies are Secure. */
function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}authjs.session-token`;
}

export type RenewedSessionCookie = {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; maxAge: number };
};

/**
 * A new cookie for the same sign-in once the current one is a day old, with
 * next-auth's name, options and encryption, so that a session ends a week
 * after it was last used rather than a week after signing in (auth() never
 * renews it). Null while the cookie is fresh, or when there is no valid one.
 */
export async function renewedSessionCookie(headers: Headers, now = Date.now()): Promise<RenewedSessionCookie | null> {
  const claims = await sessionClaims(headers, now);
  if (!claims || now - claims.issuedAt < SESSION_RENEW_AFTER_SECONDS * 1000) return null;
  return sessionCookie(claims.userId, claims.sessionId, claims.signedInAt);
}

/**
 * A session cookie for this user, exactly as next-auth would set it at
 * sign-in, for the session row `sessionId` (lib/auth/sign-in-sessions.ts); for
 * sign-ins that do not go through next-auth (an LTI launch).
 */
export async function sessionCookie(userId: string, sessionId: string, signedInAt: number): Promise<RenewedSessionCookie> {
  const name = sessionCookieName();
  const token = { sub: userId, sid: sessionId, signedInAt };
  const value = await encode({ token, secret: authSecret(), salt: name, maxAge: SESSION_MAX_AGE_SECONDS });
  return { name, value, options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies(), maxAge: SESSION_MAX_AGE_SECONDS } };
}
