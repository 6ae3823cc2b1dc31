/**
 * Today's review queue: the learner's cards due before the end of their day,
 * within their daily allowance of new cards, oldest due first, prepared for
 * the browser. Question cards carry the
 * question without its key, its lists in a fresh order and under fresh ids for
 * this review (the key is checked by authored id, so order never matters to grading),
 * and for "find the evidence" the chunk's sentences to choose from.
 */
import "server-only";
import { learnerCards } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { inQuestionSet } from "@/lib/assignments/question-set";
import { getChunk, getQuestions, getReading, installedSlugs, type ReadingWithVersion } from "@/lib/content/load";
import { getFullQuestion } from "@/lib/content/keys";
import { toClientQuestion, type ClientQuestion } from "@/lib/content/client";
import type { Prisma, ReviewCard } from "@/lib/generated/prisma/client";
import { livePaceOf, pacingSession } from "@/lib/live/pace";
import { readingProgress } from "@/lib/reading/progress";
import { assignmentSettings, PRACTICE_SETTINGS } from "@/lib/reading/settings";
import { chunkTextData, type ChunkTextData } from "@/lib/reading/text";
import { REVIEWABLE_TYPES } from "./cards";
import { formatInterval } from "./interval";
import { reviewPresentation } from "./option-order";
import { GRADES, previewDueDates, State, type Grade } from "./scheduler";
import { getReviewSettings } from "./settings";
import { dayKey, endOfDay } from "./time-zone";

/** Cards per session page: about ten minutes' work. */
export const SESSION_SIZE = 20;

interface ItemBase {
  cardId: string;
  /** Reviews so far: sent back with the rating, so a repeated submission is refused. */
  reps: number;
  reading: { slug: string; title: string };
}

export interface EvidenceChunk {
  id: string;
  title: string;
  text: ChunkTextData;
}

export type ReviewItem =
  | (ItemBase & {
      kind: "glossary";
      term: string;
      definition: string;
      /** The first sentence that uses the term in a part of the reading open to the learner. */
      inContext: string | null;
      /** When the card would come back for each rating ("10 minutes", "3 days"). */
      intervals: Record<Grade, string>;
    })
  | (ItemBase & {
      kind: "question";
      question: ClientQuestion;
      /** The chunk's text, to choose sentences from in "find the evidence" questions. */
      chunk: EvidenceChunk | null;
    });

/**
 * The cards the queue may show today: of installed readings, due before the
 * end of the learner's day; glossary cards only when the learner opted in;
 * and cards never reviewed ("new") only up to the day's allowance, the
 * learner's new-cards-per-day less the new cards they already reviewed
 * today (a review log records the card's state before it).
 */
async function dueWhere(learner: SessionUser, now: Date, timeZone: string): Promise<Prisma.ReviewCardWhereInput> {
  const settings = await getReviewSettings(learner);
  const today: Prisma.ReviewCardWhereInput = {
    ...learnerCards(learner),
    readingSlug: { in: await installedSlugs() },
    due: { lt: endOfDay(now, timeZone) },
    ...(settings.glossaryCards ? {} : { kind: "question" }),
  };
  const introducedToday = await db.reviewLog.count({ where: { card: learnerCards(learner), day: dayKey(now, timeZone), state: State.New } });
  const allowance = Math.max(0, settings.newCardsPerDay - introducedToday);
  const newCards =
    allowance === 0
      ? []
      : await db.reviewCard.findMany({ where: { ...today, state: State.New }, orderBy: [{ due: "asc" }, { id: "asc" }], take: allowance, select: { id: true } });
  return { ...today, OR: [{ state: { not: State.New } }, { id: { in: newCards.map((card) => card.id) } }] };
}

/** How many cards are due today (the home page's figure). */
export async function countDueToday(learner: SessionUser, now: Date, timeZone: string): Promise<number> {
  return db.reviewCard.count({ where: await dueWhere(learner, now, timeZone) });
}

export async function getReviewQueue(
  learner: SessionUser,
  now: Date,
  timeZone: string,
): Promise<{ items: ReviewItem[]; dueToday: number }> {
  const where = await dueWhere(learner, now, timeZone);
  const [cards, dueToday] = await Promise.all([
    // A few spare cards make up for any whose item has left the content.
    db.reviewCard.findMany({ where, orderBy: [{ due: "asc" }, { id: "asc" }], take: SESSION_SIZE + 10 }),
    db.reviewCard.count({ where }),
  ]);
  const glossaryReadings = [...new Set(cards.filter((card) => card.kind === "glossary").map((card) => card.readingSlug))];
  const openChunks = glossaryReadings.length > 0 ? await openChunksByReading(learner.id, glossaryReadings) : new Map<string, Set<string>>();
  // Cards review the reading's current version.
  const readings = await currentReadings(cards.map((card) => card.readingSlug));
  const items = cards
    .map((card) => toReviewItem(card, readings.get(card.readingSlug), now, openChunks.get(card.readingSlug) ?? new Set()))
    .filter((item): item is ReviewItem => item !== null)
    .slice(0, SESSION_SIZE);
  return { items, dueToday };
}

