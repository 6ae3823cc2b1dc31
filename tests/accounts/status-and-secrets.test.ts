import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { studentAssignmentStatus } from "@/lib/assignments/status";
import { authSecret, secureCookies } from "@/lib/auth/secret";
import { parseLocalDateTime, toLocalDateTimeInput } from "@/lib/dates";
import { generateJoinCode } from "@/lib/classes/join-code";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { generateTemporaryPassword } from "@/lib/students/temporary-password";

vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, delete: () => undefined }) }));

const NOW = new Date("2026-03-02T12:00:00Z");
const EARLIER = new Date("2026-03-01T12:00:00Z");
const LATER = new Date("2026-03-03T12:00:00Z");

describe("studentAssignmentStatus", () => {
  it.each([
    ["not started, due later", { dueAt: LATER, closedAt: null, latestAttempt: null }, { label: "Not started", action: "Start", overdue: false, closed: false }],
    ["not started, due passed", { dueAt: EARLIER, closedAt: null, latestAttempt: null }, { label: "Not started", action: "Start", overdue: true }],
    ["in progress", { dueAt: null, closedAt: null, latestAttempt: { submittedAt: null, late: false } }, { label: "In progress", action: "Continue", overdue: false }],
    ["submitted late", { dueAt: EARLIER, closedAt: null, latestAttempt: { submittedAt: NOW, late: true } }, { label: "Submitted late", action: "Review", overdue: false }],
    ["closed before starting", { dueAt: EARLIER, closedAt: EARLIER, latestAttempt: null }, { label: "Not started", action: "Review", overdue: false, closed: true }],
  ] as const)("%s", (_name, assignment, expected) => {
    expect(studentAssignmentStatus(assignment, NOW)).toMatchObject(expected);
  });
});

describe("authSecret", () => {
  const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "closeread-secret-")), "data", "auth-secret");

  it("uses AUTH_SECRET when set", () => {
    expect(authSecret({ AUTH_SECRET: " configured ", NODE_ENV: "production" }, tmp())).toBe("configured");
  });

  it("refuses to start in production without AUTH_SECRET, saying how to make one", () => {
    expect(() => authSecret({ NODE_ENV: "production" }, tmp())).toThrow(/AUTH_SECRET is not set.*openssl rand -base64 33/);
  });

  it("generates one secret for development and the local trial, kept in a private file", () => {
    const file = tmp();
    const first = authSecret({ NODE_ENV: "development" }, file);
    expect(first).toHaveLength(44);
    expect(authSecret({ NODE_ENV: "production", CLOSEREAD_DEMO: "1" }, file)).toBe(first);
    // Kept in the file, where a restart or a second process finds it.
    expect(fs.readFileSync(file, "utf8").trim()).toBe(first);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe("secureCookies", () => {
  it("is on in production, off in development and in the local trial over plain http", () => {
    expect(secureCookies({ NODE_ENV: "production" })).toBe(true);
    expect(secureCookies({ NODE_ENV: "production", CLOSEREAD_DEMO: "1" })).toBe(false);
    expect(secureCookies({ NODE_ENV: "development" })).toBe(false);
  });
});

describe("generated codes and passwords", () => {
  it("join codes are six unambiguous characters and differ", () => {
    const codes = Array.from({ length: 50 }, generateJoinCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(new Set(codes).size).toBe(50);
  });

  it("temporary passwords pass the password policy", () => {
    for (let i = 0; i < 50; i++) expect(newPasswordSchema.safeParse(generateTemporaryPassword()).success).toBe(true);
  });
});

describe("due dates", () => {
  it("round-trip through the datetime-local field and refuse impossible dates", () => {
    const date = parseLocalDateTime("2026-11-30T08:05");
    expect(date && toLocalDateTimeInput(date)).toBe("2026-11-30T08:05");
    expect(parseLocalDateTime("2026-02-30T08:05")).toBeNull();
    expect(parseLocalDateTime("tomorrow")).toBeNull();
  });
});

const { resolveOAuthIdentity, configuredOAuthProviders } = await import("@/lib/auth/oauth");
const { db } = await import("@/lib/db/client");

describe("Google and Microsoft sign-in", () => {
  const identity = (overrides: Partial<Parameters<typeof resolveOAuthIdentity>[0]> = {}) => ({
    provider: "google",
    providerAccountId: `g-${Math.random()}`,
    email: null,
    emailVerified: false,
    name: "Pat Teacher",
    ...overrides,
  });

  it("switch on only when both their variables are set", () => {
    expect(configuredOAuthProviders({})).toEqual([]);
    expect(configuredOAuthProviders({ AUTH_GOOGLE_ID: "id" })).toEqual([]);
    expect(configuredOAuthProviders({ AUTH_GOOGLE_ID: "id", AUTH_GOOGLE_SECRET: "s", AUTH_MICROSOFT_ENTRA_ID_ID: "m", AUTH_MICROSOFT_ENTRA_ID_SECRET: "s" })).toEqual([
      { id: "google", name: "Google" },
      { id: "microsoft-entra-id", name: "Microsoft" },
    ]);
  });

  it("create an account only from the sign-up page, then sign the same identity in again", async () => {
    const first = identity({ email: "Pat@School.Example", emailVerified: true });
    expect(await resolveOAuthIdentity(first, null)).toEqual({ refused: "no_account" });
    const created = await resolveOAuthIdentity(first, "teacher");
    expect(created).toHaveProperty("userId");
    expect(await db.user.findUniqueOrThrow({ where: { email: "pat@school.example" } })).toMatchObject({ role: "teacher", passwordHash: null });
    expect(await resolveOAuthIdentity(first, null)).toEqual(created);
  });

  it("drop control characters from the provider's name and email, as every form does", async () => {
    const created = await resolveOAuthIdentity(identity({ email: "Ctl\u0000@School.Example", emailVerified: true, name: "Ms\u0000 Rivera\u0007" }), "learner");
    const { userId } = created as { userId: string };
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ email: "ctl@school.example", displayName: "Ms Rivera" });
  });

  it("link to an existing teacher only on an email the provider verified", async () => {
    const user = await db.user.create({ data: { role: "teacher", email: "linked@school.example", displayName: "Linked" } });
    expect(await resolveOAuthIdentity(identity({ provider: "microsoft-entra-id", email: "linked@school.example" }), "teacher")).toEqual({
      refused: "email_in_use",
    });
    expect(await resolveOAuthIdentity(identity({ email: "LINKED@school.example", emailVerified: true }), null)).toEqual({ userId: user.id });
  });
});
