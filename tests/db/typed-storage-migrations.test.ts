/**
 * The typed_enums and grade_stored_once migrations on a database that already
 * holds data, on both providers: the schema engine applies the migrations
 * before typed_enums, rows are written as the app then wrote them, and the
 * engine applies the rest, as `npm run db:migrate` would. On PostgreSQL the enum columns are converted in place
 * (nothing dropped); a teacher's grade moves to GradeRevision alone.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openEngine, readMigrations } from "../../lib/db/engine";
import { committedMigrations } from "../../lib/db/migration-status";
import { createThrowawayPostgres } from "../support/postgres";

type Provider = "sqlite" | "postgresql";
type Db = { run: (sql: string) => Promise<void>; rows: (sql: string) => Promise<Record<string, unknown>[]> };

const FIRST_NEW = committedMigrations("sqlite").findIndex((name) => name.endsWith("_typed_enums"));

/** Applies the committed migrations of `provider` up to (not including) index `end`, through the engine db:migrate uses. */
async function migrate(url: string, provider: Provider, end: number) {
  const { engine, close } = await openEngine(url);
  try {
    const list = readMigrations(provider);
    const migrationsList = { ...list, migrationDirectories: list.migrationDirectories.slice(0, end) };
    await engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } });
  } finally {
    await close();
  }
}

const feedback = (extra: object) =>
  JSON.stringify({ correct: true, partial: false, key: { text: "Model." }, explanation: "p03.", cites: ["p03"], optionFeedback: [], ...extra });
const teacherGrade = { score: 3, maxScore: 3, criteria: [], comment: "Old copy.", gradedAt: "2026-12-01T10:00:00.000Z", gradedBy: "Ms. Rivera", revision: 2 };

/** Rows as the app wrote them before these migrations (text statuses, the grade on Response and in its feedback). */
async function writeLegacyRows(db: Db) {
  const now = "2026-12-01T09:00:00.000Z";
  await db.run(`
    INSERT INTO "User" ("id", "role", "displayName", "updatedAt") VALUES ('t1', 'teacher', 'Ms. Rivera', '${now}'), ('s1', 'student', 'Ann', '${now}'), ('l1', 'learner', 'Lee', '${now}');
    INSERT INTO "Classroom" ("id", "teacherId", "name", "joinCode", "updatedAt") VALUES ('c1', 't1', 'Period 1', 'JOIN01', '${now}');
    INSERT INTO "Enrollment" ("id", "classroomId", "studentId", "status") VALUES ('e1', 'c1', 's1', 'pending');
    INSERT INTO "Assignment" ("id", "classroomId", "readingSlug", "questionSet", "feedbackMode", "updatedAt") VALUES ('a1', 'c1', 'dash-reading', 'picked', 'after-submit', '${now}');
    INSERT INTO "Attempt" ("id", "userId", "assignmentId", "readingSlug", "contentVersion") VALUES ('at1', 's1', 'a1', 'dash-reading', 'v1');
    INSERT INTO "Response" ("id", "attemptId", "questionId", "chunkId", "contentVersion", "answer", "status", "score", "maxScore", "feedback", "gradedById", "gradedAt", "updatedAt")
      VALUES ('graded', 'at1', 'q1', 'c1', 'v1', '{"text":"Mine."}', 'graded', 3, 3, '${feedback({ teacherGrade })}', 't1', '2026-12-01T10:00:00.000Z', '${now}'),
             ('returned', 'at1', 'q2', 'c1', 'v1', '{"text":"Again."}', 'submitted', NULL, 3, '${feedback({ correct: null })}', 't1', '2026-12-01T10:00:00.000Z', '${now}'),
             ('auto', 'at1', 'q3', 'c1', 'v1', '{"optionId":"a"}', 'graded', 1, 1, '${feedback({})}', NULL, NULL, '${now}');
    INSERT INTO "GradeRevision" ("id", "responseId", "gradedById", "score", "criteria", "comment", "createdAt")
      VALUES ('g-old', 'graded', 't1', 2, '{"claim":1,"evidence":1}', 'First.', '2026-12-01T09:30:00.000Z'),
             ('g-new', 'graded', 't1', 3, '{"claim":1,"evidence":2}', 'Old copy.', '2026-12-01T10:00:00.000Z'),
             ('g-returned', 'returned', 't1', 1, '{"claim":1,"evidence":0}', NULL, '2026-12-01T10:00:00.000Z');
    INSERT INTO "ReviewCard" ("id", "userId", "readingSlug", "kind", "itemId", "due") VALUES ('rc1', 'l1', 'dash-reading', 'glossary', 'g1', '${now}');
    INSERT INTO "LtiPlatform" ("id", "name", "issuer", "clientId", "authLoginUrl", "tokenUrl", "jwksUrl") VALUES ('p1', 'LMS', 'https://lms', 'x', 'https://lms/a', 'https://lms/t', 'https://lms/j');
    INSERT INTO "LtiTicket" ("tokenHash", "kind", "userId", "platformId", "path", "payload", "expiresAt")
      VALUES ('h1', 'deep-link', 't1', 'p1', '', '{"returnUrl":"https://lms/r","deploymentId":"d","classroomId":"c1"}', '${now}'), ('h2', 'session', 's1', 'p1', '/read', NULL, '${now}');
    INSERT INTO "LiveSession" ("id", "assignmentId", "status", "phase") VALUES ('ls1', 'a1', 'ended', 'discussion');
  `);
}

