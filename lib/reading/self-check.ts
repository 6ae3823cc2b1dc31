/**
 * A self-study reader's check of their own written answer. Practice has no
 * teacher, so once a written answer is in, the reader is shown the model
 * answer and rates their answer against each rubric criterion's levels
 * (full, partial, none); the rating is the answer's score, kept like any
 * other, so the answer no longer waits for a review that will never come.
 * In an assignment the teacher grades written answers: a self-check there
 * is refused.
 */
import "server-only";
import { z } from "zod";
import { ownAttempts } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { getFullQuestion } from "@/lib/content/keys";
import { getReading } from "@/lib/content/load";
import type { ShortAnswerQuestion } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { feedbackColumn, SELF_CHECK_LEVELS, withVerdict, type SelfCheck, type SelfCheckLevel } from "@/lib/scoring/feedback";
import { storeSelfCheck } from "@/lib/tallied/grades";
import { RESPONSE_VIEW_INCLUDE, toResponseView, type ResponseView } from "./views";

export const selfCheckSchema = z.strictObject({
  questionId: z.string().min(1).max(100),
  levels: z.record(z.string().max(100), z.enum(SELF_CHECK_LEVELS, "Choose how well your answer meets this point.")),
});

/** Points for a level: all, half (only for criteria worth more than one point), or none. */
function pointsFor(level: SelfCheckLevel, maxPoints: number): number {
  return level === "full" ? maxPoints : level === "partial" ? maxPoints / 2 : 0;
}

function checkOf(question: ShortAnswerQuestion, levels: Record<string, SelfCheckLevel>): SelfCheck {
  const fields: Record<string, string[]> = {};
  const criteria = question.rubric.criteria.map((criterion) => {
    const level = levels[criterion.id];
    if (!level) fields[`levels.${criterion.id}`] = ["Choose how well your answer meets this point."];
    else if (level === "partial" && criterion.points < 2) fields[`levels.${criterion.id}`] = ["This point is met or not: choose one of the two."];
    return { id: criterion.id, level: level ?? "none", points: pointsFor(level ?? "none", criterion.points), maxPoints: criterion.points };
  });
  if (Object.keys(fields).length > 0) throw new AppError("invalid", "Rate your answer against every point.", fields);
  const score = criteria.reduce((sum, criterion) => sum + criterion.points, 0);
  return { score, maxScore: criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0), criteria };
}

/**
 * Stores the reader's self-check of their written answer in a practice
 * attempt of their own, as its score (a second check replaces the first).
 * Returns the response as the page shows it.
 */
export async function selfCheckWrittenAnswer(
  user: SessionUser,
  attemptId: string,
  input: z.output<typeof selfCheckSchema>,
): Promise<ResponseView> {
  const attempt = await db.attempt.findFirst({ where: { id: attemptId, ...ownAttempts(user) }, select: { readingSlug: true, contentVersion: true, assignmentId: true } });
  if (!attempt) throw new AppError("not_found", "There is no such reading of yours.");
  if (attempt.assignmentId !== null) throw new AppError("forbidden", "Your teacher grades the written answers of an assignment.");
  const reading = await getReading(attempt.readingSlug, attempt.contentVersion);
  const question = reading && getFullQuestion(reading, input.questionId);
  if (question?.type !== "short_answer") throw new AppError("not_found", "There is no such written question in this reading.");
  const response = await db.response.findUnique({ where: { attemptId_questionId: { attemptId, questionId: question.id } } });
  // A submitted answer always has the reading code's feedback.
  if (!response || response.status === "draft" || response.feedback === null) {
    throw new AppError("conflict", "Submit your answer first, then check it against the model answer.");
  }
  const check = checkOf(question, input.levels);
  const feedback = { ...withVerdict(feedbackColumn.read(response.feedback), check.score, check.maxScore), selfCheck: check };
  const saved = await storeSelfCheck(response, check.score, feedback, RESPONSE_VIEW_INCLUDE);
  // Practice feedback is always released.
  return toResponseView(saved, true);
}
