/**
 * A score as LTI Advantage's Assignment and Grade Services (1EdTech AGS 2.0)
 * posts it to an LMS gradebook: the same earned and possible points as every
 * other surface (score-summary.ts), with the progress fields that tell the
 * LMS whether the grade is final. Written answers awaiting review make it
 * "PendingManual", which LMSs show as needing a grader rather than as a grade.
 */
import type { ScoreSummary } from "./score-summary";

export type LtiScore = {
  scoreGiven?: number;
  scoreMaximum?: number;
  activityProgress: "Initialized" | "Started" | "InProgress" | "Submitted" | "Completed";
  gradingProgress: "FullyGraded" | "Pending" | "PendingManual" | "Failed" | "NotReady";
  timestamp: string;
};

export function ltiScoreOf(score: ScoreSummary | null, attempt: { submittedAt: Date | null } | null, now: Date): LtiScore {
  const timestamp = now.toISOString();
  if (!attempt || !score) return { activityProgress: "Initialized", gradingProgress: "NotReady", timestamp };
  const points = score.possible > 0 ? { scoreGiven: score.earned, scoreMaximum: score.possible } : {};
  if (!attempt.submittedAt) return { ...points, activityProgress: "InProgress", gradingProgress: "Pending", timestamp };
  return { ...points, activityProgress: "Completed", gradingProgress: score.pendingCount > 0 ? "PendingManual" : "FullyGraded", timestamp };
}
