/**
 * A class at a glance: every assignment with completion, average score, late
 * and missing work, and the students who need attention, with the reason.
 * Counting and flagging happen in two SQL statements over each student's
 * latest attempt per assignment and its totals (kept by tallies.ts).
 */
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readingTitles } from "@/lib/assignments/readings";
import { db } from "@/lib/db/client";
import { ownedClass } from "@/lib/auth/owned";
import type { SessionUser } from "@/lib/auth/current-user";
import { latestAttempts, scoreRate } from "@/lib/analytics/latest-attempts";
import { inList, toNullableNumber, toNumber } from "@/lib/db/sql";
import { possiblePointsOf } from "./catalogue";
import { latestAttemptEffort } from "./answer-effort";
import { FIRST_POSITION_RUN, isRapid, RAPID_MIN_ANSWERS, readingRate, wordsReached } from "./effort";
import { distinctNames } from "@/lib/students/names";

/** A student is flagged below this score (lib/scoring/score-summary.ts, 0..1) ... */
export const LOW_SCORE_RATE = 0.5;
/** ... once at least this many answers are scored. */
export const LOW_SCORE_MIN_SCORED = 3;
/** "Sure" (confidence 3) yet scoring under half marks on at least this many questions. */
export const CONFIDENT_WRONG_MIN = 3;
/** Not started when the due date is this close (or past: then the work is missing). */
export const NEAR_DUE_HOURS = 48;

export type FlagKind = "low-score" | "confident-wrong" | "rapid" | "first-position" | "low-effort-writing" | "not-started" | "missing";

/** Which flags to look at first where space is short: work not really attempted (effort.ts), then scores, then work not handed in. */
export const FLAG_PRIORITY: readonly FlagKind[] = ["rapid", "first-position", "low-effort-writing", "low-score", "confident-wrong", "missing", "not-started"];

export type StudentFlag = {
  studentId: string;
  displayName: string;
  assignmentId: string;
  kind: FlagKind;
  /** low-score: the score rate; confident-wrong: how many questions; rapid: words per minute; first-position: the run's length; low-effort-writing: how many answers. */
  value: number | null;
};

type FlaggedAssignment = { id: string; readingSlug: string; questionIds: string | null; dueAt: Date | null; closedAt: Date | null };

/** What the score rule needs to know of each assignment: its points possible, and which are closed. */
type Scoring = { possibleAll: Prisma.Sql; closed: Prisma.Sql };

async function scoringOf(assignments: readonly { id: string; readingSlug: string; questionIds: string | null; closedAt: Date | null }[], now: Date): Promise<Scoring> {
  const points = await Promise.all(assignments.map((a) => possiblePointsOf(a)));
  const possible = assignments.map((a, index) => Prisma.sql`WHEN ${a.id} THEN ${points[index]}`);
  const closed = assignments.filter((a) => a.closedAt && a.closedAt <= now).map((a) => a.id);
  return {
    possibleAll: possible.length ? Prisma.sql`CAST(CASE l."assignmentId" ${Prisma.join(possible, " ")} END AS DOUBLE PRECISION)` : Prisma.sql`0`,
    closed: Prisma.sql`l."assignmentId" ${inList(closed)}`,
  };
}

function perAttempt(classroomId: string, scoring: Scoring, only?: string): Prisma.Sql {
  return Prisma.sql`
    latest AS (${latestAttempts(classroomId, only)}),
    per_attempt AS (
      SELECT l."id", l."userId", l."assignmentId", l."submittedAt", l."late",
             l."answeredCount" AS "answered",
             l."scoredCount" AS "scored",
             ${scoreRate(scoring.possibleAll, scoring.closed)} AS "rate",
             l."answeredCount" - l."scoredCount" AS "awaiting",
             l."confidentWrongCount" AS "confidentWrong"
      FROM latest l
    )`;
}

