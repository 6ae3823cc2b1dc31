import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordResponseForReview, syncReviewCards } from "@/lib/review/cards";
import { cardsOf, createUser, openReading, storeResponse, useFixtureContent } from "./support";

beforeAll(useFixtureContent);

const now = new Date("2026-03-02T09:00:00Z");
const GLOSSARY = ["glossary:automation", "glossary:wick"];

describe("which answers and readings become review cards", () => {
  it("makes flashcards of every glossary term of a reading the learner has opened, and nothing before", async () => {
    const learner = await createUser();
    expect(await syncReviewCards(learner, now)).toBe(0);
    expect(await cardsOf(learner.id)).toEqual([]);
    await openReading(learner.id);
    expect(await syncReviewCards(learner, now)).toBe(2);
    expect(await cardsOf(learner.id)).toEqual(GLOSSARY);
  });

  it("makes cards of wrong, partial and unsure answers, not of right and sure ones or written answers", async () => {
    const learner = await createUser();
    const attempt = await openReading(learner.id);
    await storeResponse(attempt.id, "q-single", { score: 0 });
    await storeResponse(attempt.id, "q-multi", { score: 0.5 });
    await storeResponse(attempt.id, "q-tf", { score: 1, confidence: 1 });
    await storeResponse(attempt.id, "q-order", { score: 1, confidence: 3 });
    await storeResponse(attempt.id, "q-match", { score: 1, confidence: 2 });
    await storeResponse(attempt.id, "q-evidence", { score: 1 });
    await storeResponse(attempt.id, "q-short", { score: 0, maxScore: 2, status: "graded" });
    await syncReviewCards(learner, now);
    expect(await cardsOf(learner.id)).toEqual([...GLOSSARY, "question:q-multi", "question:q-single", "question:q-tf"]);
  });

  it("makes a card when any attempt went wrong, once", async () => {
    const learner = await createUser();
    const first = await openReading(learner.id);
    const second = await openReading(learner.id);
    await storeResponse(first.id, "q-single", { score: 1, confidence: 3 });
    await storeResponse(second.id, "q-single", { score: 0 });
    await storeResponse(first.id, "q-evidence", { score: 0 });
    await storeResponse(second.id, "q-evidence", { score: 0 });
    await syncReviewCards(learner, now);
    await syncReviewCards(learner, now);
    expect(await cardsOf(learner.id)).toEqual([...GLOSSARY, "question:q-evidence", "question:q-single"]);
  });

  it("ignores drafts and answers still awaiting a score", async () => {
    const learner = await createUser();
    const attempt = await openReading(learner.id);
    await storeResponse(attempt.id, "q-single", { score: null, status: "draft" });
    await storeResponse(attempt.id, "q-multi", { score: 0, status: "draft" });
    await syncReviewCards(learner, now);
    expect(await cardsOf(learner.id)).toEqual(GLOSSARY);
  });

  it("waits for feedback to be released before an after_submit assignment's answers become cards", async () => {
    const student = await createUser("student");
    const attempt = await openReading(student.id, { feedbackMode: "after_submit" });
    await storeResponse(attempt.id, "q-single", { score: 0 });
    await syncReviewCards(student, now);
    expect(await cardsOf(student.id)).toEqual(GLOSSARY);
    await db.attempt.update({ where: { id: attempt.id }, data: { submittedAt: now } });
    await syncReviewCards(student, now);
    expect(await cardsOf(student.id)).toEqual([...GLOSSARY, "question:q-single"]);
  });

  it("makes new cards due at once, in the new state", async () => {
    const learner = await createUser();
    await openReading(learner.id);
    await syncReviewCards(learner, now);
    const cards = await db.reviewCard.findMany({ where: { userId: learner.id } });
    expect(cards.every((card) => card.due.getTime() === now.getTime() && card.state === 0 && card.reps === 0)).toBe(true);
  });

  it("records a stored response at once through recordResponseForReview", async () => {
    const student = await createUser("student");
    const attempt = await openReading(student.id, { feedbackMode: "immediate" });
    const wrong = await storeResponse(attempt.id, "q-order", { score: 0.33 });
    const right = await storeResponse(attempt.id, "q-match", { score: 1, confidence: 3 });
    const written = await storeResponse(attempt.id, "q-short", { score: 0, maxScore: 2, status: "graded" });
    expect(await recordResponseForReview(wrong, now)).toBe(true);
    expect(await recordResponseForReview(wrong, now)).toBe(false);
    expect(await recordResponseForReview(right, now)).toBe(false);
    expect(await recordResponseForReview(written, now)).toBe(false);
    expect(await cardsOf(student.id)).toEqual(["question:q-order"]);
  });

  it("keeps each learner's cards their own", async () => {
    const [first, second] = [await createUser(), await createUser("student")];
    const attempt = await openReading(first.id);
    await storeResponse(attempt.id, "q-single", { score: 0 });
    await syncReviewCards(first, now);
    await syncReviewCards(second, now);
    expect(await cardsOf(second.id)).toEqual([]);
  });
});
