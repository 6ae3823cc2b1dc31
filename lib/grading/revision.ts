/**
 * Returning a written answer for revision: the class's teacher (or a
 * co-teacher) sends it back with a comment; it is pending again (score null,
 * so lib/scoring/score-summary.ts leaves it out of the score) until its
 * student resubmits it, which reopens only that answer, even in a submitted
 * attempt. The resubmitted answer waits in the grading queue marked
 * "revised" and is graded as usual (grade.ts).
 */
import "server-only";
import { z } from "zod";
import { assertRole, teacherResponses } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { getFullQuestion } from "@/lib/content/keys";
import { getReading } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { answerSchemaFor } from "@/lib/scoring/answers";
import { resubmitResponse, returnResponse } from "@/lib/tallied/grades";
import { COMMENT_MAX_LENGTH } from "./grade";

export const returnInputSchema = z.object({
  responseId: z.string().trim().min(1).max(64),
  comment: z
    .string()
    .trim()
    .min(1, "Say what to change: the student sees this comment.")
    .max(COMMENT_MAX_LENGTH, `Keep the comment under ${COMMENT_MAX_LENGTH} characters.`),
});

export async function returnForRevision(viewer: SessionUser, input: z.input<typeof returnInputSchema>): Promise<void> {
  assertRole(viewer, "teacher");
  const parsed = returnInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "Check the highlighted fields.", fieldErrors(parsed.error));
  const { responseId, comment } = parsed.data;
  const response = await db.response.findFirst({
    where: { id: responseId, status: { in: ["submitted", "graded"] }, ...teacherResponses(viewer) },
    select: { id: true, attemptId: true, questionId: true, feedback: true, attempt: { select: { readingSlug: true, contentVersion: true } } },
  });
  if (!response) throw new AppError("not_found", "That answer does not exist or is not in your classes.");
  const reading = await getReading(response.attempt.readingSlug, response.attempt.contentVersion);
  if (reading && getFullQuestion(reading, response.questionId)?.type !== "short_answer") {
    throw new AppError("invalid", "Only written answers can be returned for revision.");
  }
  // Pending again: the score and the grade shown to the student go, the grade history (GradeRevision) stays.
  await returnResponse(response, comment);
}

/**
 * The student's revised text for an answer returned to them. Anything else
 * (another student's answer, an answer not returned, another question) is
 * refused as not found: the ids alone open nothing.
 */
export async function reviseReturnedAnswer(viewer: SessionUser, input: { attemptId: string; questionId: string; text: string }): Promise<void> {
  assertRole(viewer, "student");
  const response = await db.response.findFirst({
    where: { attemptId: input.attemptId, questionId: input.questionId, returnedAt: { not: null }, attempt: { userId: viewer.id } },
    select: { id: true, attemptId: true, questionId: true, attempt: { select: { readingSlug: true, contentVersion: true } } },
  });
  if (!response) throw new AppError("not_found", "That answer is not open for revision.");
  const reading = await getReading(response.attempt.readingSlug, response.attempt.contentVersion);
  const question = reading && getFullQuestion(reading, response.questionId);
  if (question?.type !== "short_answer") throw new AppError("not_found", "That answer is not open for revision.");
  const parsed = answerSchemaFor(question, { chunkSentenceIds: [] }).safeParse({ text: input.text });
  if (!parsed.success) throw new AppError("invalid", "Check your answer.", fieldErrors(parsed.error));
  await resubmitResponse(response, parsed.data);
}
