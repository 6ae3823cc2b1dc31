import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { syncReviewCards } from "@/lib/review/cards";
import { getReviewProgress, streakFrom } from "@/lib/review/progress";
import { getReviewQueue } from "@/lib/review/queue";
import { submitReview } from "@/lib/review/review";
import { Rating } from "@/lib/review/scheduler";
import { asShownInReview } from "../support/shown-answers";
import { createUser, openReading, SLUG, storeResponse, useFixtureContent } from "./support";

beforeAll(useFixtureContent);

const DAY = 24 * 60 * 60 * 1000;
const start = new Date("2026-03-02T12:00:00Z");

describe("streaks", () => {
  it("counts consecutive days ending today, or yesterday while today is still open", () => {
    expect(streakFrom([], "2026-03-05")).toEqual({ days: 0, reviewedToday: false });
    expect(streakFrom(["2026-03-05", "2026-03-04", "2026-03-03", "2026-03-01"], "2026-03-05")).toEqual({ days: 3, reviewedToday: true });
    expect(streakFrom(["2026-03-04", "2026-03-03"], "2026-03-05")).toEqual({ days: 2, reviewedToday: false });
    expect(streakFrom(["2026-03-03", "2026-03-02"], "2026-03-05")).toEqual({ days: 0, reviewedToday: false });
    expect(streakFrom(["2026-03-01", "2026-02-28"], "2026-03-01")).toEqual({ days: 2, reviewedToday: true });
  });
});

describe("a learner's progress", () => {
  it("counts cards, retention over 30 days, the streak in the learner's time zone, and mastery by skill", async () => {
    const learner = await createUser();
    const longAgo = new Date(start.getTime() - 40 * DAY);
    const attempt = await openReading(learner.id);
    await storeResponse(attempt.id, "q-single", { score: 0, at: longAgo });
    await storeResponse(attempt.id, "q-multi", { score: 1, confidence: 3, at: longAgo });
    await storeResponse(attempt.id, "q-tf", { score: 0.5, at: longAgo });
    await syncReviewCards(learner, longAgo);

    /** Reviews everything due at `at`: flashcards with `rating`, q-single answered right. */
    const reviewAll = async (at: Date, rating: 1 | 2 | 3 | 4, timeZone = "UTC") => {
      for (const item of (await getReviewQueue(learner, at, timeZone)).items) {
        await submitReview(
          learner,
          item.cardId,
          item.kind === "glossary"
            ? { kind: "glossary", reps: item.reps, rating }
            : item.question.id === "q-single"
              ? { kind: "question", reps: item.reps, answer: asShownInReview(item, SLUG, "q-single", { optionId: "a" }) }
              : { kind: "question", reps: item.reps, answer: asShownInReview(item, SLUG, item.question.id, { value: true, whyOptionId: "w2" }) },
          at,
          timeZone,
        );
      }
    };
    // 40 days ago (outside the window): one forgotten round.
    await reviewAll(longAgo, Rating.Again);
    // Three days in a row, the last two late in the evening in New York (already the next day in UTC).
    await reviewAll(new Date("2026-03-01T00:30:00Z"), Rating.Good, "America/New_York");
    await reviewAll(new Date("2026-03-02T00:30:00Z"), Rating.Good, "America/New_York");
    await reviewAll(new Date("2026-03-03T00:30:00Z"), Rating.Good, "America/New_York");

    const progress = await getReviewProgress(learner, new Date("2026-03-03T01:00:00Z"), "America/New_York");
    const logs = await db.reviewLog.findMany({ where: { card: { userId: learner.id } } });
    const inWindow = logs.filter((log) => log.day >= "2026-01-31");
    expect(inWindow.length).toBeGreaterThan(0);
    expect(logs.length).toBeGreaterThan(inWindow.length);
    expect(progress.retention.reviews).toBe(inWindow.length);
    expect(progress.retention.remembered).toBe(inWindow.filter((log) => log.rating !== Rating.Again).length);
    expect(progress.streak).toEqual({ days: 3, reviewedToday: true });
    expect(progress.activity).toHaveLength(30);
    expect(progress.activity.at(-1)!.day).toBe("2026-03-02");
    expect(progress.cards.total).toBe(4);
    expect(progress.cards.new + progress.cards.learning + progress.cards.learned).toBe(4);

    // Mastery: the latest result per question. q-single was wrong in the reading, right in review;
    // q-multi right in the reading; q-tf half right in the reading, wrong ("true") in review.
    const [reading] = progress.mastery;
    expect(reading?.title).toBe("The Last Lighthouse Keepers");
    const bySkill = Object.fromEntries(reading!.skills.map((skill) => [skill.skill, skill.mastery]));
    expect(bySkill).toEqual({ literal: 1, inference: 1, claim: 0 });
  });

  it("starts empty for a new learner", async () => {
    const learner = await createUser();
    const progress = await getReviewProgress(learner, start, "UTC");
    expect(progress.cards).toEqual({ total: 0, new: 0, learning: 0, learned: 0, dueToday: 0 });
    expect(progress.retention).toEqual({ reviews: 0, remembered: 0, share: null });
    expect(progress.streak).toEqual({ days: 0, reviewedToday: false });
    expect(progress.mastery).toEqual([]);
  });
});