async function assignmentTotals(classroomId: string, scoring: Scoring) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH ${perAttempt(classroomId, scoring)}
    SELECT "assignmentId",
           SUM(CASE WHEN "answered" > 0 THEN 1 ELSE 0 END) AS "started",
           COUNT("submittedAt") AS "finished",
           SUM(CASE WHEN "late" THEN 1 ELSE 0 END) AS "late",
           AVG("rate") AS "averageScore",
           SUM("awaiting") AS "awaiting"
    FROM per_attempt
    GROUP BY "assignmentId"`;
  return new Map(
    rows.map((row) => [
      String(row.assignmentId),
      {
        started: toNumber(row.started),
        finished: toNumber(row.finished),
        late: toNumber(row.late),
        averageScore: toNullableNumber(row.averageScore),
        awaitingReview: toNumber(row.awaiting),
      },
    ]),
  );
}

async function scoreFlags(classroomId: string, scoring: Scoring, pastDue: string[], dueSoon: string[], only?: string): Promise<StudentFlag[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH ${perAttempt(classroomId, scoring, only)},
    flagged AS (
      SELECT p."userId", p."assignmentId", 'low-score' AS "kind", p."rate" AS "value"
      FROM per_attempt p
      WHERE p."scored" >= ${LOW_SCORE_MIN_SCORED} AND p."rate" < ${LOW_SCORE_RATE}
      UNION ALL
      SELECT p."userId", p."assignmentId", 'confident-wrong', CAST(p."confidentWrong" AS DOUBLE PRECISION)
      FROM per_attempt p
      WHERE p."confidentWrong" >= ${CONFIDENT_WRONG_MIN}
      UNION ALL
      SELECT en."studentId", asg."id", CASE WHEN asg."id" ${inList(pastDue)} THEN 'missing' ELSE 'not-started' END, NULL
      FROM "Enrollment" en
      JOIN "Assignment" asg ON asg."classroomId" = en."classroomId"
      LEFT JOIN per_attempt p ON p."userId" = en."studentId" AND p."assignmentId" = asg."id"
      WHERE en."classroomId" = ${classroomId} AND en."status" = 'active' AND ${only ? Prisma.sql`asg."id" = ${only}` : Prisma.sql`1 = 1`}
        AND ((asg."id" ${inList(pastDue)} AND p."submittedAt" IS NULL)
          OR (asg."id" ${inList(dueSoon)} AND COALESCE(p."answered", 0) = 0))
    )
    SELECT f."userId", u."displayName", f."assignmentId", f."kind", f."value"
    FROM flagged f JOIN "User" u ON u."id" = f."userId"
    ORDER BY LOWER(u."displayName"), u."id", f."assignmentId", f."kind"`;
  return rows.map((row) => ({
    studentId: String(row.userId),
    displayName: String(row.displayName),
    assignmentId: String(row.assignmentId),
    kind: String(row.kind) as FlagKind,
    value: toNullableNumber(row.value),
  }));
}