async function expectMigratedRows(db: Db) {
  const one = async (sql: string) => (await db.rows(sql))[0]!;
  expect((await db.rows(`SELECT "id", "role" FROM "User" ORDER BY "id"`)).map((row) => [row.id, String(row.role)])).toEqual([
    ["l1", "learner"],
    ["s1", "student"],
    ["t1", "teacher"],
  ]);
  expect(String((await one(`SELECT "status" FROM "Enrollment"`)).status)).toBe("pending");
  expect(String((await one(`SELECT "questionSet" FROM "Assignment"`)).questionSet)).toBe("picked");
  expect(String((await one(`SELECT "feedbackMode" FROM "Assignment"`)).feedbackMode)).toBe("after_submit");
  expect(String((await one(`SELECT "kind" FROM "ReviewCard"`)).kind)).toBe("glossary");
  expect((await db.rows(`SELECT "kind" FROM "LtiTicket" ORDER BY "tokenHash"`)).map((row) => String(row.kind))).toEqual(["deep_link", "session"]);
  const live = await one(`SELECT "status", "phase" FROM "LiveSession"`);
  expect([String(live.status), String(live.phase)]).toEqual(["ended", "discussion"]);

  const responses = await db.rows(`SELECT "id", "status", "score", "gradeId", "feedback" FROM "Response" ORDER BY "id"`);
  expect(responses.map((row) => [row.id, String(row.status), row.score === null ? null : Number(row.score), row.gradeId])).toEqual([
    ["auto", "graded", 1, null],
    // Graded by the teacher: points at the latest of its grades.
    ["graded", "graded", 3, "g-new"],
    // Returned for revision: no current grade; its grade stays as history.
    ["returned", "submitted", null, null],
  ]);
  const graded = JSON.parse(String(responses[1]!.feedback)) as Record<string, unknown>;
  expect(graded).not.toHaveProperty("teacherGrade");
  expect(graded).toMatchObject({ correct: true, explanation: "p03.", key: { text: "Model." } });
  expect(Number((await one(`SELECT count(*) AS "n" FROM "GradeRevision"`)).n)).toBe(3);
}

describe("typed_enums, grade_stored_once and feedback_mode_enum on existing data", () => {
  it("come in this order for both providers", () => {
    const ours = committedMigrations("sqlite").slice(FIRST_NEW, FIRST_NEW + 3).map((name) => name.replace(/^\d+_/, ""));
    expect(ours).toEqual(["typed_enums", "grade_stored_once", "feedback_mode_enum"]);
    expect(committedMigrations("postgresql")).toEqual(committedMigrations("sqlite"));
  });

  it("SQLite: keeps every value and moves the teacher's grade to GradeRevision", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-typed-storage-"));
    const file = path.join(dir, "legacy.db");
    const url = `file:${file}`;
    await migrate(url, "sqlite", FIRST_NEW);
    let sqlite = new Sqlite(file);
    const db: Db = { run: async (sql) => void sqlite.exec(sql), rows: async (sql) => sqlite.prepare(sql).all() as Record<string, unknown>[] };
    try {
      await writeLegacyRows(db);
      sqlite.close();
      await migrate(url, "sqlite", Infinity);
      sqlite = new Sqlite(file);
      await expectMigratedRows(db);
      expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    } finally {
      sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("PostgreSQL: converts the columns in place to enum types and moves the teacher's grade to GradeRevision", async () => {
    const { url, drop } = await createThrowawayPostgres();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const db: Db = { run: async (sql) => void (await client.query(sql)), rows: async (sql) => (await client.query(sql)).rows };
    try {
      await migrate(url, "postgresql", FIRST_NEW);
      await writeLegacyRows(db);
      await migrate(url, "postgresql", Infinity);
      await expectMigratedRows(db);
      const types = await db.rows(
        `SELECT table_name, column_name, udt_name FROM information_schema.columns WHERE data_type = 'USER-DEFINED' AND table_schema = current_schema() ORDER BY table_name, column_name`,
      );
      expect(types.map((row) => `${row.table_name}.${row.column_name}: ${row.udt_name}`)).toEqual([
        "Assignment.feedbackMode: FeedbackMode",
        "Assignment.questionSet: QuestionSet",
        "Enrollment.status: EnrollmentStatus",
        "LiveSession.phase: LivePhase",
        "LiveSession.status: LiveSessionStatus",
        "LtiTicket.kind: LtiTicketKind",
        "Response.status: ResponseStatus",
        "ReviewCard.kind: ReviewCardKind",
        "User.role: Role",
      ]);
      // A value outside its enum is refused, not stored.
      await expect(db.run(`UPDATE "User" SET "role" = 'admin' WHERE "id" = 't1'`)).rejects.toThrow(/invalid input value for enum "Role"/);
    } finally {
      await client.end();
      await drop();
    }
  });
});
