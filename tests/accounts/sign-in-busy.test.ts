/**
 * Signing in while the database is busy: next-auth wraps what the
 * credentials check threw (CallbackRouteError, cause.err), and the sign-in
 * form must still say "busy" rather than a generic failure.
 */
import Sqlite from "better-sqlite3";
import { CallbackRouteError } from "@auth/core/errors";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { sqliteFilePath } from "@/lib/db/config";
import { BUSY_MESSAGE, runFormAction } from "@/lib/forms/run-action";
import { log } from "@/lib/log";
import { z } from "zod";

const state = vi.hoisted(() => ({ thrown: null as unknown }));
vi.mock("@/lib/auth/next-auth", () => ({
  // As next-auth's signIn throws when authorize() fails with anything but CredentialsSignin.
  signIn: async () => {
    throw state.thrown;
  },
  CredentialsSignin: class CredentialsSignin extends Error {},
  RateLimitedSignIn: class RateLimitedSignIn extends Error {},
}));

const { signInWithPassword } = await import("@/lib/accounts/sign-in");

let holder: Sqlite.Database;

beforeAll(async () => {
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 100");
  holder = new Sqlite(sqliteFilePath(process.env.DATABASE_URL!));
});

afterAll(async () => {
  holder.close();
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
});

/** What a write meets while another connection holds SQLite's write lock. */
async function busyError(): Promise<unknown> {
  holder.exec("BEGIN IMMEDIATE");
  try {
    return await db.rateLimit.create({ data: { key: "sign-in-busy", count: 1, resetAt: new Date() } }).then(
      () => null,
      (caught: unknown) => caught,
    );
  } finally {
    holder.exec("ROLLBACK");
  }
}

it("unwraps a busy database from next-auth's error, so the sign-in form says the server is busy", async () => {
  const busy = await busyError();
  expect(busy).not.toBeNull();
  // The shape next-auth gives it (cause.err); its own constructor call is internal to @auth/core.
  state.thrown = new CallbackRouteError("Callback failed", { cause: { err: busy, provider: "credentials" } });
  await expect(signInWithPassword("ava", "a password")).rejects.toBe(busy);

  vi.spyOn(log, "warn").mockImplementation(() => {});
  const formData = new FormData();
  formData.set("identifier", "ava");
  const form = await runFormAction(formData, z.object({ identifier: z.string() }), async ({ identifier }) => {
    await signInWithPassword(identifier, "a password");
  });
  expect(form).toEqual({ status: "error", message: BUSY_MESSAGE, values: { identifier: "ava" } });
});

it("lets any other next-auth failure through as it was", async () => {
  const other = new CallbackRouteError("Callback failed", { cause: { err: new Error("a provider misconfigured"), provider: "credentials" } });
  state.thrown = other;
  await expect(signInWithPassword("ava", "a password")).rejects.toBe(other);
});
