/**
 * Review on PostgreSQL: card creation, a review through the endpoint's data
 * function, the refused repeat, and the progress aggregates, against a real
 * server. Modules are imported after DATABASE_URL points at the throwaway
 * database, since the shared client is created on first import.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabaseOnThrowawayPostgres } from "../support/postgres";

let cleanUp: (() => Promise<void>) | undefined;

beforeAll(async () => {
  cleanUp = await appDatabaseOnThrowawayPostgres();
  const { useFixtureContent } = await import("./support");
  useFixtureContent();
});

afterAll(async () => {
  await cleanUp?.();
});

describe("spaced review on PostgreSQL", () => {
  it("creates cards, reviews them once, and aggregates progress", async () => {
    const { createUser, openReading, storeResponse, cardsOf, SLUG } = await import("./support");
    const { asShownInReview } = await import("../support/shown-answers");
    const { syncReviewCards } = await import("@/lib/review/cards");
    const { getReviewQueue } = await import("@/lib/review/queue");
    const { submitReview } = await import("@/lib/review/review");
    const { getReviewProgress } = await import("@/lib/review/progress");
    const now = new Date("2026-03-02T09:00:00Z");

    const learner = await createUser();
    const attempt = await openReading(learner.id);
    const answeredAt = new Date("2026-03-01T09:00:00Z");
    await storeResponse(attempt.id, "q-single", { score: 0, at: answeredAt });
    await storeResponse(attempt.id, "q-match", { score: 1, confidence: 3, at: answeredAt });
    await syncReviewCards(learner, now);
    await syncReviewCards(learner, now);
    expect(await cardsOf(learner.id)).toEqual(["glossary:automation", "glossary:wick", "question:q-single"]);

    const { items, dueToday } = await getReviewQueue(learner, now, "Europe/Berlin");
    expect(dueToday).toBe(3);
    for (const item of items) {
      const submission =
        item.kind === "glossary"
          ? ({ kind: "glossary", reps: 0, rating: item.term === "wicks" ? 1 : 3 } as const)
          : ({ kind: "question", reps: 0, answer: asShownInReview(item, SLUG, item.question.id, { optionId: "a" }), confidence: 3 } as const);
      await submitReview(learner, item.cardId, submission, now, "Europe/Berlin");
      await expect(submitReview(learner, item.cardId, submission, now, "Europe/Berlin")).rejects.toMatchObject({ code: "conflict" });
    }

    const progress = await getReviewProgress(learner, now, "Europe/Berlin");
    expect(progress.retention).toEqual({ reviews: 3, remembered: 2, share: 2 / 3 });
    expect(progress.streak).toEqual({ days: 1, reviewedToday: true });
    expect(progress.cards).toMatchObject({ total: 3, new: 0, learned: 1, learning: 2 });
    expect(progress.activity.at(-1)).toEqual({ day: "2026-03-02", reviews: 3, forgotten: 1 });
    expect(progress.mastery[0]?.skills.find((skill) => skill.skill === "literal")?.mastery).toBe(1);
  });
});
