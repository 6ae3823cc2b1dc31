/**
 * A busy database gets a retry, never a 500: while another connection holds
 * SQLite's write lock, the reading endpoints answer 503 with Retry-After,
 * and the same request, resent once the lock is gone, records the answer
 * once; a form action says the server is busy and keeps what was typed.
 * PostgreSQL's serialization failures and lock timeouts, provoked for
 * real, are recognised the same way.
 */
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/current-user";
import { createDatabase, db } from "@/lib/db/client";
import { sqliteFilePath } from "@/lib/db/config";
import { applyPendingMigrations } from "@/lib/db/engine";
import { isTransientDatabaseError } from "@/lib/errors";
import { BUSY_MESSAGE, runFormAction } from "@/lib/forms/run-action";
import { log } from "@/lib/log";
import { ensureAttempt, openAssignmentReading } from "@/lib/reading/reader";
import { assign, createUser, questionOfType, useReadingUnderTest } from "../reading/support";
import { createThrowawayPostgres } from "../support/postgres";
import { asShown, shownKey } from "../support/shown-answers";

const session = vi.hoisted(() => ({ user: null as SessionUser | null, error: null as unknown }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => {
    if (session.error) throw session.error;
    return session.user;
  },
}));

const responses = await import("@/app/api/attempts/[attemptId]/responses/route");
const drafts = await import("@/app/api/attempts/[attemptId]/drafts/[questionId]/route");

const BUSY_BODY = { error: { code: "busy", message: "The server is busy. Your answer is kept and will be sent again." } };
// The app waits 5 s for a lock (lib/db/adapter.ts); a short wait on this file's connection keeps the test quick.
const SHORT_BUSY_TIMEOUT_MS = 100;

/** A second connection to the same SQLite file, holding its write lock as another writer would. */
let holder: Sqlite.Database;
let student: SessionUser;
let attemptId: string;

beforeAll(async () => {
  useReadingUnderTest();
  await db.$queryRawUnsafe(`PRAGMA busy_timeout = ${SHORT_BUSY_TIMEOUT_MS}`);
  holder = new Sqlite(sqliteFilePath(process.env.DATABASE_URL!));
});

afterAll(async () => {
  holder.close();
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
});

beforeEach(async () => {
  student = await createUser();
  const assignment = await assign(student);
  attemptId = (await ensureAttempt((await openAssignmentReading(student, assignment.id))!)).attempt.id;
  session.user = student;
  session.error = null;
  vi.spyOn(log, "warn").mockImplementation(() => {});
  vi.spyOn(log, "error").mockImplementation(() => {});
});

afterEach(() => {
  if (holder.inTransaction) holder.exec("ROLLBACK");
  vi.restoreAllMocks();
});

function lockDatabase() {
  holder.exec("BEGIN IMMEDIATE");
}

function releaseDatabase() {
  holder.exec("ROLLBACK");
}

const params = () => ({ params: Promise.resolve({ attemptId }) });

function postAnswer(body: unknown) {
  return responses.POST(
    new Request(`http://localhost/api/attempts/${attemptId}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    params(),
  );
}

async function expectBusy(response: Response) {
  expect(response.status).toBe(503);
  expect(response.headers.get("Retry-After")).toBe("1");
  expect(response.headers.get("Cache-Control")).toMatch(/^no-store\b/);
  expect(await response.json()).toEqual(BUSY_BODY);
}

describe("a locked SQLite database", () => {
  it("arrives from Prisma as P1008 carrying the adapter's SQLITE_BUSY, and is recognised as transient", async () => {
    lockDatabase();
    const error = await db.rateLimit.create({ data: { key: "busy-probe", count: 1, resetAt: new Date() } }).then(
      () => null,
      (caught: unknown) => caught,
    );
    releaseDatabase();
    expect(error).toMatchObject({
      name: "PrismaClientKnownRequestError",
      code: "P1008",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "SocketTimeout", originalCode: "SQLITE_BUSY", originalMessage: "database is locked" } } },
    });
    expect(isTransientDatabaseError(error)).toBe(true);
    expect(await db.rateLimit.count({ where: { key: "busy-probe" } })).toBe(0);
  });

  it("answers an answer with 503 and Retry-After, then records the resent request once", async () => {
    const question = questionOfType("single_choice", "c1");
    const body = { questionId: question.id, answer: await shownKey(attemptId, question), confidence: 2, idempotencyKey: "busy-key-1" };

    lockDatabase();
    await expectBusy(await postAnswer(body));
    expect(log.error).not.toHaveBeenCalled();
    releaseDatabase();
    expect(await db.response.count({ where: { attemptId } })).toBe(0);

    const resent = await postAnswer(body);
    expect(resent.status).toBe(201);
    expect((await resent.json()).response).toMatchObject({ questionId: question.id, status: "graded", score: 1, confidence: 2 });
    expect((await postAnswer(body)).status).toBe(200);
    expect(await db.response.findMany({ where: { attemptId }, select: { questionId: true, idempotencyKey: true } })).toEqual([
      { questionId: question.id, idempotencyKey: "busy-key-1" },
    ]);
  });

  it("answers a draft with 503 too, and keeps it once the lock is gone", async () => {
    const question = questionOfType("matching", "c1");
    const draft = await asShown(attemptId, question, { pairs: { l1: "r1" } });
    const put = () =>
      drafts.PUT(
        new Request(`http://localhost/api/attempts/${attemptId}/drafts/${question.id}`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ answer: draft }),
        }),
        { params: Promise.resolve({ attemptId, questionId: question.id }) },
      );
    lockDatabase();
    await expectBusy(await put());
    releaseDatabase();
    expect((await put()).status).toBe(200);
    expect(await db.response.count({ where: { attemptId, questionId: question.id, status: "draft" } })).toBe(1);
  });

  it("answers 503 when the busy database is met while looking up the signed-in user", async () => {
    lockDatabase();
    session.error = await db.rateLimit.deleteMany().then(
      () => null,
      (caught: unknown) => caught,
    );
    releaseDatabase();
    expect(session.error).not.toBeNull();
    const question = questionOfType("single_choice", "c1");
    await expectBusy(await postAnswer({ questionId: question.id, answer: await shownKey(attemptId, question), idempotencyKey: "busy-key-2" }));
  });

  it("lets any other error from the user lookup through, as before", async () => {
    session.error = new Error("not a database problem");
    const question = questionOfType("single_choice", "c1");
    await expect(postAnswer({ questionId: question.id, answer: await shownKey(attemptId, question), idempotencyKey: "busy-key-3" })).rejects.toThrow(
      "not a database problem",
    );
  });
});

