/** The session API other features build on: who is signed in, and what happens to those who are not. */
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createWorld } from "./world";
import { outcomeOf } from "./outcome";

const state = vi.hoisted(() => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  process.env.AUTH_SECRET = "session-test-secret-of-enough-length-000000";
  return { cookie: "", path: "/teach/classes/abc?tab=roster" };
});
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-closeread-path": state.path, cookie: state.cookie }) }));

const { getCurrentUser, requireUser, requireUserForPasswordChange } = await import("@/lib/auth/current-user");
const { renewedSessionCookie, sessionClaims, SESSION_MAX_AGE_SECONDS } = await import("@/lib/auth/session-token");
const { db } = await import("@/lib/db/client");
const { endOtherSessions, endSession, startSession } = await import("@/lib/auth/sign-in-sessions");

// next-auth's own cookie name and encryption (outside production: no __Secure- prefix).
const COOKIE = "authjs.session-token";

/** A session cookie as next-auth's jwt callback (lib/auth/next-auth.ts) writes it. */
async function cookieFor(token: Record<string, unknown>, { maxAge = 3600, secret = process.env.AUTH_SECRET! } = {}) {
  return `${COOKIE}=${await encode({ token, secret, salt: COOKIE, maxAge })}`;
}

/** Signs in as lib/auth/next-auth.ts does: a session row, and a cookie naming it. Returns the row's id. */
const signIn = async (id: string, signedInAt = Date.now()) => {
  const sid = await startSession(id);
  state.cookie = await cookieFor({ sub: id, sid, signedInAt });
  return sid;
};

beforeEach(() => {
  state.cookie = "";
});

describe("sessionClaims", () => {
  const headersWith = (cookie: string) => new Headers({ cookie });

  it("reads the user id and sign-in time from next-auth's cookie, and again from its cache", async () => {
    const cookie = await cookieFor({ sub: "user-1", sid: "session-1", signedInAt: 1234 });
    expect(await sessionClaims(headersWith(cookie))).toMatchObject({ userId: "user-1", signedInAt: 1234 });
    expect(await sessionClaims(headersWith(cookie))).toMatchObject({ userId: "user-1", signedInAt: 1234 });
  });

  it("is null with no cookie, a tampered cookie, or one sealed with another secret", async () => {
    expect(await sessionClaims(new Headers())).toBeNull();
    const cookie = await cookieFor({ sub: "user-1", sid: "session-1", signedInAt: 1 });
    const tampered = cookie.slice(0, -6) + (cookie.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    expect(await sessionClaims(headersWith(tampered))).toBeNull();
    expect(await sessionClaims(headersWith(await cookieFor({ sub: "user-1", sid: "session-1", signedInAt: 1 }, { secret: "another-secret-another-secret-another-0000" })))).toBeNull();
  });

  it("is null for a token without the claims closeread writes", async () => {
    expect(await sessionClaims(headersWith(await cookieFor({ sub: "user-1", sid: "session-1" })))).toBeNull();
    expect(await sessionClaims(headersWith(await cookieFor({ sid: "session-1", signedInAt: 1 })))).toBeNull();
    // A cookie from before server-side sessions: no row to revoke, so it is not a session.
    expect(await sessionClaims(headersWith(await cookieFor({ sub: "user-1", signedInAt: 1 })))).toBeNull();
  });

  it("is null once the token has expired, also when it was read before", async () => {
    expect(await sessionClaims(headersWith(await cookieFor({ sub: "user-1", sid: "session-1", signedInAt: 1 }, { maxAge: -60 })))).toBeNull();
    const cookie = await cookieFor({ sub: "user-2", sid: "session-2", signedInAt: 1 }, { maxAge: 60 });
    expect(await sessionClaims(headersWith(cookie))).not.toBeNull();
    expect(await sessionClaims(headersWith(cookie), Date.now() + 61_000)).toBeNull();
  });
});

describe("renewedSessionCookie", () => {
  const HOUR = 3_600_000;
  const headersWith = (cookie: string) => new Headers({ cookie });

  it("leaves a cookie less than a day old alone", async () => {
    const cookie = await cookieFor({ sub: "user-1", sid: "session-1", signedInAt: 1 }, { maxAge: SESSION_MAX_AGE_SECONDS });
    expect(await renewedSessionCookie(headersWith(cookie))).toBeNull();
    expect(await renewedSessionCookie(headersWith(cookie), Date.now() + 23 * HOUR)).toBeNull();
  });

  it("renews a day-old cookie for the same sign-in, with next-auth's name and a week to run", async () => {
    const cookie = await cookieFor({ sub: "user-1", sid: "session-1", signedInAt: 1234 }, { maxAge: SESSION_MAX_AGE_SECONDS });
    const renewed = await renewedSessionCookie(headersWith(cookie), Date.now() + 25 * HOUR);
    expect(renewed).toMatchObject({
      name: COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false, maxAge: SESSION_MAX_AGE_SECONDS },
    });
    const claims = await sessionClaims(headersWith(`${renewed!.name}=${renewed!.value}`));
    expect(claims).toMatchObject({ userId: "user-1", signedInAt: 1234 });
    expect(claims!.expiresAt).toBeGreaterThan(Date.now() + SESSION_MAX_AGE_SECONDS * 1000 - 60_000);
  });

  it("renews nothing once the session has ended, or without one", async () => {
    const cookie = await cookieFor({ sub: "user-1", sid: "session-1", signedInAt: 1 }, { maxAge: SESSION_MAX_AGE_SECONDS });
    expect(await renewedSessionCookie(headersWith(cookie), Date.now() + (SESSION_MAX_AGE_SECONDS + 60) * 1000)).toBeNull();
    expect(await renewedSessionCookie(new Headers())).toBeNull();
  });
});

