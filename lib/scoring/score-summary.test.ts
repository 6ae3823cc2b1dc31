import { describe, expect, it } from "vitest";
import { ltiScoreOf } from "./lti-score";
import { describeScore, scoreParts, scoreSummary } from "./score-summary";

// The student: 45.4 of the 62 scored points, written answers worth 30 awaiting review, 9 points unanswered (101 in all).
const answers = [
  { score: 45.4, maxScore: 62 },
  { score: null, maxScore: 18 },
  { score: null, maxScore: 12 },
];

describe("scoreSummary", () => {
  it("leaves written answers awaiting review out of earned and possible, and says how many", () => {
    const parts = scoreParts(answers);
    expect(parts).toEqual({ earned: 45.4, scoredMax: 62, pendingCount: 2, pendingMax: 30 });
    // In progress: a score so far.
    expect(scoreSummary(parts, { finished: false, possibleAll: 101 })).toEqual({ earned: 45.4, possible: 62, pendingPoints: 30, pendingCount: 2, percent: 73.2 });
    // Submitted: the 9 unanswered points count as 0; the pending 30 still do not count.
    expect(scoreSummary(parts, { finished: true, possibleAll: 101 })).toEqual({ earned: 45.4, possible: 71, pendingPoints: 30, pendingCount: 2, percent: 63.9 });
  });

  it("counts pending answers as 0 only when asked", () => {
    const parts = scoreParts(answers);
    expect(scoreSummary(parts, { finished: true, possibleAll: 101, ungradedAsZero: true })).toEqual({ earned: 45.4, possible: 101, pendingPoints: 0, pendingCount: 0, percent: 45 });
    expect(scoreSummary(parts, { finished: false, possibleAll: 101, ungradedAsZero: true })).toMatchObject({ possible: 92, percent: 49.3 });
  });

  it("has no percent while nothing counts, and prints sums of thirds cleanly", () => {
    expect(scoreSummary(scoreParts([]), { finished: false, possibleAll: 9 }).percent).toBeNull();
    expect(scoreSummary(scoreParts([{ score: null, maxScore: 3 }]), { finished: false, possibleAll: 9 }).percent).toBeNull();
    const thirds = scoreSummary(scoreParts([{ score: 0.3333, maxScore: 1 }, { score: 0.6667, maxScore: 1 }, { score: 0.3333, maxScore: 1 }]), { finished: false, possibleAll: 3 });
    expect(describeScore(thirds)).toBe("1.33 of 3 (44%)");
  });
});

describe("ltiScoreOf", () => {
  const now = new Date("2026-05-01T10:00:00Z");
  it("marks pending written work as needing a grader, and only a complete grade as final", () => {
    const parts = scoreParts(answers);
    const submitted = { submittedAt: now };
    expect(ltiScoreOf(scoreSummary(parts, { finished: true, possibleAll: 101 }), submitted, now)).toEqual({
      scoreGiven: 45.4,
      scoreMaximum: 71,
      activityProgress: "Completed",
      gradingProgress: "PendingManual",
      timestamp: "2026-05-01T10:00:00.000Z",
    });
    const graded = scoreSummary(scoreParts([{ score: 8, maxScore: 10 }]), { finished: true, possibleAll: 10 });
    expect(ltiScoreOf(graded, submitted, now)).toMatchObject({ scoreGiven: 8, scoreMaximum: 10, gradingProgress: "FullyGraded" });
    expect(ltiScoreOf(graded, { submittedAt: null }, now)).toMatchObject({ activityProgress: "InProgress", gradingProgress: "Pending" });
    expect(ltiScoreOf(null, null, now)).toEqual({ activityProgress: "Initialized", gradingProgress: "NotReady", timestamp: "2026-05-01T10:00:00.000Z" });
  });
});
