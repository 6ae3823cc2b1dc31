/**
 * An attempt's life after answering: submitting the whole reading (which
 * releases feedback in after_submit mode), starting again while attempts
 * remain, visible time on a chunk, and the state a browser resumes from.
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { getReading } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { deliverScoresSoon } from "@/lib/lti/score-outbox";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Attempt } from "@/lib/generated/prisma/client";
import { syncReviewCards } from "@/lib/review/cards";
import { startNextAttempt, markAttemptSubmitted, touchAttempt } from "@/lib/tallied/attempts";
import { responsesOf } from "./answering";
import { ReadingRuleError } from "./errors";
import { newAttempt, progressOf, readerOfAttempt, type ReaderWithAttempt } from "./reader";
import type { VisibleTimeInput } from "./requests";
import { ARCHIVED_MESSAGE, canStartAgain, isClosed, isFeedbackReleased, isLate } from "./settings";
import type { ResponseView } from "./views";

export type AttemptSummary = { id: string; number: number; submittedAt: string | null; late: boolean };

export function summaryOf(attempt: Attempt): AttemptSummary {
  return { id: attempt.id, number: attempt.number, submittedAt: attempt.submittedAt?.toISOString() ?? null, late: attempt.late };
}

/** Submits the whole reading; submitting again changes nothing. */
export async function submitAttempt(user: SessionUser, attemptId: string, now = new Date()): Promise<{ attempt: AttemptSummary; resultsPath: string }> {
  const reader = await readerOfAttempt(user, attemptId);
  const resultsPath = `${reader.basePath}/results`;
  if (reader.attempt.submittedAt) return { attempt: summaryOf(reader.attempt), resultsPath };
  if (reader.settings.archived) throw new ReadingRuleError("archived", ARCHIVED_MESSAGE);
  if (isClosed(reader.settings, now)) throw new ReadingRuleError("closed", "This assignment is closed: it can no longer be submitted.");
  const scoreQueued = await markAttemptSubmitted(attemptId, now, isLate(reader.settings, now));
  if (scoreQueued) deliverScoresSoon();
  // Feedback may have been released just now: wrong answers become review cards.
  await syncReviewCards(user, now);
  return { attempt: summaryOf(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })), resultsPath };
}

/**
 * Starts the next attempt. An assignment allows it once the current attempt
 * is submitted and attempts remain; practice always does (the unfinished
 * pass is submitted as it stands, so only the newest attempt takes answers).
 */
export async function startAgain(user: SessionUser, attemptId: string, now = new Date()): Promise<{ attempt: AttemptSummary; startPath: string }> {
  const reader = await readerOfAttempt(user, attemptId);
  const latest = await db.attempt.findFirst({
    where: { userId: user.id, readingSlug: reader.reading.slug, assignmentId: reader.attempt.assignmentId, previewOfAssignmentId: reader.attempt.previewOfAssignmentId },
    orderBy: { number: "desc" },
  });
  if (reader.settings.archived) throw new ReadingRuleError("archived", ARCHIVED_MESSAGE);
  // A repeat of a "Start again" that already succeeded (double click, second tab, resend) gets the attempt it made.
  if (latest?.previousAttemptId === attemptId) return { attempt: summaryOf(latest), startPath: reader.basePath };
  if (!latest || latest.id !== attemptId || !canStartAgain(reader.settings, reader.attempt, now)) {
    throw new ReadingRuleError("no_attempts_left", "You cannot start this reading again.");
  }
  // The new attempt is given the reading's current version; the old one keeps its own.
  const current = (await getReading(reader.reading.slug)) ?? reader.reading;
  let next: Attempt;
  try {
    next = await startNextAttempt(reader.attempt, now, newAttempt({ ...reader, reading: current }, reader.attempt.number + 1));
  } catch (error) {
    // A concurrent "Start again" made the next attempt first (the whole transaction rolled back): that one is the answer.
    if (!isUniqueViolation(error)) throw error;
    next = await db.attempt.findUniqueOrThrow({ where: { previousAttemptId: attemptId } });
  }
  return { attempt: summaryOf(next), startPath: reader.basePath };
}

/** Records visible time on a chunk (the page reports it in slices when hidden or left). */
export async function recordVisibleTime(user: SessionUser, attemptId: string, input: VisibleTimeInput, now = new Date()): Promise<void> {
  const reader = await readerOfAttempt(user, attemptId);
  const chunk = (await progressOf(reader)).chunks.find((c) => c.id === input.chunkId);
  if (!chunk) throw new AppError("invalid", "There is no such chunk in this reading.", { chunkId: ["is not a chunk of this reading"] });
  if (chunk.locked) throw new ReadingRuleError("locked", "This part of the reading is not open yet.");
  // The event and the attempt's running total (what the dashboards read) are written together.
  await db.$transaction(async (tx) => {
    await tx.readingEvent.create({
      data: { userId: user.id, attemptId, readingSlug: reader.reading.slug, chunkId: chunk.id, visibleMs: input.visibleMs, occurredAt: now },
    });
    await touchAttempt(reader, chunk.id, now, { submitted: false, visibleMs: input.visibleMs }, tx);
  });
}

/** A reload of the same chunk within this long changes nothing the live view shows. */
const POSITION_FRESH_MS = 60_000;

/** A chunk was opened: the teacher's live view shows the student there from now, not only after their next answer. */
export async function recordChunkOpened(reader: ReaderWithAttempt, chunkId: string, now = new Date()): Promise<void> {
  const { currentChunkId, lastActiveAt } = reader.attempt;
  if (currentChunkId === chunkId && now.getTime() - lastActiveAt.getTime() < POSITION_FRESH_MS) return;
  await touchAttempt(reader, chunkId, now, { submitted: false });
}

export type AttemptState = { attempt: AttemptSummary; feedbackReleased: boolean; responses: ResponseView[] };

/** Everything a browser needs to resume an attempt on another device. */
export async function getAttemptState(user: SessionUser, attemptId: string): Promise<AttemptState> {
  const reader = await readerOfAttempt(user, attemptId);
  return {
    attempt: summaryOf(reader.attempt),
    feedbackReleased: isFeedbackReleased(reader.settings, reader.attempt),
    responses: await responsesOf(reader),
  };
}
