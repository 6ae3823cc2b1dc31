/**
 * The gradebook CSV: one row per enrolled student (latest attempt), a column
 * per question with the points earned, then the score as every page shows it
 * (lib/scoring/score-summary.ts): earned, possible, percent, and the written
 * answers still pending review beside them. Unanswered questions and written
 * answers awaiting review are left blank, which spreadsheets and LMS
 * gradebook imports read as "no grade"; the teacher may ask for pending
 * answers to count as 0 instead. The per-question pivot is done by the database.
 */
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { ownedAssignment } from "@/lib/auth/owned";
import type { SessionUser } from "@/lib/auth/current-user";
import { catalogueFor } from "@/lib/analytics/catalogue";
import { ANSWERED, latestAttempts } from "@/lib/analytics/latest-attempts";
import { toBoolean, toDate, toNullableNumber, toNumber } from "@/lib/db/sql";
import { scoreSummary } from "@/lib/scoring/score-summary";
import { toCsv, type CsvCell } from "./csv";

export type GradebookOptions = { ungradedAsZero?: boolean };

function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

export async function gradebookCsv(viewer: SessionUser, assignmentId: string, options: GradebookOptions = {}): Promise<{ filename: string; csv: string }> {
  const assignment = await ownedAssignment(viewer, assignmentId);
  const catalogue = await catalogueFor(assignment);
  const closed = assignment.closedAt !== null && assignment.closedAt.getTime() <= Date.now();
  const perQuestion = catalogue.questions.map(
    (question, index) =>
      Prisma.sql`CAST(MAX(CASE WHEN r."questionId" = ${question.id} THEN r."score" END) AS DOUBLE PRECISION) AS ${Prisma.raw(`"q${index}"`)}`,
  );
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH latest AS (${latestAttempts(assignment.classroomId, assignment.id)})
    SELECT u."id", u."displayName", u."username", l."id" AS "attemptId", l."submittedAt", l."late",
           ${perQuestion.length ? Prisma.join(perQuestion, ", ") : Prisma.sql`NULL AS "none"`},
           CAST(SUM(r."score") AS DOUBLE PRECISION) AS "earned",
           CAST(SUM(CASE WHEN r."score" IS NOT NULL THEN r."maxScore" END) AS DOUBLE PRECISION) AS "scoredMax",
           CAST(SUM(CASE WHEN r."score" IS NULL THEN r."maxScore" END) AS DOUBLE PRECISION) AS "pendingMax",
           SUM(CASE WHEN r."id" IS NOT NULL AND r."score" IS NULL THEN 1 ELSE 0 END) AS "pendingCount"
    FROM "Enrollment" en
    JOIN "User" u ON u."id" = en."studentId"
    LEFT JOIN latest l ON l."userId" = en."studentId"
    LEFT JOIN "Response" r ON r."attemptId" = l."id" AND r."status" IN ${ANSWERED}
    WHERE en."classroomId" = ${assignment.classroomId} AND en."status" = 'active'
    GROUP BY u."id", u."displayName", u."username", l."id", l."submittedAt", l."late"
    ORDER BY LOWER(u."displayName"), u."id"`;

  const header = [
    "Student",
    "Username",
    ...catalogue.questions.map((question) => `Q${question.number} (${question.id})`),
    "Total",
    "Possible",
    "Percent",
    options.ungradedAsZero ? "Ungraded (counted as 0)" : "Pending review",
    "Pending points",
    "Status",
    "Late",
    "Submitted at",
  ];
  const body: CsvCell[][] = rows.map((row) => {
    const submittedAt = toDate(row.submittedAt);
    const status = submittedAt ? "submitted" : row.attemptId ? "in progress" : "not started";
    const pendingCount = toNumber(row.pendingCount);
    const score = scoreSummary(
      { earned: toNumber(row.earned), scoredMax: toNumber(row.scoredMax), pendingCount, pendingMax: toNumber(row.pendingMax) },
      { finished: submittedAt !== null || closed, possibleAll: catalogue.possiblePoints, ungradedAsZero: options.ungradedAsZero },
    );
    return [
      String(row.displayName),
      row.username === null ? "" : String(row.username),
      ...catalogue.questions.map((_, index) => rounded(toNullableNumber(row[`q${index}`]))),
      score.earned,
      score.possible,
      score.percent,
      options.ungradedAsZero ? pendingCount : score.pendingCount,
      options.ungradedAsZero ? 0 : score.pendingPoints,
      status,
      row.attemptId ? toBoolean(row.late) : null,
      submittedAt,
    ];
  });
  const suffix = options.ungradedAsZero ? "-ungraded-as-0" : "";
  return { filename: `${assignment.readingSlug}-gradebook${suffix}.csv`, csv: toCsv(header, body) };
}
