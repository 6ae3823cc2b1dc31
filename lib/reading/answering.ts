/**
 * Answering: drafts while the student works, then one submitted answer per
 * question, graded on the server. An answer is recorded once: a repeat of
 * the same idempotency key, or a second submit of an answered question,
 * returns the stored result; the unique (attemptId, questionId) row settles
 * concurrent submits.
 */
import "server-only";
import { presentationOf } from "@/lib/content/presentation";
import type { SessionUser } from "@/lib/auth/current-user";
import { getFullQuestion } from "@/lib/content/keys";
import type { Question } from "@/lib/content/schema";
import { sentencesOf } from "@/lib/content/sentences";
import { db } from "@/lib/db/client";
import { AppError, isRecordNotFound, isUniqueViolation } from "@/lib/errors";
import { answerColumn, parseAnswer, parseDraftAnswer, type AnswerContext } from "@/lib/scoring/answers";
import { feedbackColumn } from "@/lib/scoring/feedback";
import { authoredAnswer } from "@/lib/scoring/shown-answers";
import { gradeAnswer } from "@/lib/scoring/grade";
import { maxScoreOf } from "@/lib/scoring/score";
import { recordResponseForReview } from "@/lib/review/cards";
import { recordAnswer, storeDraft } from "@/lib/tallied/answers";
import { touchAttempt } from "@/lib/tallied/attempts";
import { ReadingRuleError } from "./errors";
import { isQuestionOpen, type ReadingProgress } from "./progress";
import type { SaveDraftInput, SubmitResponseInput } from "./requests";
import { ANSWERED_STATUSES, progressOf, progressWith, readerOfAttempt, readerQuestions, type ReaderWithAttempt } from "./reader";
import { ARCHIVED_MESSAGE, isClosed, isFeedbackReleased } from "./settings";
import { inShownIds, RESPONSE_VIEW_INCLUDE, toResponseView, type ResponseView, type ResponseViewRow } from "./views";

export type SubmitResult = { response: ResponseView; created: boolean };

export async function submitResponse(user: SessionUser, attemptId: string, input: SubmitResponseInput, now = new Date()): Promise<SubmitResult> {
  const reader = await readerOfAttempt(user, attemptId);
  const stored = (row: ResponseViewRow): SubmitResult => ({ response: viewFor(reader, row), created: false });

  // One read finds both a replay of this key and an earlier answer to the question.
  const earlier = await db.response.findMany({
    where: { OR: [{ idempotencyKey: input.idempotencyKey }, { attemptId, questionId: input.questionId }] },
    include: RESPONSE_VIEW_INCLUDE,
  });
  const replay = earlier.find((row) => row.idempotencyKey === input.idempotencyKey);
  if (replay) {
    if (replay.attemptId !== attemptId || replay.questionId !== input.questionId) {
      throw new AppError("conflict", "This submission key was already used for another answer.");
    }
    return stored(replay);
  }

  const question = questionOf(reader, input.questionId);
  const existing = earlier.find((row) => row.attemptId === attemptId && row.questionId === question.id);
  if (existing && existing.status !== "draft") return stored(existing);

  assertWritable(reader, now);
  await assertOpen(reader, question);
  const parsed = parseAnswer(question, authoredAnswer(question, presentationOf(reader.attempt), input.answer), answerContext(reader, question));
  if (!parsed.ok) throw new AppError("invalid", "This answer does not fit the question.", parsed.fields);

  const graded = gradeAnswer(question, parsed.answer);
  const data = {
    answer: answerColumn.write(parsed.answer),
    status: graded.status,
    score: graded.score,
    maxScore: graded.maxScore,
    feedback: feedbackColumn.write(graded.feedback),
    confidence: input.confidence ?? null,
    idempotencyKey: input.idempotencyKey,
    contentVersion: reader.reading.version,
    chunkId: question.chunkId,
    submittedAt: now,
  };

  let result: SubmitResult;
  try {
    // The answer, the attempt's place and totals, and the class tallies change together or not at all.
    result = await db.$transaction(async (tx) => {
      const row = await recordAnswer(tx, reader, question.id, existing?.id, data, now);
      if (!row) throw new ReadingRuleError("submitted", "This attempt is already submitted.");
      // A new answer has no teacher's grade yet: no query for it on the answer path.
      return { response: viewFor(reader, { ...row, grade: null }), created: true };
    });
  } catch (error) {
    // A concurrent submit of the same question (or the same key) got there first: a unique key, or the draft already gone.
    if (!isUniqueViolation(error) && !isRecordNotFound(error)) throw error;
    const winner = await db.response.findUnique({ where: { attemptId_questionId: { attemptId, questionId: question.id } }, include: RESPONSE_VIEW_INCLUDE });
    if (!winner || winner.status === "draft") throw error;
    return stored(winner);
  }

  // A teacher's preview makes no review cards.
  if (result.created && reader.access.kind !== "preview") {
    await recordResponseForReview({ attemptId, questionId: question.id, status: graded.status, score: graded.score, maxScore: graded.maxScore, confidence: data.confidence }, now);
  }
  return result;
}

