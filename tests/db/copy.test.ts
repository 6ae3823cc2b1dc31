/**
 * `npm run db:copy -- --to postgresql://…` (lib/db/copy.ts, scripts/db.ts),
 * run as a school would: the demo data (`npm run db:seed`) plus a class of
 * 10,000 students (bench/support/large-class.ts) in this file's SQLite
 * database, copied to a throwaway PostgreSQL database. Every row arrives
 * with the same values, the tallies agree with a recount, the app's data
 * functions work on the copy, and a second copy onto it is refused.
 *
 * The app's shared client is pointed at the PostgreSQL database before any
 * app module is imported, so everything the app does here runs on the copy;
 * the SQLite side is read through its own client.
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STUDENTS, seedLargeClass, writeBenchReading } from "../../bench/support/large-class";
import { asPostgresText } from "../../lib/db/copy";
import { sqliteFilePath } from "../../lib/db/config";
import { createThrowawayPostgres } from "../support/postgres";

const root = path.resolve(import.meta.dirname, "../..");
const sourceUrl = process.env.DATABASE_URL!;
const sourceFile = sqliteFilePath(sourceUrl);
const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-copy-content-"));
let target: Awaited<ReturnType<typeof createThrowawayPostgres>>;
let copyOutput: string;

/** A command of scripts/, as `npm run` runs it, on this file's SQLite database. */
function runScript(args: string[]) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: sourceUrl, CONTENT_DIR: contentDir },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const sqliteTables = (source: Sqlite.Database) =>
  (source.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`).all() as {
    name: string;
  }[]).map((row) => row.name);

beforeAll(async () => {
  target = await createThrowawayPostgres();
  process.env.DATABASE_URL = target.url;
  // The installed readings and the large class's generated one, side by side.
  fs.cpSync(path.join(root, "content"), contentDir, { recursive: true });
  const questions = writeBenchReading(contentDir);
  process.env.CONTENT_DIR = contentDir;

  const seeded = runScript(["scripts/seed.ts"]);
  expect(seeded.status, seeded.output).toBe(0);
  seedLargeClass(sourceFile, questions);
  const { createDatabase } = await import("@/lib/db/client");
  const { rebuildAllTallies } = await import("@/lib/tallied/tallies");
  const source = createDatabase(sourceUrl);
  await rebuildAllTallies(source);
  await source.$disconnect();

  const started = Date.now();
  const copied = runScript(["scripts/db.ts", "copy", "--to", target.url]);
  copyOutput = copied.output;
  expect(copied.status, copied.output).toBe(0);
  console.log(`db:copy of the demo data and ${STUDENTS} students took ${((Date.now() - started) / 1000).toFixed(1)} s: ${/^Copied .*$/m.exec(copyOutput)?.[0]}`);
}, 900_000);

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.$disconnect();
  await target?.drop();
  fs.rmSync(contentDir, { recursive: true, force: true });
});

describe("npm run db:copy", () => {
  it("copies every row of every table, and says so per table", async () => {
    const source = new Sqlite(sourceFile, { readonly: true });
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const tables = sqliteTables(source);
      expect(tables.length).toBeGreaterThan(20);
      for (const table of tables) {
        const { count } = source.prepare(`SELECT count(*) AS count FROM "${table}"`).get() as { count: number };
        const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM "${table}"`);
        expect(Number(rows[0]!.count), table).toBe(count);
        expect(copyOutput).toMatch(new RegExp(`^${table} +${count} +${count}$`, "m"));
      }
      const responses = (source.prepare(`SELECT count(*) AS count FROM "Response"`).get() as { count: number }).count;
      expect(responses).toBeGreaterThan(STUDENTS * 50);
    } finally {
      source.close();
      await client.end();
    }
    expect(copyOutput).toMatch(/The tallies of 6 assignment\(s\) match a recount on PostgreSQL\./);
  });

  it("keeps ids, times, booleans, numbers and JSON text: each model reads the same through Prisma on both sides", async () => {
    const { createDatabase } = await import("@/lib/db/client");
    const { Prisma } = await import("@/lib/generated/prisma/client");
    const { db } = await import("@/lib/db/client");
    const source = createDatabase(sourceUrl);
    type Delegate = { findMany(args?: object): Promise<Record<string, unknown>[]>; count(): Promise<number> };
    const delegate = (database: object, model: string) => (database as Record<string, Delegate>)[model[0]!.toLowerCase() + model.slice(1)]!;
    const sorted = (rows: Record<string, unknown>[]) => rows.map((row) => JSON.stringify(row)).sort();
    try {
      let compared = 0;
      for (const model of Object.values(Prisma.ModelName)) {
        const [from, to] = [delegate(source, model), delegate(db, model)];
        if ((await from.count()) <= 20_000) {
          const rows = await from.findMany();
          expect(sorted(await to.findMany()), model).toEqual(sorted(rows));
          compared += rows.length;
          continue;
        }
        // The answers and reading events of the large class: every 40th row.
        const ids = (await from.findMany({ select: { id: true }, orderBy: { id: "asc" } })).filter((_, i) => i % 40 === 0).map((row) => row.id);
        for (let i = 0; i < ids.length; i += 2_000) {
          const where = { where: { id: { in: ids.slice(i, i + 2_000) } } };
          expect(sorted(await to.findMany(where)), model).toEqual(sorted(await from.findMany(where)));
        }
        compared += ids.length;
      }
      expect(compared).toBeGreaterThan(40_000);
      // Spot checks of the kinds that differ between the two databases.
      const late = await db.attempt.findFirstOrThrow({ where: { late: true, submittedAt: { not: null } } });
      expect(late.submittedAt).toBeInstanceOf(Date);
      const written = await db.response.findFirstOrThrow({ where: { gradeId: { not: null } } });
      expect(JSON.parse(written.answer)).toHaveProperty("text");
    } finally {
      await source.$disconnect();
    }
  }, 300_000);

  it("leaves tallies that agree with a recount on PostgreSQL (db:check-tallies)", async () => {
    const { checkTallies } = await import("@/lib/analytics/tally-check");
    const { db } = await import("@/lib/db/client");
    expect(await checkTallies(db)).toEqual({ assignments: 6, differences: [] });
  }, 300_000);

  it("runs the app on the copy: the 10,000 students' report opens, and a student answers", async () => {
    const { db } = await import("@/lib/db/client");
    const { getAssignmentReport } = await import("@/lib/analytics/assignment-report");
    const { checkTallies } = await import("@/lib/analytics/tally-check");
    const { builtInReading } = await import("../support/content");
    const { openAssignmentReading, ensureAttempt } = await import("@/lib/reading/reader");
    const { submitResponse } = await import("@/lib/reading/answering");
    const { shownKey } = await import("../support/shown-answers");

    const benchTeacher = { id: "teacher", role: "teacher" as const, displayName: "Bench Teacher" };
    const report = await getAssignmentReport(benchTeacher, "bench-assignment", { sort: "score", direction: "desc" });
    expect(report.summary.enrolled).toBe(STUDENTS);
    expect(report.summary.started).toBe(STUDENTS);

    const ava = await db.user.findUniqueOrThrow({ where: { username: "ava" } });
    const student = { id: ava.id, role: "student" as const, displayName: ava.displayName };
    const assignment = await db.assignment.findFirstOrThrow({ where: { classroom: { joinCode: "DEMO42" } }, orderBy: { createdAt: "asc" } });
    const session = await ensureAttempt((await openAssignmentReading(student, assignment.id))!);
    const { reading, questions } = builtInReading(assignment.readingSlug);
    const firstChunk = reading.chunks[0]!.id;
    const question = questions.find((q) => q.chunkId === firstChunk && q.type === "single_choice")!;
    const { response, created } = await submitResponse(student, session.attempt.id, {
      questionId: question.id,
      answer: await shownKey(session.attempt.id, question),
      idempotencyKey: randomUUID(),
    });
    expect(created).toBe(true);
    expect(response.score).toBe(1);
    const teacher = await db.user.findUniqueOrThrow({ where: { email: "teacher@example.org" } });
    const after = await getAssignmentReport({ id: teacher.id, role: "teacher", displayName: teacher.displayName }, assignment.id);
    expect(after.students.find((row) => row.displayName === ava.displayName)!.answered).toBe(1);
    expect((await checkTallies(db, [assignment.id])).differences).toEqual([]);
  }, 120_000);

  it("refuses a database that is not empty, and changes nothing there", async () => {
    const { db } = await import("@/lib/db/client");
    const before = await db.response.count();
    const again = runScript(["scripts/db.ts", "copy", "--to", target.url]);
    expect(again.status).toBe(1);
    expect(again.output).toMatch(/The PostgreSQL database is not empty: .*Response \([\d,]+ rows\).*db:copy fills only a new, empty database/);
    expect(await db.response.count()).toBe(before);
  }, 120_000);
});

describe("asPostgresText", () => {
  it("reads each way SQLite may hold a time as the same UTC instant", () => {
    const instant = "2026-02-01T10:00:00.250Z";
    expect(asPostgresText("2026-02-01T11:00:00.250+01:00", "timestamp(3) without time zone")).toBe(instant);
    expect(asPostgresText(Date.parse(instant), "timestamp(3) without time zone")).toBe(instant);
    // SQLite's CURRENT_TIMESTAMP: no zone, meaning UTC, whatever the server's zone.
    expect(asPostgresText("2026-02-01 10:00:00.250", "timestamp(3) without time zone")).toBe(instant);
    expect(() => asPostgresText("soon", "timestamp(3) without time zone")).toThrow(/is not a time/);
  });

  it("turns SQLite's 0 and 1 into booleans and keeps text and numbers as they are", () => {
    expect([asPostgresText(1, "boolean"), asPostgresText(0, "boolean"), asPostgresText(null, "boolean")]).toEqual(["true", "false", null]);
    expect(asPostgresText('{"text":"a \\"quote\\""}', "text")).toBe('{"text":"a \\"quote\\""}');
    expect(asPostgresText(0.1 + 0.2, "double precision")).toBe("0.30000000000000004");
  });
});
