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
           a."late", a."number", a."answeredCount", a."scoredCount", a."points", a."scoredMax", a."confidentWrongCount", a."visibleMs"
    FROM "Attempt" a
    JOIN "Enrollment" en ON en."studentId" = a."userId" AND en."classroomId" = ${classroomId} AND en."status" = 'active'
    WHERE ${scope}
      AND a."number" = (
        SELECT MAX(b."number") FROM "Attempt" b WHERE b."userId" = a."userId" AND b."assignmentId" = a."assignmentId"
      )`;
}
