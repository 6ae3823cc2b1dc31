import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { syncReviewCards } from "@/lib/review/cards";
import { getReviewQueue, type ReviewItem } from "@/lib/review/queue";
import { submitReview } from "@/lib/review/review";
import { Rating } from "@/lib/review/scheduler";
import type { Answer } from "@/lib/scoring/answers";
import { asShownInReview } from "../support/shown-answers";
import { createUser, openReading, SLUG, storeResponse, useFixtureContent } from "./support";

beforeAll(useFixtureContent);

const TZ = "UTC";
const DAY = 24 * 60 * 60 * 1000;
const start = new Date("2026-03-02T09:00:00Z");

async function learnerWithWrongAnswers(questionIds: string[]) {
  const learner = await createUser();
  const attempt = await openReading(learner.id);
  for (const questionId of questionIds) await storeResponse(attempt.id, questionId, { score: 0 });
  await syncReviewCards(learner, start);
  return learner;
}

function questionItem(items: ReviewItem[], questionId: string) {
  const item = items.find((candidate) => candidate.kind === "question" && candidate.question.id === questionId);
  if (!item || item.kind !== "question") throw new Error(`no card for ${questionId}`);
  return item;
}

describe("today's review queue", () => {
  it("shows each card's item without any key, feedback or explanation", async () => {
    const learner = await learnerWithWrongAnswers(["q-single", "q-tf", "q-evidence"]);
    const { items, dueToday } = await getReviewQueue(learner, start, TZ);
    expect(dueToday).toBe(5);
    expect(items).toHaveLength(5);
    const payload = JSON.stringify(items);
    for (const secret of ["answer", "feedback", "explanation", "cites", "Right: p01.", "trueFeedback", "acceptable"]) {
      expect(payload).not.toContain(secret);
    }
    const evidence = questionItem(items, "q-evidence");
    expect(evidence.chunk?.text.paragraphs.map((paragraph) => paragraph.id)).toEqual(["p01", "p02"]);
    expect(questionItem(items, "q-single").chunk).toBeNull();
    const flashcard = items.find((item) => item.kind === "glossary" && item.term === "wicks");
    expect(flashcard).toMatchObject({ definition: expect.any(String), inContext: "Keepers trimmed the wicks every night." });
  });

  it("re-asks a question with a fresh option order each review, and the key still grades right", async () => {
    const learner = await learnerWithWrongAnswers(["q-single"]);
    const orders: string[] = [];
    let at = start;
    for (let review = 0; review < 4; review += 1) {
      const item = questionItem((await getReviewQueue(learner, at, TZ)).items, "q-single");
      if (item.question.type !== "single_choice") throw new Error("expected a single-choice question");
      const authored = Object.fromEntries(["a", "b", "c", "d"].map((id) => [(asShownInReview(item, SLUG, "q-single", { optionId: id }) as { optionId: string }).optionId, id]));
      orders.push(item.question.options.map((option) => authored[option.id]).join(""));
      const key = asShownInReview(item, SLUG, "q-single", { optionId: "a" });
      const outcome = await submitReview(learner, item.cardId, { kind: "question", reps: item.reps, answer: key }, at, TZ);
      expect(outcome.result).toMatchObject({
        score: 1,
        maxScore: 1,
        feedback: { correct: true, key },
        paragraphLinks: { p01: "/practice/lighthouse-keepers/c1#p01" },
      });
      expect(outcome.rating).toBe(Rating.Good);
      at = outcome.due;
    }
    for (let i = 1; i < orders.length; i += 1) expect(orders[i]).not.toBe(orders[i - 1]);
    expect(orders.every((order) => [...order].sort().join("") === "abcd")).toBe(true);
  });

  it("never shows an ordering question in its answer order", async () => {
    const learner = await learnerWithWrongAnswers(["q-order"]);
    let at = start;
    for (let review = 0; review < 5; review += 1) {
      const item = questionItem((await getReviewQueue(learner, at, TZ)).items, "q-order");
      if (item.question.type !== "ordering") throw new Error("expected an ordering question");
      const key = asShownInReview(item, SLUG, "q-order", { itemIds: ["e1", "e2", "e3"] });
      expect({ itemIds: item.question.items.map((entry) => entry.id) }).not.toEqual(key);
      at = (await submitReview(learner, item.cardId, { kind: "question", reps: item.reps, answer: key }, at, TZ)).due;
    }
  });

  it("rates re-asked answers by score and confidence: wrong → Again, partial → Hard, right and sure → Easy", async () => {
    const learner = await learnerWithWrongAnswers(["q-multi", "q-tf", "q-match"]);
    const { items } = await getReviewQueue(learner, start, TZ);
    const review = (questionId: string, answer: Answer, confidence?: 1 | 2 | 3) => {
      const item = questionItem(items, questionId);
      return submitReview(learner, item.cardId, { kind: "question", reps: item.reps, answer: asShownInReview(item, SLUG, questionId, answer), confidence }, start, TZ);
    };
    expect((await review("q-multi", { optionIds: ["c"] })).rating).toBe(Rating.Again);
    expect((await review("q-tf", { value: false, whyOptionId: "w2" })).rating).toBe(Rating.Hard);
    expect((await review("q-match", { pairs: { l1: "r1", l2: "r2" } }, 3)).rating).toBe(Rating.Easy);
    const logs = await db.reviewLog.findMany({ where: { card: { userId: learner.id } }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((log) => [log.rating, log.score])).toEqual(
      expect.arrayContaining([
        [Rating.Again, 0],
        [Rating.Hard, 0.5],
        [Rating.Easy, 1],
      ]),
    );
  });

  it("leaves out cards not due today, and cards of other learners", async () => {
    const learner = await learnerWithWrongAnswers(["q-single"]);
    const other = await learnerWithWrongAnswers(["q-multi"]);
    const { items } = await getReviewQueue(learner, start, TZ);
    for (const item of items) {
      await submitReview(
        learner,
        item.cardId,
        item.kind === "glossary" ? { kind: "glossary", reps: item.reps, rating: Rating.Easy } : { kind: "question", reps: item.reps, answer: asShownInReview(item, SLUG, item.question.id, { optionId: "a" }), confidence: 3 },
        start,
        TZ,
      );
    }
    expect((await getReviewQueue(learner, start, TZ)).items).toEqual([]);
    expect((await getReviewQueue(learner, new Date(start.getTime() + 60 * DAY), TZ)).dueToday).toBe(3);
    const otherCards = (await getReviewQueue(other, start, TZ)).items.map((item) => item.cardId);
    const mine = await db.reviewCard.findMany({ where: { userId: learner.id }, select: { id: true } });
    expect(otherCards.some((id) => mine.some((card) => card.id === id))).toBe(false);
  });
});
