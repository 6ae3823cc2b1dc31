/**
 * Reviewing one card: a flashcard rated by the learner, or a question
 * re-asked and graded by the server (lib/scoring), its rating following from
 * the score and the learner's confidence (./rating.ts). The card's next due
 * date comes from the scheduler; each review is logged. Only the card's
 * owner can review it, and only once per showing (see `reps`).
 */
import "server-only";
import { learnerCards, ownAttempts } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getChunk, getReading } from "@/lib/content/load";
import { getFullQuestion } from "@/lib/content/keys";
import { sentencesOf } from "@/lib/content/sentences";
import { parseAnswer } from "@/lib/scoring/answers";
import { gradeAnswer } from "@/lib/scoring/grade";
import type { Feedback } from "@/lib/scoring/feedback";
import { authoredAnswer, shownFeedback } from "@/lib/scoring/shown-answers";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/forms/schemas";
import { paragraphLinks } from "@/lib/reading/links";
import { REVIEWABLE_TYPES } from "./cards";
import { formatInterval } from "./interval";
import { reviewPresentation } from "./option-order";
import { ratingForAnswer } from "./rating";
import { scheduleReview, type Grade } from "./scheduler";
import type { ReviewSubmission } from "./schemas";
import { dayKey } from "./time-zone";

export interface ReviewOutcome {
  rating: Grade;
  /** When the card is due again, and how long that is from now ("3 days"). */
  due: Date;
  interval: string;
  /** For a re-asked question: the grade and feedback, as after answering in a reading. */
  result?: {
    score: number;
    maxScore: number;
    feedback: Feedback;
    /** "Show me in the text" for each cited paragraph: its chunk in the learner's own reading of it. */
    paragraphLinks: Record<string, string>;
  };
}

const NOT_FOUND = "This review card does not exist, or is not yours.";

export async function submitReview(
  learner: SessionUser,
  cardId: string,
  submission: ReviewSubmission,
  now: Date,
  timeZone: string,
): Promise<ReviewOutcome> {
  // A malformed id (from the URL) is unknown like any other, and never reaches the database.
  const card = idSchema.safeParse(cardId).success ? await db.reviewCard.findFirst({ where: { id: cardId, ...learnerCards(learner) } }) : null;
  if (!card) throw new AppError("not_found", NOT_FOUND);
  if (card.kind !== submission.kind) {
    throw new AppError("invalid", "This card takes a different kind of review.", {
      kind: [`This card is a ${card.kind === "glossary" ? "flashcard" : "question"}.`],
    });
  }
  if (card.reps !== submission.reps) throw new AppError("conflict", "This card has already been reviewed.");

  let rating: Grade;
  let result: ReviewOutcome["result"];
  if (submission.kind === "glossary") {
    rating = submission.rating;
  } else {
    const reading = await getReading(card.readingSlug);
    const question = reading && getFullQuestion(reading, card.itemId);
    if (!question || !REVIEWABLE_TYPES.has(question.type)) throw new AppError("not_found", "This question is no longer in the reading.");
    const chunk = getChunk(reading, question.chunkId);
    const chunkSentenceIds = chunk?.paragraphs.flatMap((paragraph) => sentencesOf(paragraph).map((sentence) => sentence.id)) ?? [];
    const shown = reviewPresentation(card.id, card.reps);
    const parsed = parseAnswer(question, authoredAnswer(question, shown, submission.answer), { chunkSentenceIds });
    if (!parsed.ok) throw new AppError("invalid", "That answer does not fit this question.", parsed.fields);
    const graded = gradeAnswer(question, parsed.answer);
    const score = graded.score ?? 0;
    rating = ratingForAnswer({ score, maxScore: graded.maxScore, confidence: submission.confidence });
    result = {
      score,
      maxScore: graded.maxScore,
      feedback: shownFeedback(question, shown, graded.feedback),
      paragraphLinks: await citedParagraphLinks(learner, card.readingSlug, graded.feedback.cites),
    };
  }

  const { card: next, log } = scheduleReview(card, rating, now);
  await db.$transaction(async (tx) => {
    // Only the state this review was given against may change: a concurrent review of the same showing loses.
    const updated = await tx.reviewCard.updateMany({ where: { id: card.id, ...learnerCards(learner), reps: card.reps }, data: next });
    if (updated.count !== 1) throw new AppError("conflict", "This card has already been reviewed.");
    await tx.reviewLog.create({
      data: {
        cardId: card.id,
        ...log,
        day: dayKey(now, timeZone),
        score: result ? result.score / result.maxScore : null,
      },
    });
  });
  return { rating, due: next.due, interval: formatInterval(now, next.due), result };
}

/**
 * Where each cited paragraph can be read again: its chunk, under the
 * learner's latest assignment of the reading, or in practice.
 */
async function citedParagraphLinks(learner: SessionUser, readingSlug: string, paragraphIds: string[]): Promise<Record<string, string>> {
  const reading = await getReading(readingSlug);
  if (!reading || paragraphIds.length === 0) return {};
  const attempt = await db.attempt.findFirst({
    where: { ...ownAttempts(learner), readingSlug, assignmentId: { not: null } },
    orderBy: { startedAt: "desc" },
    select: { assignmentId: true },
  });
  const links = paragraphLinks(attempt?.assignmentId ? `/read/${attempt.assignmentId}` : `/practice/${readingSlug}`, reading.chunks);
  return Object.fromEntries(paragraphIds.filter((id) => links[id]).map((id) => [id, links[id]!]));
}
