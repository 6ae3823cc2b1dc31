/**
 * The one definition of a student's score on a set of questions (a whole
 * attempt, a chunk, a skill). Every surface computes it here: the report,
 * the class overview's averages, the student's results page, the gradebook
 * and responses CSVs and the LTI score (lti-score.ts).
 *
 * The rule (README, "Grading and partial credit"):
 *  - earned: the points of every scored answer;
 *  - a written answer the teacher has not graded yet is *pending*: it is
 *    left out of both earned and possible, and reported beside the score
 *    (pendingCount, pendingPoints), never as 0 unless the teacher asks for
 *    that (`ungradedAsZero`, an export option);
 *  - possible: while the work is in progress, the points of the scored
 *    answers (a score "so far"); once it is finished (submitted, or the
 *    assignment closed), every question's points except the pending ones,
 *    so an unanswered question counts as 0.
 *
 * Not server-only: pure arithmetic, shared by seeds, tests and pages.
 */

/** An answered question: its points (null while awaiting the teacher) and the points it is worth. */
export type ScoredAnswer = { score: number | null; maxScore: number };

/** Sums over answered questions; the attempt totals kept by lib/tallied/tallies.ts hold the same fields. */
export type ScoreParts = { earned: number; scoredMax: number; pendingCount: number; pendingMax: number };

export type ScoreRule = {
  /** Submitted, or the assignment closed: unanswered questions count as 0. */
  finished: boolean;
  /** The points every question in the set is worth. */
  possibleAll: number;
  /** Count written answers awaiting review as 0 instead of leaving them out. */
  ungradedAsZero?: boolean;
};

export type ScoreSummary = {
  earned: number;
  possible: number;
  /** Points possible on written answers awaiting review (left out of earned and possible). */
  pendingPoints: number;
  pendingCount: number;
  /** earned ÷ possible × 100, one decimal; null while nothing counts yet. */
  percent: number | null;
};

export function scoreParts(answers: Iterable<ScoredAnswer>): ScoreParts {
  const parts: ScoreParts = { earned: 0, scoredMax: 0, pendingCount: 0, pendingMax: 0 };
  for (const answer of answers) {
    if (answer.score === null) {
      parts.pendingCount += 1;
      parts.pendingMax += answer.maxScore;
    } else {
      parts.earned += answer.score;
      parts.scoredMax += answer.maxScore;
    }
  }
  return parts;
}

/** Two decimals for points: question scores carry four, and sums of thirds must not print as 0.9999. */
function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

export function scoreSummary(parts: ScoreParts, rule: ScoreRule): ScoreSummary {
  const pending = rule.ungradedAsZero ? 0 : parts.pendingMax;
  const possible = rule.finished ? rule.possibleAll - pending : parts.scoredMax + parts.pendingMax - pending;
  return {
    earned: roundPoints(parts.earned),
    possible: roundPoints(possible),
    pendingPoints: roundPoints(pending),
    pendingCount: rule.ungradedAsZero ? 0 : parts.pendingCount,
    percent: possible > 0 ? Math.round((parts.earned / possible) * 1000) / 10 : null,
  };
}

/** "45.4 of 62 (73%)", or null while nothing counts yet. */
export function describeScore(summary: ScoreSummary): string | null {
  if (summary.percent === null) return null;
  return `${summary.earned} of ${summary.possible} (${Math.round(summary.percent)}%)`;
}
