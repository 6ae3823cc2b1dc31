/**
 * The SQL the reports share (written as lib/db/sql.ts says): which
 * responses count, and each student's latest attempt.
 */
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** Responses that count: answered (auto-graded or awaiting review) or teacher-graded, never drafts. */
export const ANSWERED = Prisma.sql`('submitted', 'graded')`;

/**
 * A CTE body: each enrolled (active) student's latest attempt at one
 * assignment, or at every assignment of the class, with its totals (kept by
 * tallies.ts). Reports describe the latest attempt, as the student sees it.
 */
export function latestAttempts(classroomId: string, assignmentId?: string): Prisma.Sql {
  const scope = assignmentId
    ? Prisma.sql`a."assignmentId" = ${assignmentId}`
    : Prisma.sql`a."assignmentId" IN (SELECT c."id" FROM "Assignment" c WHERE c."classroomId" = ${classroomId})`;
  return Prisma.sql`
    SELECT a."id", a."userId", a."assignmentId", a."currentChunkId", a."startedAt", a."lastActiveAt", a."submittedAt",
           a."late", a."number", a."answeredCount", a."scoredCount", a."points", a."scoredMax", a."pendingMax", a."confidentWrongCount", a."visibleMs"
    FROM "Attempt" a
    JOIN "Enrollment" en ON en."studentId" = a."userId" AND en."classroomId" = ${classroomId} AND en."status" = 'active'
    WHERE ${scope}
      AND a."number" = (
        SELECT MAX(b."number") FROM "Attempt" b WHERE b."userId" = a."userId" AND b."assignmentId" = a."assignmentId"
      )`;
}

/**
 * The score rate of a latest-attempts row `l`, 0..1 or NULL: scoreSummary's
 * rule (lib/scoring/score-summary.ts) in SQL, so the database can sort and
 * average by the same score every page shows. `possibleAll` is the points
 * of every question of the row's reading; `closed` is true for rows whose
 * assignment is closed (finished work, like a submitted attempt).
 */
export function scoreRate(possibleAll: Prisma.Sql, closed: Prisma.Sql): Prisma.Sql {
  const possible = Prisma.sql`CASE WHEN l."submittedAt" IS NOT NULL OR ${closed}
    THEN ${possibleAll} - l."pendingMax" ELSE l."scoredMax" END`;
  return Prisma.sql`CASE WHEN ${possible} > 0
    THEN CAST(l."points" AS DOUBLE PRECISION) / CAST(${possible} AS DOUBLE PRECISION) END`;
}

/** A condition that always holds (true) or never does (false), in both providers. */
export function sqlCondition(value: boolean): Prisma.Sql {
  return value ? Prisma.sql`1 = 1` : Prisma.sql`1 = 0`;
}
