/**
 * Which review cards a learner has, and making the missing ones. A question
 * becomes a card when the learner got it wrong (score below its maximum) or
 * marked a right answer as a guess, once its feedback has been released to
 * them; when the learner opted in (lib/review/settings.ts), every glossary
 * term of a reading they have opened (any attempt) becomes a flashcard.
 * Written answers need a teacher, so they never become cards. Cards are
 * only ever added: a card keeps its history.
 */
import "server-only";
import { inQuestionSet } from "@/lib/assignments/question-set";
import { ownAttempts } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getReading } from "@/lib/content/load";
import { getFullQuestion } from "@/lib/content/keys";
import type { Question, QuestionType } from "@/lib/content/schema";
import type { Attempt, Assignment, Response, ReviewCardKind } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { assignmentSettings, isFeedbackReleased, PRACTICE_SETTINGS } from "@/lib/reading/settings";
import { newCardSchedule } from "./scheduler";
import { getReviewSettings } from "./settings";

export type CardKind = ReviewCardKind;

/** Question types re-asked and graded automatically in review. */
export const REVIEWABLE_TYPES: ReadonlySet<QuestionType> = new Set([
  "single_choice",
  "multiple_select",
  "true_false",
  "ordering",
  "matching",
  "evidence",
]);

export interface CardKey {
  readingSlug: string;
  kind: CardKind;
  itemId: string;
}

type StoredResponse = Pick<Response, "questionId" | "status" | "score" | "maxScore" | "confidence">;
type ResponseAttempt = Pick<Attempt, "readingSlug" | "submittedAt"> & {
  assignment: Pick<Assignment, "feedbackMode" | "unlockInOrder" | "attemptsAllowed" | "dueAt" | "closedAt" | "questionIds"> | null;
};

function feedbackReleased(attempt: ResponseAttempt): boolean {
  return isFeedbackReleased(attempt.assignment ? assignmentSettings(attempt.assignment) : PRACTICE_SETTINGS, attempt);
}

/** The rule: an objective question answered wrong, in part, or right by a guess, with its feedback released. */
/** The answer's own part of the rule: answered and scored, and wrong or a guess. */
function answerNeedsReview(response: StoredResponse): boolean {
  if (!["submitted", "graded"].includes(response.status) || response.score === null) return false;
  return response.score < response.maxScore || response.confidence === 1;
}

export function responseNeedsReview(response: StoredResponse, attempt: ResponseAttempt, question: Question | undefined): boolean {
  if (!question || !REVIEWABLE_TYPES.has(question.type)) return false;
  // A question outside the assignment's set was never given: no card from it.
  if (inQuestionSet([question], attempt.assignment).length === 0) return false;
  return answerNeedsReview(response) && feedbackReleased(attempt);
}

const attemptFields = {
  readingSlug: true,
  contentVersion: true,
  submittedAt: true,
  assignment: { select: { feedbackMode: true, unlockInOrder: true, attemptsAllowed: true, dueAt: true, closedAt: true, questionIds: true } },
} as const;

/**
 * Creates the cards a learner should have and does not yet: from every
 * answered question and every reading opened. Idempotent; safe to run on
 * each visit to the review pages.
 */
export async function syncReviewCards(learner: SessionUser, now: Date = new Date()): Promise<number> {
  const [settings, attempts, responses] = await Promise.all([
    getReviewSettings(learner),
    db.attempt.findMany({ where: ownAttempts(learner), distinct: ["readingSlug"], select: { readingSlug: true } }),
    db.response.findMany({
      where: { attempt: ownAttempts(learner), status: { in: ["submitted", "graded"] }, score: { not: null } },
      select: { questionId: true, status: true, score: true, maxScore: true, confidence: true, attempt: { select: attemptFields } },
    }),
  ]);
  const wanted: CardKey[] = [];
  for (const { readingSlug } of settings.glossaryCards ? attempts : []) {
    for (const entry of (await getReading(readingSlug))?.glossary ?? []) wanted.push({ readingSlug, kind: "glossary", itemId: entry.id });
  }
  for (const response of responses) {
    if (responseNeedsReview(response, response.attempt, await questionAnswered(response.attempt, response.questionId))) {
      wanted.push({ readingSlug: response.attempt.readingSlug, kind: "question", itemId: response.questionId });
    }
  }
  return createMissingCards(learner.id, wanted, now);
}

/** The question as the attempt's version has it. */
async function questionAnswered(attempt: { readingSlug: string; contentVersion: string }, questionId: string) {
  const reading = await getReading(attempt.readingSlug, attempt.contentVersion);
  return reading && getFullQuestion(reading, questionId);
}

/**
 * Call after storing a response (or a teacher's grade): makes its question a
 * review card at once when the rule says so. Returns whether a card was made.
 */
export async function recordResponseForReview(
  response: StoredResponse & Pick<Response, "attemptId">,
  now: Date = new Date(),
): Promise<boolean> {
  // Most answers are right: they need no look at the attempt.
  if (!answerNeedsReview(response)) return false;
  const attempt = await db.attempt.findUnique({ where: { id: response.attemptId }, select: { userId: true, ...attemptFields } });
  if (!attempt || !responseNeedsReview(response, attempt, await questionAnswered(attempt, response.questionId))) return false;
  const created = await createMissingCards(
    attempt.userId,
    [{ readingSlug: attempt.readingSlug, kind: "question", itemId: response.questionId }],
    now,
  );
  return created > 0;
}

const keyOf = (card: CardKey) => `${card.readingSlug}\u0000${card.kind}\u0000${card.itemId}`;

async function createMissingCards(userId: string, wanted: CardKey[], now: Date): Promise<number> {
  if (wanted.length === 0) return 0;
  const existing = await db.reviewCard.findMany({
    where: { userId, readingSlug: { in: [...new Set(wanted.map((card) => card.readingSlug))] } },
    select: { readingSlug: true, kind: true, itemId: true },
  });
  const have = new Set(existing.map((card) => keyOf(card)));
  const missing = [...new Map(wanted.filter((card) => !have.has(keyOf(card))).map((card) => [keyOf(card), card])).values()];
  if (missing.length === 0) return 0;
  const schedule = newCardSchedule(now);
  const rows = missing.map((card) => ({ userId, ...card, ...schedule, createdAt: now }));
  try {
    return (await db.reviewCard.createMany({ data: rows })).count;
  } catch (error) {
    // A concurrent sync made some of them first: add the rest one by one.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    let created = 0;
    for (const row of rows) {
      created += await db.reviewCard.create({ data: row }).then(
        () => 1,
        (rowError: unknown) => {
          if (rowError instanceof Prisma.PrismaClientKnownRequestError && rowError.code === "P2002") return 0;
          throw rowError;
        },
      );
    }
    return created;
  }
}