describe("getCurrentUser", () => {
  it("reads the signed-in user from the database", async () => {
    const world = await createWorld();
    await signIn(world.teacher.id);
    expect(await getCurrentUser()).toEqual({ id: world.teacher.id, role: "teacher", displayName: "Teacher" });
  });

  it("is null without a session, or for a user id that does not exist", async () => {
    expect(await getCurrentUser()).toBeNull();
    state.cookie = await cookieFor({ sub: "no-such-user", sid: "no-such-session", signedInAt: Date.now() });
    expect(await getCurrentUser()).toBeNull();
  });

  it("is null once the user is deleted: the session dies with the account", async () => {
    const world = await createWorld();
    await signIn(world.student.id);
    expect(await getCurrentUser()).not.toBeNull();
    await db.user.delete({ where: { id: world.student.id } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("is null once the session's row is gone: signing out ends a copied cookie too", async () => {
    const world = await createWorld();
    const sid = await signIn(world.student.id);
    const copied = state.cookie;
    expect(await getCurrentUser()).not.toBeNull();
    await endSession(sid);
    state.cookie = copied;
    expect(await getCurrentUser()).toBeNull();
  });

  it("keeps the device that changed the password signed in and ends the others", async () => {
    const world = await createWorld();
    const otherDevice = await signIn(world.learner.id);
    const otherCookie = state.cookie;
    const thisDevice = await signIn(world.learner.id);
    await endOtherSessions(world.learner.id, thisDevice);
    expect(await getCurrentUser()).toMatchObject({ id: world.learner.id });
    state.cookie = otherCookie;
    expect(await getCurrentUser()).toBeNull();
    expect(await db.session.count({ where: { id: otherDevice } })).toBe(0);
  });

  it("is null for another user's session row (a cookie cannot borrow one)", async () => {
    const world = await createWorld();
    const sid = await startSession(world.teacher.id);
    state.cookie = await cookieFor({ sub: world.student.id, sid, signedInAt: Date.now() });
    expect(await getCurrentUser()).toBeNull();
  });

  it("opens only the password change while a teacher's one-time password is in place", async () => {
    const world = await createWorld();
    await signIn(world.student.id);
    await db.user.update({ where: { id: world.student.id }, data: { mustChangePassword: true } });
    expect(await getCurrentUser()).toBeNull();
    expect(await outcomeOf(() => requireUser())).toEqual({ outcome: "allowed", detail: "/account" });
    expect(await requireUserForPasswordChange()).toMatchObject({ id: world.student.id, mustChangePassword: true });
  });
});

describe("requireUser", () => {
  it("sends an anonymous visitor to sign in and back to the page they asked for", async () => {
    expect(await outcomeOf(() => requireUser())).toEqual({
      outcome: "sign-in",
      detail: `/sign-in?next=${encodeURIComponent("/teach/classes/abc?tab=roster")}`,
    });
  });

  it("refuses a return path that would leave the site", async () => {
    state.path = "//evil.example/phish";
    expect(await outcomeOf(() => requireUser())).toEqual({ outcome: "sign-in", detail: "/sign-in" });
  });

  it("shows the 403 page to a signed-in user of another role, and returns the user otherwise", async () => {
    const world = await createWorld();
    await signIn(world.student.id);
    expect((await outcomeOf(() => requireUser(["teacher"]))).outcome).toBe("forbidden");
    expect(await requireUser(["student", "learner"])).toMatchObject({ id: world.student.id, role: "student" });
    expect(await requireUser()).toMatchObject({ id: world.student.id });
  });
});
