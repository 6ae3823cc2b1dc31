/** The learner's review settings: a daily cap on new cards (as Anki's new cards/day) and glossary flashcards as an opt-in. */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { syncReviewCards } from "@/lib/review/cards";
import { countDueToday, getReviewQueue } from "@/lib/review/queue";
import { submitReview } from "@/lib/review/review";
import { reviewSettingsSchema, updateReviewSettings } from "@/lib/review/settings";
import { asShownInReview } from "../support/shown-answers";
import { cardsOf, createUser, openReading, SLUG, storeResponse, useFixtureContent } from "./support";

beforeAll(useFixtureContent);

const TZ = "UTC";
const start = new Date("2026-03-02T09:00:00Z");

async function learnerWith(settings: { newCardsPerDay: number; glossaryCards: boolean }, wrong: string[]) {
  const learner = await createUser();
  await updateReviewSettings(learner, settings);
  const attempt = await openReading(learner.id);
  for (const questionId of wrong) await storeResponse(attempt.id, questionId, { score: 0 });
  await syncReviewCards(learner, start);
  return learner;
}

describe("glossary flashcards", () => {
  it("are off for a new account: only missed questions become cards", async () => {
    const learner = await db.user.create({ data: { role: "learner", displayName: "New", email: `new-${Date.now()}@example.org` } });
    expect(learner).toMatchObject({ glossaryCards: false, newCardsPerDay: 20 });
    const attempt = await openReading(learner.id);
    await storeResponse(attempt.id, "q-single", { score: 0 });
    await syncReviewCards({ id: learner.id, role: "learner", displayName: learner.displayName }, start);
    expect(await cardsOf(learner.id)).toEqual(["question:q-single"]);
  });

  it("come once opted in, and leave the queue (keeping their history) when opted out again", async () => {
    const learner = await learnerWith({ newCardsPerDay: 20, glossaryCards: true }, ["q-single"]);
    const withGlossary = (await getReviewQueue(learner, start, TZ)).items.map((item) => item.kind);
    expect(withGlossary).toContain("glossary");
    await updateReviewSettings(learner, { newCardsPerDay: 20, glossaryCards: false });
    const { items, dueToday } = await getReviewQueue(learner, start, TZ);
    expect(items.map((item) => item.kind)).toEqual(["question"]);
    expect(dueToday).toBe(1);
    expect(await db.reviewCard.count({ where: { userId: learner.id, kind: "glossary" } })).toBeGreaterThan(0);
  });
});

describe("new cards per day", () => {
  it("shows at most the day's allowance of new cards, counting the new cards already reviewed today", async () => {
    const learner = await learnerWith({ newCardsPerDay: 2, glossaryCards: false }, ["q-single", "q-tf", "q-evidence"]);
    const first = await getReviewQueue(learner, start, TZ);
    expect(first.items).toHaveLength(2);
    expect(first.dueToday).toBe(2);
    expect(await countDueToday(learner, start, TZ)).toBe(2);

    // Reviewing a new card uses one of today's two. It comes back today as a card in learning (never held back),
    // and one new card is left: the third waits for tomorrow.
    const item = first.items.find((candidate) => candidate.kind === "question" && candidate.question.id === "q-single")!;
    await submitReview(learner, item.cardId, { kind: "question", reps: item.reps, answer: asShownInReview(item, SLUG, "q-single", { optionId: "a" }) }, start, TZ);
    const later = new Date(start.getTime() + 60 * 60 * 1000);
    const after = await getReviewQueue(learner, later, TZ);
    expect(after.items.filter((candidate) => candidate.cardId !== item.cardId)).toHaveLength(1);
    expect(after.items.map((candidate) => candidate.cardId)).toContain(item.cardId);
    const newShown = after.items.find((candidate) => candidate.cardId !== item.cardId)!;

    // The next day the allowance is back.
    const nextDay = new Date(start.getTime() + 86_400_000);
    expect((await getReviewQueue(learner, nextDay, TZ)).items.filter((candidate) => candidate.reps === 0)).toHaveLength(2);
    // With no new cards allowed, only cards already learnt come.
    await updateReviewSettings(learner, { newCardsPerDay: 0, glossaryCards: false });
    expect((await getReviewQueue(learner, nextDay, TZ)).items.every((candidate) => candidate.reps > 0)).toBe(true);
    expect(newShown.reps).toBe(0);
  });

  it("takes a whole number from 0 to 200 from the form, and the glossary checkbox as on or absent", () => {
    expect(reviewSettingsSchema.parse({ newCardsPerDay: "15" })).toEqual({ newCardsPerDay: 15, glossaryCards: false });
    expect(reviewSettingsSchema.parse({ newCardsPerDay: "0", glossaryCards: "on" })).toEqual({ newCardsPerDay: 0, glossaryCards: true });
    for (const bad of ["-1", "2.5", "201", "many"]) expect(reviewSettingsSchema.safeParse({ newCardsPerDay: bad }).success).toBe(false);
  });
});
