/**
 * One row per enrolled student for an assignment (their latest attempt):
 * progress, score, time on task, last activity, lateness, read from the
 * attempt totals that tallies.ts keeps. The score is scoreSummary's
 * (lib/scoring/score-summary.ts), the one every surface shows; the database
 * sorts and averages by the same rule (scoreRate in sql.ts). Sorting, paging and the class-wide
 * totals are all done by the database in one statement; the totals ride
 * along as window aggregates over the whole roster.
 */
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { latestAttempts, scoreRate, sqlCondition } from "@/lib/analytics/latest-attempts";
import { toBoolean, toDate, toNullableNumber, toNumber } from "@/lib/db/sql";
import { scoreSummary, type ScoreSummary } from "@/lib/scoring/score-summary";
import { nameInClass } from "@/lib/students/names";

export const STUDENT_SORTS = ["name", "progress", "score", "time", "lastActive", "late"] as const;
export type StudentSort = (typeof STUDENT_SORTS)[number];
export type SortDirection = "asc" | "desc";

const SORT_COLUMN: Record<StudentSort, Prisma.Sql> = {
  name: Prisma.sql`LOWER("displayName")`,
  progress: Prisma.sql`"answered"`,
  score: Prisma.sql`"scoreRate"`,
  time: Prisma.sql`"visibleMs"`,
  lastActive: Prisma.sql`"lastActiveAt"`,
  late: Prisma.sql`CASE WHEN "late" THEN 1 ELSE 0 END`,
};

export type StudentProgress = {
  studentId: string;
  displayName: string;
  username: string | null;
  attemptId: string | null;
  attemptNumber: number | null;
  currentChunkId: string | null;
  startedAt: Date | null;
  lastActiveAt: Date | null;
  submittedAt: Date | null;
  late: boolean;
  /** Questions answered (submitted or graded). */
  answered: number;
  score: ScoreSummary;
  awaitingReview: number;
  visibleMs: number;
};

export type RosterTotals = {
  enrolled: number;
  started: number;
  finished: number;
  late: number;
  /** Mean of the students' score rates, 0..1 (students whose score counts anything yet). */
  averageScore: number | null;
  awaitingReview: number;
};

export type StudentProgressOptions = {
  sort: StudentSort;
  direction: SortDirection;
  limit: number;
  offset: number;
  /** The points every question of the reading is worth. */
  possibleAll: number;
  /** The assignment is closed: every attempt counts as finished. */
  closed: boolean;
};

/** The statement itself, exported for bench/report.ts to time as bare SQL. */
export function studentProgressQuery(assignmentId: string, classroomId: string, options: StudentProgressOptions): Prisma.Sql {
  const direction = options.direction === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const column = SORT_COLUMN[options.sort];
  return Prisma.sql`
    WITH latest AS (${latestAttempts(classroomId, assignmentId)}),
    roster AS (
      SELECT u."id" AS "studentId", u."displayName", u."username",
             COUNT(*) OVER (PARTITION BY LOWER(TRIM(u."displayName"))) AS "sameNameCount",
             l."id" AS "attemptId", l."number" AS "attemptNumber", l."currentChunkId", l."startedAt", l."lastActiveAt",
             l."submittedAt", l."late",
             COALESCE(l."answeredCount", 0) AS "answered",
             CAST(COALESCE(l."points", 0) AS DOUBLE PRECISION) AS "points",
             CAST(COALESCE(l."scoredMax", 0) AS DOUBLE PRECISION) AS "scoredMax",
             CAST(COALESCE(l."pendingMax", 0) AS DOUBLE PRECISION) AS "pendingMax",
             COALESCE(l."answeredCount" - l."scoredCount", 0) AS "awaiting",
             COALESCE(l."visibleMs", 0) AS "visibleMs",
             ${scoreRate(Prisma.sql`${options.possibleAll}`, sqlCondition(options.closed))} AS "scoreRate"
      FROM "Enrollment" en
      JOIN "User" u ON u."id" = en."studentId"
      LEFT JOIN latest l ON l."userId" = en."studentId"
      WHERE en."classroomId" = ${classroomId} AND en."status" = 'active'
    )
    SELECT roster.*,
           COUNT(*) OVER () AS "enrolledTotal",
           COUNT("attemptId") OVER () AS "startedTotal",
           COUNT("submittedAt") OVER () AS "finishedTotal",
           SUM(CASE WHEN "late" THEN 1 ELSE 0 END) OVER () AS "lateTotal",
           AVG("scoreRate") OVER () AS "averageScore",
           SUM("awaiting") OVER () AS "awaitingTotal"
    FROM roster
    ORDER BY (${column} IS NULL), ${column} ${direction}, LOWER("displayName") ASC, "studentId" ASC
    LIMIT ${Prisma.raw(String(Math.trunc(options.limit)))} OFFSET ${Prisma.raw(String(Math.trunc(options.offset)))}`;
}

export async function studentProgress(
  assignmentId: string,
  classroomId: string,
  options: StudentProgressOptions,
): Promise<{ rows: StudentProgress[]; totals: RosterTotals }> {
  const raw = await db.$queryRaw<Record<string, unknown>[]>(studentProgressQuery(assignmentId, classroomId, options));
  const first = raw[0];
  const totals: RosterTotals = first
    ? {
        enrolled: toNumber(first.enrolledTotal),
        started: toNumber(first.startedTotal),
        finished: toNumber(first.finishedTotal),
        late: toNumber(first.lateTotal),
        averageScore: toNullableNumber(first.averageScore),
        awaitingReview: toNumber(first.awaitingTotal),
      }
    : { enrolled: 0, started: 0, finished: 0, late: 0, averageScore: null, awaitingReview: 0 };
  return { rows: raw.map((row) => toStudentProgress(row, options)), totals };
}

function toStudentProgress(row: Record<string, unknown>, options: StudentProgressOptions): StudentProgress {
  const submittedAt = toDate(row.submittedAt);
  return {
    studentId: String(row.studentId),
    displayName: nameInClass(
      { displayName: String(row.displayName), username: row.username === null ? null : String(row.username) },
      toNumber(row.sameNameCount) > 1,
    ),
    username: row.username === null ? null : String(row.username),
    attemptId: row.attemptId === null ? null : String(row.attemptId),
    attemptNumber: toNullableNumber(row.attemptNumber),
    currentChunkId: row.currentChunkId === null ? null : String(row.currentChunkId),
    startedAt: toDate(row.startedAt),
    lastActiveAt: toDate(row.lastActiveAt),
    submittedAt,
    late: toBoolean(row.late),
    answered: toNumber(row.answered),
    score: scoreSummary(
      { earned: toNumber(row.points), scoredMax: toNumber(row.scoredMax), pendingCount: toNumber(row.awaiting), pendingMax: toNumber(row.pendingMax) },
      { finished: submittedAt !== null || options.closed, possibleAll: options.possibleAll },
    ),
    awaitingReview: toNumber(row.awaiting),
    visibleMs: toNumber(row.visibleMs),
  };
}