export type DraftResult = { questionId: string; savedAt: string };

export async function saveDraft(
  user: SessionUser,
  attemptId: string,
  questionId: string,
  input: SaveDraftInput,
  now = new Date(),
): Promise<DraftResult> {
  const reader = await readerOfAttempt(user, attemptId);
  const question = questionOf(reader, questionId);
  assertWritable(reader, now);
  await assertOpen(reader, question);
  const parsed = parseDraftAnswer(question, authoredAnswer(question, presentationOf(reader.attempt), input.answer), answerContext(reader, question));
  if (!parsed.ok) throw new AppError("invalid", "This draft does not fit the question.", parsed.fields);

  const data = {
    answer: answerColumn.write(parsed.answer),
    confidence: input.confidence ?? null,
    contentVersion: reader.reading.version,
  };
  const kept = await storeDraft(attemptId, questionId, data, { chunkId: question.chunkId, maxScore: maxScoreOf(question) });
  if (!kept) throw new ReadingRuleError("submitted", "This question is already answered, so the draft was not kept.");
  await touchAttempt(reader, question.chunkId, now, { submitted: false });
  return { questionId, savedAt: now.toISOString() };
}

/** Every stored response of the reader's attempt, as the student may see it. */
export async function responsesOf(reader: ReaderWithAttempt): Promise<ResponseView[]> {
  return (await progressAndResponsesOf(reader)).responses;
}

/** The attempt's progress and its responses as the student may see them, from one read (a reading page needs both). */
export async function progressAndResponsesOf(reader: ReaderWithAttempt): Promise<{ progress: ReadingProgress; responses: ResponseView[] }> {
  const rows = await db.response.findMany({ where: { attemptId: reader.attempt.id }, include: RESPONSE_VIEW_INCLUDE });
  const answered = new Set(rows.filter((row) => ANSWERED_STATUSES.includes(row.status)).map((row) => row.questionId));
  return { progress: progressWith(reader, answered), responses: rows.map((row) => viewFor(reader, row)) };
}

/** A stored response as the student sees it: released parts only, in the attempt's shown ids. */
function viewFor(reader: ReaderWithAttempt, row: ResponseViewRow): ResponseView {
  const view = toResponseView(row, isFeedbackReleased(reader.settings, reader.attempt));
  const question = getFullQuestion(reader.reading, row.questionId);
  return question ? inShownIds(view, question, presentationOf(reader.attempt)) : view;
}

function questionOf(reader: ReaderWithAttempt, questionId: string): Question {
  // Only the assignment's set may be answered.
  const question = readerQuestions(reader).find((candidate) => candidate.id === questionId);
  if (!question) throw new AppError("invalid", "There is no such question in this reading.", { questionId: ["is not a question of this reading"] });
  return question;
}

function assertWritable(reader: ReaderWithAttempt, now: Date): void {
  if (reader.settings.archived) throw new ReadingRuleError("archived", ARCHIVED_MESSAGE);
  if (isClosed(reader.settings, now)) throw new ReadingRuleError("closed", "This assignment is closed: you can read your answers, not change them.");
  if (reader.attempt.submittedAt) throw new ReadingRuleError("submitted", "This attempt is already submitted.");
}

async function assertOpen(reader: ReaderWithAttempt, question: Question): Promise<void> {
  // With every chunk open there is nothing to look up.
  if (!reader.settings.unlockInOrder && !reader.settings.livePace?.active) return;
  if (!isQuestionOpen(await progressOf(reader), question)) {
    throw new ReadingRuleError(
      "locked",
      reader.settings.livePace?.active
        ? "This part of the reading opens when your teacher releases it."
        : "This part of the reading opens once you have answered the questions before it.",
    );
  }
}

function answerContext(reader: ReaderWithAttempt, question: Question): AnswerContext {
  const chunk = reader.reading.chunks.find((c) => c.id === question.chunkId);
  const paragraphs = reader.reading.paragraphs.filter((p) => chunk?.paragraphIds.includes(p.id));
  return { chunkSentenceIds: paragraphs.flatMap(sentencesOf).map((s) => s.id) };
}