describe("a form action on a locked SQLite database", () => {
  const schema = z.object({ key: z.string() });
  const submit = () => {
    const formData = new FormData();
    formData.set("key", "typed by the teacher");
    return runFormAction(formData, schema, async ({ key }) => {
      await db.rateLimit.create({ data: { key, count: 1, resetAt: new Date() } });
    });
  };

  it("says the server is busy, keeps what was typed and changes nothing; the same form goes through afterwards", async () => {
    lockDatabase();
    const state = await submit();
    releaseDatabase();
    expect(state).toEqual({ status: "error", message: BUSY_MESSAGE, values: { key: "typed by the teacher" } });
    expect(log.error).not.toHaveBeenCalled();
    expect(await db.rateLimit.count({ where: { key: "typed by the teacher" } })).toBe(0);
    expect(await submit()).toEqual({ status: "success" });
    expect(await db.rateLimit.count({ where: { key: "typed by the teacher" } })).toBe(1);
  });
});

describe("isTransientDatabaseError", () => {
  it("refuses errors that retrying will not cure", () => {
    for (const error of [null, undefined, "database is locked", new Error("boom"), { code: "P2002" }, { code: "P2025" }, { code: "23505" }]) {
      expect(isTransientDatabaseError(error)).toBe(false);
    }
    const constraint = { code: "P2039", meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "postgres", code: "23505" } } } };
    expect(isTransientDatabaseError(constraint)).toBe(false);
  });
});

describe("a busy PostgreSQL database", () => {
  let postgres: Awaited<ReturnType<typeof createThrowawayPostgres>>;
  let pgDb: ReturnType<typeof createDatabase>;
  let other: pg.Client;
  const key = "contended";

  beforeAll(async () => {
    postgres = await createThrowawayPostgres();
    await applyPendingMigrations(postgres.url);
    pgDb = createDatabase(postgres.url);
    other = new pg.Client({ connectionString: postgres.url });
    await other.connect();
  });

  afterAll(async () => {
    await other?.end();
    await pgDb?.$disconnect();
    await postgres?.drop();
  });

  beforeEach(async () => {
    await pgDb.rateLimit.deleteMany();
    await pgDb.rateLimit.create({ data: { key, count: 1, resetAt: new Date(Date.now() + 60_000) } });
  });

  async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
    return run().then(
      () => null,
      (caught: unknown) => caught,
    );
  }

  it("recognises a serialization failure (40001, P2034)", async () => {
    const error = await failureOf(() =>
      pgDb.$transaction(
        async (tx) => {
          await tx.rateLimit.findUniqueOrThrow({ where: { key } });
          // Another instance changes the row after this transaction's snapshot was taken.
          await other.query(`UPDATE "RateLimit" SET count = count + 1 WHERE key = $1`, [key]);
          await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
        },
        { isolationLevel: "Serializable" },
      ),
    );
    expect(error).toMatchObject({ code: "P2034" });
    expect(isTransientDatabaseError(error)).toBe(true);
  });

  it("recognises a lock timeout (55P03)", async () => {
    await other.query("BEGIN");
    await other.query(`SELECT * FROM "RateLimit" WHERE key = $1 FOR UPDATE`, [key]);
    try {
      const error = await failureOf(() =>
        pgDb.$transaction(async (tx) => {
          await tx.$executeRawUnsafe("SET LOCAL lock_timeout = '100ms'");
          await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
        }),
      );
      expect(error).toMatchObject({ code: "P2039", meta: { driverAdapterError: { cause: { kind: "postgres", code: "55P03" } } } });
      expect(isTransientDatabaseError(error)).toBe(true);
    } finally {
      await other.query("ROLLBACK");
    }
  });
});
