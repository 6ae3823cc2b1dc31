/**
 * A learner's first week, simulated with a fixed clock: every evening they
 * open the review page and work through what is due, coming back after the
 * learning steps (minutes) until nothing is left for the day. They know the
 * questions and one flashcard throughout, and forget the other flashcard on
 * the third evening.
 */
import type { SessionUser } from "@/lib/auth/current-user";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { syncReviewCards } from "@/lib/review/cards";
import { getReviewProgress } from "@/lib/review/progress";
import { countDueToday, getReviewQueue, type ReviewItem } from "@/lib/review/queue";
import { submitReview } from "@/lib/review/review";
import { Rating, State } from "@/lib/review/scheduler";
import type { Answer } from "@/lib/scoring/answers";
import { asShownInReview } from "../support/shown-answers";
import { createUser, openReading, SLUG, storeResponse, useFixtureContent } from "./support";

beforeAll(useFixtureContent);

const TZ = "Europe/Berlin";
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Monday 2 March 2026, 19:00 in Berlin. */
const firstEvening = new Date("2026-03-02T18:00:00Z");

const KEYS: Record<string, Answer> = {
  "q-single": { optionId: "a" },
  "q-order": { itemIds: ["e1", "e2", "e3"] },
  "q-evidence": { sentenceIds: ["p02.s2"] },
};

interface Review {
  day: number;
  itemId: string;
  rating: number;
  due: Date;
  at: Date;
}

async function simulateWeek(learner: SessionUser, forget: { itemId: string; day: number }) {
  const reviews: Review[] = [];
  const dueAtStartOfEvening: number[] = [];
  for (let day = 0; day < 7; day += 1) {
    let at = new Date(firstEvening.getTime() + day * DAY);
    await syncReviewCards(learner, at);
    dueAtStartOfEvening.push(await countDueToday(learner, at, TZ));
    let forgotten = false;
    for (let round = 0; round < 10; round += 1) {
      const { items } = await getReviewQueue(learner, at, TZ);
      if (items.length === 0) break;
      for (const item of items) {
        const forgetNow: boolean = !forgotten && item.kind === "glossary" && day === forget.day && itemIdOf(item) === forget.itemId;
        forgotten ||= forgetNow;
        const submission =
          item.kind === "glossary"
            ? { kind: "glossary" as const, reps: item.reps, rating: forgetNow ? (Rating.Again as const) : (Rating.Good as const) }
            : { kind: "question" as const, reps: item.reps, answer: asShownInReview(item, SLUG, item.question.id, KEYS[item.question.id]!), confidence: 2 as const };
        const outcome = await submitReview(learner, item.cardId, submission, at, TZ);
        reviews.push({ day, itemId: itemIdOf(item), rating: outcome.rating, due: outcome.due, at });
      }
      // Come back when the next learning step is due.
      at = new Date(at.getTime() + 11 * MINUTE);
    }
    expect(await countDueToday(learner, new Date(at.getTime()), TZ), `day ${day} left cards due`).toBe(0);
  }
  return { reviews, dueAtStartOfEvening };
}

function itemIdOf(item: ReviewItem): string {
  return item.kind === "glossary" ? item.term : item.question.id;
}

describe("a learner's week with a fixed clock", () => {
  it("spaces cards out: intervals grow for Good answers and a forgotten card comes back soon", async () => {
    const learner = await createUser();
    const attempt = await openReading(learner.id);
    for (const questionId of Object.keys(KEYS)) await storeResponse(attempt.id, questionId, { score: 0 });
    await db.attempt.update({ where: { id: attempt.id }, data: { startedAt: firstEvening } });

    const { reviews, dueAtStartOfEvening } = await simulateWeek(learner, { itemId: "Automation", day: 2 });

    // Monday: five new cards, each learned in two steps (10 minutes apart) and then due in two days;
    // Wednesday: all five again, one forgotten; Thursday: only the forgotten one; the rest wait over a week.
    expect(dueAtStartOfEvening).toEqual([5, 0, 5, 1, 0, 0, 1]);

    // A card answered Good every time: each new interval is longer than the one before.
    const wick = reviews.filter((review) => review.itemId === "wicks");
    const intervals = wick.map((review) => review.due.getTime() - review.at.getTime());
    expect(wick.every((review) => review.rating === Rating.Good)).toBe(true);
    expect(intervals.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < intervals.length; i += 1) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);

    // The forgotten card: due again within minutes, the same evening, and back sooner than the remembered one.
    const automation = reviews.filter((review) => review.itemId === "Automation");
    const lapse = automation.findIndex((review) => review.rating === Rating.Again);
    expect(lapse).toBeGreaterThan(0);
    expect(automation[lapse]!.due.getTime() - automation[lapse]!.at.getTime()).toBeLessThanOrEqual(10 * MINUTE);
    const relearned = automation[lapse + 1]!;
    expect(relearned.day).toBe(2);
    const wickSameEvening = wick.filter((review) => review.day === 2).at(-1)!;
    expect(relearned.due.getTime()).toBeLessThan(wickSameEvening.due.getTime());
    const card = await db.reviewCard.findFirstOrThrow({ where: { userId: learner.id, itemId: "automation" } });
    expect(card.lapses).toBe(1);

    // The week's figures: reviews only on evenings with due cards, and one Again among them.
    const progress = await getReviewProgress(learner, new Date(firstEvening.getTime() + 6 * DAY), TZ);
    expect(progress.retention.reviews).toBe(reviews.length);
    expect(progress.retention.remembered).toBe(reviews.length - 1);
    expect(progress.cards.total).toBe(5);
    expect(progress.cards.learned + progress.cards.learning).toBe(5);
    const reviewDays = new Set(reviews.map((review) => review.day));
    expect(progress.streak.reviewedToday).toBe(reviewDays.has(6));
    expect(progress.activity.filter((day) => day.reviews > 0)).toHaveLength(reviewDays.size);
    expect(card.state).toBe(State.Review);
  });
});