/** Students who answered faster than the chunks they reached can be read (effort.ts). */
async function rapidFlags(classroomId: string, assignments: readonly { id: string; readingSlug: string }[], only?: string): Promise<StudentFlag[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH latest AS (${latestAttempts(classroomId, only)})
    SELECT l."userId", u."displayName", l."assignmentId", l."currentChunkId", l."answeredCount", l."visibleMs"
    FROM latest l JOIN "User" u ON u."id" = l."userId"
    WHERE l."answeredCount" >= ${RAPID_MIN_ANSWERS}`;
  const words = new Map(await Promise.all(assignments.map(async (a) => [a.id, await wordsReached(a.readingSlug)] as const)));
  return rows.flatMap((row) => {
    const rate = readingRate({
      answered: toNumber(row.answeredCount),
      visibleMs: toNumber(row.visibleMs),
      words: words.get(String(row.assignmentId))?.get(String(row.currentChunkId)) ?? 0,
    });
    if (!isRapid(rate)) return [];
    return [{ studentId: String(row.userId), displayName: String(row.displayName), assignmentId: String(row.assignmentId), kind: "rapid" as const, value: rate }];
  });
}

/** Runs of first-shown options and "idk"-like written answers (answer-effort.ts). */
async function answerEffortFlags(classroomId: string, assignments: readonly FlaggedAssignment[], only?: string): Promise<StudentFlag[]> {
  const efforts = await latestAttemptEffort(classroomId, assignments, only);
  const flagged = efforts.flatMap((effort): Omit<StudentFlag, "displayName">[] => [
    ...(effort.firstRun >= FIRST_POSITION_RUN ? [{ studentId: effort.userId, assignmentId: effort.assignmentId, kind: "first-position" as const, value: effort.firstRun }] : []),
    ...(effort.lowEffort.length
      ? [{ studentId: effort.userId, assignmentId: effort.assignmentId, kind: "low-effort-writing" as const, value: effort.lowEffort.length }]
      : []),
  ]);
  if (!flagged.length) return [];
  const users = await db.user.findMany({ where: { id: { in: [...new Set(flagged.map((flag) => flag.studentId))] } }, select: { id: true, displayName: true } });
  const nameOf = new Map(users.map((user) => [user.id, user.displayName]));
  return flagged.map((flag) => ({ ...flag, displayName: nameOf.get(flag.studentId) ?? "" }));
}

/**
 * Every flag on the class's students (or on one assignment of the class: the
 * report's "who needs help"), sorted by name. The caller has checked the
 * teacher owns the class.
 */
export async function studentFlags(classroomId: string, assignments: readonly FlaggedAssignment[], now = new Date(), only?: string): Promise<StudentFlag[]> {
  const nearDue = now.getTime() + NEAR_DUE_HOURS * 3600_000;
  const pastDue = assignments.filter((a) => a.dueAt && a.dueAt.getTime() < now.getTime()).map((a) => a.id);
  const dueSoon = assignments
    .filter((a) => a.dueAt && a.dueAt.getTime() >= now.getTime() && a.dueAt.getTime() <= nearDue && !a.closedAt)
    .map((a) => a.id);
  const scoring = await scoringOf(assignments, now);
  const groups = await Promise.all([
    scoreFlags(classroomId, scoring, pastDue, dueSoon, only),
    rapidFlags(classroomId, assignments, only),
    answerEffortFlags(classroomId, assignments, only),
  ]);
  return groups
    .flat()
    .sort((a, b) => a.displayName.toLowerCase().localeCompare(b.displayName.toLowerCase()) || a.studentId.localeCompare(b.studentId));
}

export async function getClassOverview(viewer: SessionUser, classId: string, now = new Date()) {
  const classroom = await ownedClass(viewer, classId);
  const [roster, assignments] = await Promise.all([
    db.enrollment.findMany({
      where: { classroomId: classroom.id, status: "active" },
      select: { student: { select: { id: true, displayName: true, username: true } } },
    }),
    db.assignment.findMany({
      where: { classroomId: classroom.id },
      select: { id: true, readingSlug: true, questionIds: true, dueAt: true, closedAt: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    }),
  ]);
  const enrolled = roster.length;
  const names = distinctNames(roster.map(({ student }) => student));
  const pastDue = assignments.filter((a) => a.dueAt && a.dueAt.getTime() < now.getTime()).map((a) => a.id);
  const [totals, flagged] = await Promise.all([assignmentTotals(classroom.id, await scoringOf(assignments, now)), studentFlags(classroom.id, assignments, now)]);

  const readingNames = await readingTitles(assignments.map((assignment) => assignment.readingSlug));
  const rows = assignments.map((assignment) => {
    const total = totals.get(assignment.id) ?? { started: 0, finished: 0, late: 0, averageScore: null, awaitingReview: 0 };
    const isPastDue = pastDue.includes(assignment.id);
    return {
      id: assignment.id,
      title: readingNames.get(assignment.readingSlug) ?? assignment.readingSlug,
      dueAt: assignment.dueAt,
      closedAt: assignment.closedAt,
      enrolled,
      ...total,
      completion: enrolled ? total.finished / enrolled : 0,
      missing: isPastDue ? enrolled - total.finished : 0,
    };
  });
  const titles = new Map(rows.map((row) => [row.id, row.title]));
  const students = new Map<string, { studentId: string; displayName: string; flags: (StudentFlag & { title: string })[] }>();
  for (const flag of flagged) {
    const entry = students.get(flag.studentId) ?? {
      studentId: flag.studentId,
      displayName: names.get(flag.studentId) ?? flag.displayName,
      flags: [],
    };
    entry.flags.push({ ...flag, title: titles.get(flag.assignmentId) ?? "" });
    students.set(flag.studentId, entry);
  }
  return { classroom, enrolled, assignments: rows, attention: [...students.values()] };
}

export type ClassOverview = Awaited<ReturnType<typeof getClassOverview>>;
