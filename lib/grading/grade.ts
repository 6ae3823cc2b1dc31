/**
 * Grading a written answer: rubric points per criterion and a comment. Every
 * grade and regrade adds a GradeRevision row (the grade, stored once; the
 * history is kept), and the response points at it and takes its score and
 * status "graded" (lib/grading/teacher-grade.ts).
 */
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { deliverScoresSoon } from "@/lib/lti/score-outbox";
import { getFullQuestion } from "@/lib/content/keys";
import { getReading } from "@/lib/content/load";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { assertRole, teacherResponses } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { gradeResponse } from "@/lib/tallied/grades";
import type { TeacherGrade } from "./teacher-grade";

export const COMMENT_MAX_LENGTH = 2000;

export const gradeInputSchema = z.object({
  responseId: z.string().trim().min(1, "Choose an answer to grade.").max(64),
  criteria: z.record(z.string().max(64), z.number({ error: "Choose the points." }).int().min(0)),
  comment: z
    .string()
    .trim()
    .max(COMMENT_MAX_LENGTH, `Keep the comment under ${COMMENT_MAX_LENGTH} characters.`)
    .transform((comment) => comment || null),
});

export type GradeInput = z.input<typeof gradeInputSchema>;

/** Field-level errors keyed as the form names its fields: `criterion.<id>`, `comment`. */
export type GradeFieldErrors = Record<string, string[]>;

/** The grade saved, and which grade of this answer it is (1 for the first, 2 after one regrade, ...). */
export type SavedGrade = TeacherGrade & { revision: number };

export async function gradeWrittenAnswer(viewer: SessionUser, input: GradeInput): Promise<SavedGrade> {
  assertRole(viewer, "teacher");
  const parsed = gradeInputSchema.safeParse(input);
  if (!parsed.success) {
    // The form names each criterion's points `criterion.<id>`.
    const fields = Object.entries(fieldErrors(parsed.error)).map(([key, messages]) => [key.replace(/^criteria\./, "criterion."), messages]);
    throw new AppError("invalid", "Check the highlighted fields.", Object.fromEntries(fields));
  }
  const { responseId, criteria, comment } = parsed.data;

  const response = await db.response.findFirst({
    where: {
      id: responseId,
      status: { in: ["submitted", "graded"] },
      ...teacherResponses(viewer),
    },
    select: { id: true, attemptId: true, questionId: true, feedback: true, attempt: { select: { readingSlug: true, contentVersion: true } } },
  });
  if (!response) throw new AppError("not_found", "That answer does not exist or is not in your classes.");
  // Graded against the version the student answered.
  const reading = await getReading(response.attempt.readingSlug, response.attempt.contentVersion);
  const question = reading && getFullQuestion(reading, response.questionId);
  if (question?.type !== "short_answer") throw new AppError("invalid", "Only written answers are graded by hand.");

  const fields: GradeFieldErrors = {};
  for (const criterion of question.rubric.criteria) {
    const points = criteria[criterion.id];
    if (points === undefined) fields[`criterion.${criterion.id}`] = ["Choose the points for this criterion."];
    else if (points > criterion.points) fields[`criterion.${criterion.id}`] = [`At most ${criterion.points} points.`];
  }
  for (const id of Object.keys(criteria)) {
    if (!question.rubric.criteria.some((criterion) => criterion.id === id)) fields[`criterion.${id}`] = ["Not a criterion of this rubric."];
  }
  if (Object.keys(fields).length) throw new AppError("invalid", "Check the highlighted fields.", fields);

  // A grade moves the attempt's total, so the class tallies change with it, and the LMS gradebook (LTI) through the outbox.
  const { grade, scoreQueued } = await gradeResponse(viewer, response, question, { criteria, comment });
  if (scoreQueued) deliverScoresSoon();
  return grade;
}