/**
 * The chunks of each reading the learner has open in any of their attempts
 * (every chunk in practice; in order, as far as they have answered, in an
 * assignment that unlocks in order; as far as the teacher has released in a
 * live lesson): a flashcard quotes its example only from these, so a card
 * never shows text of a part still locked to them.
 */
async function openChunksByReading(userId: string, readingSlugs: string[]): Promise<Map<string, Set<string>>> {
  const attempts = await db.attempt.findMany({
    where: { userId, readingSlug: { in: readingSlugs } },
    select: {
      readingSlug: true,
      contentVersion: true,
      assignment: {
        select: { feedbackMode: true, unlockInOrder: true, attemptsAllowed: true, dueAt: true, closedAt: true, questionIds: true, liveSessions: pacingSession },
      },
      responses: { where: { status: { in: ["submitted", "graded"] } }, select: { questionId: true } },
    },
  });
  const open = new Map<string, Set<string>>();
  for (const attempt of attempts) {
    const reading = await getReading(attempt.readingSlug, attempt.contentVersion);
    if (!reading) continue;
    const questions = inQuestionSet(getQuestions(reading), attempt.assignment);
    const settings = attempt.assignment ? assignmentSettings(attempt.assignment, null, livePaceOf(attempt.assignment.liveSessions)) : PRACTICE_SETTINGS;
    const answered = new Set(attempt.responses.map((response) => response.questionId));
    const chunks = open.get(attempt.readingSlug) ?? new Set<string>();
    for (const chunk of readingProgress(reading.chunks, questions, answered, settings).chunks) if (!chunk.locked) chunks.add(chunk.id);
    open.set(attempt.readingSlug, chunks);
  }
  return open;
}

async function currentReadings(slugs: string[]): Promise<Map<string, ReadingWithVersion>> {
  const readings = await Promise.all([...new Set(slugs)].map((slug) => getReading(slug)));
  return new Map(readings.flatMap((reading) => (reading ? [[reading.slug, reading] as const] : [])));
}

function toReviewItem(card: ReviewCard, reading: ReadingWithVersion | undefined, now: Date, openChunks: ReadonlySet<string>): ReviewItem | null {
  if (!reading) return null;
  const base: ItemBase = {
    cardId: card.id,
    reps: card.reps,
    reading: { slug: reading.slug, title: reading.title },
  };
  if (card.kind === "glossary") {
    const entry = reading.glossary.find((candidate) => candidate.id === card.itemId);
    if (!entry) return null;
    const forms = [entry.term, ...(entry.aliases ?? [])];
    const openParagraphs = new Set(reading.chunks.filter((chunk) => openChunks.has(chunk.id)).flatMap((chunk) => chunk.paragraphIds));
    const inContext =
      reading.paragraphs
        .filter((paragraph) => openParagraphs.has(paragraph.id))
        .flatMap((paragraph) => paragraph.sentences)
        .find((sentence) => forms.some((form) => sentence.includes(form))) ?? null;
    const dueDates = previewDueDates(card, now);
    const intervals = Object.fromEntries(GRADES.map((grade) => [grade, formatInterval(now, dueDates[grade])])) as Record<Grade, string>;
    return { ...base, kind: "glossary", term: entry.term, definition: entry.definition, inContext, intervals };
  }
  const question = getFullQuestion(reading, card.itemId);
  if (!question || !REVIEWABLE_TYPES.has(question.type)) return null;
  return {
    ...base,
    kind: "question",
    question: toClientQuestion(question, reviewPresentation(card.id, card.reps)),
    chunk: question.type === "evidence" ? evidenceChunk(reading, question.chunkId) : null,
  };
}

function evidenceChunk(reading: ReadingWithVersion, chunkId: string): EvidenceChunk | null {
  const chunk = getChunk(reading, chunkId);
  if (!chunk) return null;
  return { id: chunk.id, title: chunk.title, text: chunkTextData(chunk.paragraphs, reading.glossary, reading.contextNotes) };
}
