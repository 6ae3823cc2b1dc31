/**
 * The score closeread reports to the LMS for one attempt: the one score
 * (lib/scoring/score-summary.ts) of the attempt's running totals (kept by
 * lib/tallied/tallies.ts), as AGS posts it (lib/scoring/lti-score.ts).
 */
import "server-only";
import { possiblePointsOf } from "@/lib/analytics/catalogue";
import { db } from "@/lib/db/client";
import { ltiScoreOf, type LtiScore } from "@/lib/scoring/lti-score";
import { scoreSummary } from "@/lib/scoring/score-summary";

export async function attemptScore(attemptId: string, now = new Date()): Promise<LtiScore | null> {
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    select: { readingSlug: true, contentVersion: true, points: true, scoredMax: true, pendingMax: true, submittedAt: true, assignment: { select: { closedAt: true, questionIds: true } } },
  });
  if (!attempt) return null;
  // Written answers wait for the teacher with status "submitted" and no score (lib/scoring/grade.ts).
  const pendingCount = await db.response.count({ where: { attemptId, status: "submitted", score: null } });
  const closedAt = attempt.assignment?.closedAt;
  const score = scoreSummary(
    { earned: attempt.points, scoredMax: attempt.scoredMax, pendingMax: attempt.pendingMax, pendingCount },
    {
      finished: attempt.submittedAt !== null || (closedAt != null && closedAt <= now),
      possibleAll: await possiblePointsOf({ readingSlug: attempt.readingSlug, questionIds: attempt.assignment?.questionIds ?? null }, attempt.contentVersion),
    },
  );
  return ltiScoreOf(score, attempt, now);
}
