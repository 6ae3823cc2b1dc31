/**
 * The review endpoint at its edge: who may review which card, and what a
 * malformed request gets (nothing changed in every refused case).
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { syncReviewCards } from "@/lib/review/cards";
import { asShownInReview } from "../support/shown-answers";
import { createUser, openReading, SLUG, storeResponse, useFixtureContent } from "./support";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => ({ value: "Europe/Berlin" }) }) }));

const { POST } = await import("@/app/api/review/cards/[cardId]/reviews/route");

beforeAll(useFixtureContent);

let owner: SessionUser;
let stranger: SessionUser;
let flashcardId: string;
let questionId: string;

beforeEach(async () => {
  const [first, second] = [await createUser(), await createUser("student")];
  owner = { id: first.id, role: "learner", displayName: first.displayName };
  stranger = { id: second.id, role: "student", displayName: second.displayName };
  const attempt = await openReading(owner.id);
  await storeResponse(attempt.id, "q-single", { score: 0 });
  await syncReviewCards(owner);
  const cards = await db.reviewCard.findMany({ where: { userId: owner.id } });
  flashcardId = cards.find((card) => card.kind === "glossary")!.id;
  questionId = cards.find((card) => card.kind === "question")!.id;
  session.user = owner;
});

function post(cardId: string, body: unknown, raw?: string) {
  const request = new Request(`http://localhost/api/review/cards/${cardId}/reviews`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: raw ?? JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ cardId }) });
}

async function snapshot() {
  const cards = await db.reviewCard.findMany({ where: { userId: owner.id }, orderBy: { id: "asc" } });
  const logs = await db.reviewLog.count();
  return { cards, logs };
}

describe("POST /api/review/cards/<cardId>/reviews", () => {
  it("rates a flashcard: the card is rescheduled and the review logged on the learner's day", async () => {
    const response = await post(flashcardId, { kind: "glossary", reps: 0, rating: 3 });
    expect(response.status).toBe(200);
    const { review } = await response.json();
    expect(review).toMatchObject({ rating: 3, interval: "10 minutes" });
    const card = await db.reviewCard.findUniqueOrThrow({ where: { id: flashcardId }, include: { logs: true } });
    expect(card.reps).toBe(1);
    expect(card.logs).toHaveLength(1);
    expect(card.logs[0]!.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("grades a re-asked question on the server and returns the feedback", async () => {
    const shown = (optionId: string) => asShownInReview({ cardId: questionId, reps: 0 }, SLUG, "q-single", { optionId });
    const response = await post(questionId, { kind: "question", reps: 0, answer: shown("b"), confidence: 3 });
    expect(response.status).toBe(200);
    const { review } = await response.json();
    expect(review.rating).toBe(1);
    expect(review.result).toMatchObject({ score: 0, feedback: { correct: false, key: shown("a") } });
  });

  it("refuses anonymous callers with 401 and another learner's card with 404, changing nothing", async () => {
    const before = await snapshot();
    session.user = null;
    expect((await post(flashcardId, { kind: "glossary", reps: 0, rating: 3 })).status).toBe(401);
    session.user = stranger;
    const response = await post(flashcardId, { kind: "glossary", reps: 0, rating: 3 });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
    expect((await post(questionId, { kind: "question", reps: 0, answer: { optionId: "a" } })).status).toBe(404);
    expect((await post("no-such-card", { kind: "glossary", reps: 0, rating: 3 })).status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["malformed JSON", undefined, "{not json", undefined],
    ["a rating out of range", { kind: "glossary", reps: 0, rating: 5 }, undefined, "rating"],
    ["a rating as text", { kind: "glossary", reps: 0, rating: "good" }, undefined, "rating"],
    ["an unknown field", { kind: "glossary", reps: 0, rating: 3, due: "2030-01-01" }, undefined, undefined],
    ["no kind", { reps: 0, rating: 3 }, undefined, undefined],
  ])("answers %s with 400 and changes nothing", async (_name, body, raw, field) => {
    const before = await snapshot();
    const response = await post(flashcardId, body, raw);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid");
    expect(error.message).toEqual(expect.any(String));
    if (field) expect(Object.keys(error.fields)).toContain(field);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["an unknown option", { optionId: "z" }, "answer.optionId"],
    ["the wrong shape", { optionIds: ["a"] }, "answer"],
    ["no answer", undefined, "answer"],
  ])("answers a question with %s with 400 and field errors, changing nothing", async (_name, answer, field) => {
    const before = await snapshot();
    const response = await post(questionId, { kind: "question", reps: 0, answer });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(Object.keys(error.fields).some((key) => key.startsWith(field))).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a flashcard rating for a question card (and the reverse) with 400", async () => {
    const before = await snapshot();
    expect((await post(questionId, { kind: "glossary", reps: 0, rating: 3 })).status).toBe(400);
    expect((await post(flashcardId, { kind: "question", reps: 0, answer: { optionId: "a" } })).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it("records a repeated submission of the same showing once (409 for the repeat)", async () => {
    expect((await post(flashcardId, { kind: "glossary", reps: 0, rating: 3 })).status).toBe(200);
    const before = await snapshot();
    const repeat = await post(flashcardId, { kind: "glossary", reps: 0, rating: 1 });
    expect(repeat.status).toBe(409);
    expect(await snapshot()).toEqual(before);
  });

  it("records one of two simultaneous submissions (two devices) and refuses the other", async () => {
    const responses = await Promise.all([
      post(flashcardId, { kind: "glossary", reps: 0, rating: 3 }),
      post(flashcardId, { kind: "glossary", reps: 0, rating: 1 }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect(await db.reviewLog.count({ where: { cardId: flashcardId } })).toBe(1);
  });

  it("refuses bodies over 64 KiB with 413", async () => {
    const before = await snapshot();
    const response = await post(flashcardId, { kind: "glossary", reps: 0, rating: 3, padding: "x".repeat(70_000) });
    expect(response.status).toBe(413);
    expect(await snapshot()).toEqual(before);
  });
});
