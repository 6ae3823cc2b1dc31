/**
 * The score closeread reports to the LMS for one attempt. It reads the
 * attempt's running totals (kept by lib/analytics/tallies.ts); when a shared
 * score summary exists (lib/grading/score-summary.ts), point this at it.
 */
import "server-only";
import { getFullQuestions } from "@/lib/content/keys";
import { db } from "@/lib/db/client";
import { maxScoreOf } from "@/lib/grading/score";

export type AttemptScore = {
  scoreGiven: number;
  scoreMaximum: number;
  activityProgress: "InProgress" | "Completed";
  gradingProgress: "FullyGraded" | "PendingManual";
};

export async function attemptScore(attemptId: string): Promise<AttemptScore | null> {
  const attempt = await db.attempt.findUnique({ where: { id: attemptId }, select: { readingSlug: true, points: true, submittedAt: true } });
  if (!attempt) return null;
  const scoreMaximum = getFullQuestions(attempt.readingSlug).reduce((sum, question) => sum + maxScoreOf(question), 0);
  // Written answers wait for the teacher with status "submitted" (lib/grading/grade.ts).
  const waiting = await db.response.count({ where: { attemptId, status: "submitted" } });
  return {
    scoreGiven: Math.min(attempt.points, scoreMaximum),
    scoreMaximum,
    activityProgress: attempt.submittedAt ? "Completed" : "InProgress",
    gradingProgress: waiting > 0 ? "PendingManual" : "FullyGraded",
  };
}
