/** The proxy: each page learns its own path, and a day-old session cookie is renewed on a page view. */
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, expect, it, vi } from "vitest";
import { REQUEST_PATH_HEADER } from "@/lib/auth/paths";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "proxy-test-secret-of-enough-length-0000000";
});

const { proxy } = await import("@/proxy");
const { SESSION_MAX_AGE_SECONDS } = await import("@/lib/auth/session-token");

// next-auth's cookie outside production (no __Secure- prefix).
const COOKIE = "authjs.session-token";
const DAY = 24 * 60 * 60 * 1000;

afterEach(() => {
  vi.useRealTimers();
});

const pageView = (cookie: string) => new NextRequest("http://school.test/classes?tab=due", { headers: { cookie } });

it("hands the page its path, and leaves a fresh session cookie alone", async () => {
  const token = await encode({ token: { sub: "user-1", sid: "session-1", signedInAt: 1 }, secret: process.env.AUTH_SECRET!, salt: COOKIE, maxAge: SESSION_MAX_AGE_SECONDS });
  const response = await proxy(pageView(`${COOKIE}=${token}`));
  expect(response.headers.get(`x-middleware-request-${REQUEST_PATH_HEADER}`)).toBe("/classes?tab=due");
  expect(response.cookies.get(COOKIE)).toBeUndefined();
});

it("sets a renewed cookie once the session cookie is a day old, and none without a session", async () => {
  const token = await encode({ token: { sub: "user-1", sid: "session-1", signedInAt: 1 }, secret: process.env.AUTH_SECRET!, salt: COOKIE, maxAge: SESSION_MAX_AGE_SECONDS });
  vi.useFakeTimers({ now: Date.now() + DAY + 60_000, toFake: ["Date"] });
  const renewed = (await proxy(pageView(`${COOKIE}=${token}`))).cookies.get(COOKIE);
  expect(renewed).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", maxAge: SESSION_MAX_AGE_SECONDS });
  expect(renewed!.value).not.toBe(token);
  expect((await proxy(pageView(""))).cookies.get(COOKIE)).toBeUndefined();
});

it("gives each page a script policy with a fresh nonce and no 'unsafe-inline', and hands the nonce to the page", async () => {
  const [first, second] = [await proxy(pageView("")), await proxy(pageView(""))];
  const policy = first.headers.get("content-security-policy")!;
  const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src "))!;
  const nonce = first.headers.get("x-middleware-request-x-nonce")!;
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(scriptSrc).toContain(`'nonce-${nonce}'`);
  expect(scriptSrc).not.toContain("unsafe-inline");
  // Next reads the nonce from the policy in the request's headers.
  expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  expect(second.headers.get("x-middleware-request-x-nonce")).not.toBe(nonce);
});
