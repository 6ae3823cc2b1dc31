import { describe, expect, it } from "vitest";
import { newCardSchedule, previewDueDates, Rating, scheduleReview, State, type CardSchedule, type Grade } from "./scheduler";

const start = new Date("2026-03-02T09:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

/** A card taken through several Good reviews, each on its due date: a card in long-term review. */
function matureCard(): { card: CardSchedule; at: Date } {
  let card = newCardSchedule(start);
  let at = start;
  for (let i = 0; i < 4; i += 1) {
    card = scheduleReview(card, Rating.Good, at).card;
    at = card.due;
  }
  return { card, at };
}

function dueAfter(card: CardSchedule, rating: Grade, at: Date): number {
  return scheduleReview(card, rating, at).card.due.getTime();
}

describe("scheduling through ts-fsrs with a fixed clock", () => {
  it("makes a new card due at once", () => {
    const card = newCardSchedule(start);
    expect(card.due).toEqual(start);
    expect(card.state).toBe(State.New);
    expect(card.reps).toBe(0);
  });

  it("orders due dates Again < Hard < Good < Easy, for a new card and a mature one", () => {
    for (const { card, at } of [{ card: newCardSchedule(start), at: start }, matureCard()]) {
      const again = dueAfter(card, Rating.Again, at);
      const hard = dueAfter(card, Rating.Hard, at);
      const good = dueAfter(card, Rating.Good, at);
      const easy = dueAfter(card, Rating.Easy, at);
      expect(again).toBeLessThan(hard);
      expect(hard).toBeLessThan(good);
      expect(good).toBeLessThan(easy);
    }
  });

  it("gives a mature card answered Good an interval of days, Again one of minutes", () => {
    const { card, at } = matureCard();
    expect(card.state).toBe(State.Review);
    expect(dueAfter(card, Rating.Good, at) - at.getTime()).toBeGreaterThan(7 * DAY);
    expect(dueAfter(card, Rating.Again, at) - at.getTime()).toBeLessThanOrEqual(10 * 60 * 1000);
  });

  it("resets a lapsed card: relearning, a lapse counted, stability cut, then a short interval", () => {
    const { card, at } = matureCard();
    const { card: lapsed, log } = scheduleReview(card, Rating.Again, at);
    expect(lapsed.state).toBe(State.Relearning);
    expect(lapsed.lapses).toBe(card.lapses + 1);
    expect(lapsed.stability).toBeLessThan(card.stability / 2);
    expect(log.state).toBe(State.Review);
    expect(log.rating).toBe(Rating.Again);
    const relearned = scheduleReview(lapsed, Rating.Good, lapsed.due).card;
    expect(relearned.state).toBe(State.Review);
    expect(relearned.due.getTime() - lapsed.due.getTime()).toBeLessThan(card.scheduledDays * DAY);
  });

  it("is deterministic for a fixed clock (fuzz is seeded by the review)", () => {
    const { card, at } = matureCard();
    expect(scheduleReview(card, Rating.Good, at)).toEqual(scheduleReview(card, Rating.Good, at));
  });

  it("logs the card as it was before the review", () => {
    const card = newCardSchedule(start);
    const { card: next, log } = scheduleReview(card, Rating.Good, start);
    expect(log).toMatchObject({ rating: Rating.Good, state: State.New, due: start, reviewedAt: start, stability: 0 });
    expect(next.reps).toBe(1);
    expect(next.lastReview).toEqual(start);
  });

  it("previews the due date each rating would give, matching the review itself", () => {
    const { card, at } = matureCard();
    const preview = previewDueDates(card, at);
    for (const rating of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const) {
      expect(preview[rating]).toEqual(scheduleReview(card, rating, at).card.due);
    }
  });
});
