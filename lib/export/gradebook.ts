/**
 * The gradebook CSV: one row per enrolled student (latest attempt), a column
 * per question with the points earned, then the total, the points possible
 * and the percentage. The per-question pivot is done by the database.
 * Unanswered questions and written answers awaiting review are left blank,
 * which spreadsheets and LMS gradebook imports read as "no grade".
 */
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { ownedAssignment } from "@/lib/auth/owned";
import type { SessionUser } from "@/lib/auth/session";
import { catalogueFor } from "@/lib/analytics/catalogue";
import { ANSWERED, latestAttempts } from "@/lib/analytics/latest-attempts";
import { toBoolean, toNullableNumber } from "@/lib/db/sql";
import { toCsv, type CsvCell } from "./csv";

function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

export async function gradebookCsv(viewer: SessionUser, assignmentId: string): Promise<{ filename: string; csv: string }> {
  const assignment = await ownedAssignment(viewer, assignmentId);
  const catalogue = catalogueFor(assignment.readingSlug);
  const perQuestion = catalogue.questions.map(
    (question, index) =>
      Prisma.sql`CAST(MAX(CASE WHEN r."questionId" = ${question.id} THEN r."score" END) AS DOUBLE PRECISION) AS ${Prisma.raw(`"q${index}"`)}`,
  );
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH latest AS (${latestAttempts(assignment.classroomId, assignment.id)})
    SELECT u."id", u."displayName", u."username", l."id" AS "attemptId", l."submittedAt", l."late",
           ${perQuestion.length ? Prisma.join(perQuestion, ", ") : Prisma.sql`NULL AS "none"`},
           CAST(SUM(r."score") AS DOUBLE PRECISION) AS "total"
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
    "Status",
    "Late",
  ];
  const body: CsvCell[][] = rows.map((row) => {
    const total = toNullableNumber(row.total);
    const status = row.submittedAt ? "submitted" : row.attemptId ? "in progress" : "not started";
    return [
      String(row.displayName),
      row.username === null ? "" : String(row.username),
      ...catalogue.questions.map((_, index) => rounded(toNullableNumber(row[`q${index}`]))),
      rounded(total ?? 0),
      catalogue.possiblePoints,
      catalogue.possiblePoints ? rounded(((total ?? 0) / catalogue.possiblePoints) * 100) : null,
      status,
      row.attemptId ? toBoolean(row.late) : null,
    ];
  });
  return { filename: `${assignment.readingSlug}-gradebook.csv`, csv: toCsv(header, body) };
}
