/**
 * Answering: drafts while the student works, then one submitted answer per
 * question, graded on the server. An answer is recorded once: a repeat of
 * the same idempotency key, or a second submit of an answered question,
 * returns the stored result; the unique (attemptId, questionId) row settles
 * concurrent submits.
 */
import "server-only";
import { presentationOf } from "@/lib/content/presentation";
import type { SessionUser } from "@/lib/auth/session";
import { getFullQuestion } from "@/lib/content/keys";
import type { Question } from "@/lib/content/schema";
import { sentencesOf } from "@/lib/content/sentences";
import { db } from "@/lib/db/client";
import { AppError, isRecordNotFound, isUniqueViolation } from "@/lib/errors";
import { answerColumn, parseAnswer, parseDraftAnswer, type AnswerContext } from "@/lib/grading/answers";
import { feedbackColumn } from "@/lib/grading/feedback";
import { authoredAnswer } from "@/lib/grading/shown-answers";
import { gradeAnswer } from "@/lib/grading/grade";
import { maxScoreOf } from "@/lib/grading/score";
import { recordResponseForReview } from "@/lib/review/cards";
import { recordAnswer, storeDraft } from "@/lib/tallied/answers";
import { touchAttempt } from "@/lib/tallied/attempts";
import { ReadingRuleError } from "./errors";
import { isQuestionOpen, type ReadingProgress } from "./progress";
import type { SaveDraftInput, SubmitResponseInput } from "./requests";
import { ANSWERED_STATUSES, progressOf, progressWith, sessionForAttempt, sessionQuestions, type SessionWithAttempt } from "./session";
import { ARCHIVED_MESSAGE, isClosed, isFeedbackReleased } from "./settings";
import { inShownIds, RESPONSE_VIEW_INCLUDE, toResponseView, type ResponseView, type ResponseViewRow } from "./views";

export type SubmitResult = { response: ResponseView; created: boolean };

export async function submitResponse(user: SessionUser, attemptId: string, input: SubmitResponseInput, now = new Date()): Promise<SubmitResult> {
  const session = await sessionForAttempt(user, attemptId);
  const stored = (row: ResponseViewRow): SubmitResult => ({ response: viewFor(session, row), created: false });

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

  const question = questionOf(session, input.questionId);
  const existing = earlier.find((row) => row.attemptId === attemptId && row.questionId === question.id);
  if (existing && existing.status !== "draft") return stored(existing);

  assertWritable(session, now);
  await assertOpen(session, question);
  const parsed = parseAnswer(question, authoredAnswer(question, presentationOf(session.attempt), input.answer), answerContext(session, question));
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
    contentVersion: session.reading.version,
    chunkId: question.chunkId,
    submittedAt: now,
  };

  let result: SubmitResult;
  try {
    // The answer, the attempt's place and totals, and the class tallies change together or not at all.
    result = await db.$transaction(async (tx) => {
      const row = await recordAnswer(tx, session, question.id, existing?.id, data, now, RESPONSE_VIEW_INCLUDE);
      if (!row) throw new ReadingRuleError("submitted", "This attempt is already submitted.");
      return { response: viewFor(session, row), created: true };
    });
  } catch (error) {
    // A concurrent submit of the same question (or the same key) got there first: a unique key, or the draft already gone.
    if (!isUniqueViolation(error) && !isRecordNotFound(error)) throw error;
    const winner = await db.response.findUnique({ where: { attemptId_questionId: { attemptId, questionId: question.id } }, include: RESPONSE_VIEW_INCLUDE });
    if (!winner || winner.status === "draft") throw error;
    return stored(winner);
  }

  // A teacher's preview makes no review cards.
  if (result.created && session.access.kind !== "preview") {
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
  const session = await sessionForAttempt(user, attemptId);
  const question = questionOf(session, questionId);
  assertWritable(session, now);
  await assertOpen(session, question);
  const parsed = parseDraftAnswer(question, authoredAnswer(question, presentationOf(session.attempt), input.answer), answerContext(session, question));
  if (!parsed.ok) throw new AppError("invalid", "This draft does not fit the question.", parsed.fields);

  const data = {
    answer: answerColumn.write(parsed.answer),
    confidence: input.confidence ?? null,
    contentVersion: session.reading.version,
  };
  const kept = await storeDraft(attemptId, questionId, data, { chunkId: question.chunkId, maxScore: maxScoreOf(question) });
  if (!kept) throw new ReadingRuleError("submitted", "This question is already answered, so the draft was not kept.");
  await touchAttempt(session, question.chunkId, now, { submitted: false });
  return { questionId, savedAt: now.toISOString() };
}

/** Every stored response of the session's attempt, as the student may see it. */
export async function responsesOf(session: SessionWithAttempt): Promise<ResponseView[]> {
  return (await progressAndResponsesOf(session)).responses;
}

/** The attempt's progress and its responses as the student may see them, from one read (a reading page needs both). */
export async function progressAndResponsesOf(session: SessionWithAttempt): Promise<{ progress: ReadingProgress; responses: ResponseView[] }> {
  const rows = await db.response.findMany({ where: { attemptId: session.attempt.id }, include: RESPONSE_VIEW_INCLUDE });
  const answered = new Set(rows.filter((row) => ANSWERED_STATUSES.includes(row.status)).map((row) => row.questionId));
  return { progress: progressWith(session, answered), responses: rows.map((row) => viewFor(session, row)) };
}

/** A stored response as the student sees it: released parts only, in the attempt's shown ids. */
function viewFor(session: SessionWithAttempt, row: ResponseViewRow): ResponseView {
  const view = toResponseView(row, isFeedbackReleased(session.settings, session.attempt));
  const question = getFullQuestion(session.reading, row.questionId);
  return question ? inShownIds(view, question, presentationOf(session.attempt)) : view;
}

function questionOf(session: SessionWithAttempt, questionId: string): Question {
  // Only the assignment's set may be answered.
  const question = sessionQuestions(session).find((candidate) => candidate.id === questionId);
  if (!question) throw new AppError("invalid", "There is no such question in this reading.", { questionId: ["is not a question of this reading"] });
  return question;
}

function assertWritable(session: SessionWithAttempt, now: Date): void {
  if (session.settings.archived) throw new ReadingRuleError("archived", ARCHIVED_MESSAGE);
  if (isClosed(session.settings, now)) throw new ReadingRuleError("closed", "This assignment is closed: you can read your answers, not change them.");
  if (session.attempt.submittedAt) throw new ReadingRuleError("submitted", "This attempt is already submitted.");
}

async function assertOpen(session: SessionWithAttempt, question: Question): Promise<void> {
  // With every chunk open there is nothing to look up.
  if (!session.settings.unlockInOrder && !session.settings.livePace?.active) return;
  if (!isQuestionOpen(await progressOf(session), question)) {
    throw new ReadingRuleError(
      "locked",
      session.settings.livePace?.active
        ? "This part of the reading opens when your teacher releases it."
        : "This part of the reading opens once you have answered the questions before it.",
    );
  }
}

function answerContext(session: SessionWithAttempt, question: Question): AnswerContext {
  const chunk = session.reading.chunks.find((c) => c.id === question.chunkId);
  const paragraphs = session.reading.paragraphs.filter((p) => chunk?.paragraphIds.includes(p.id));
  return { chunkSentenceIds: paragraphs.flatMap(sentencesOf).map((s) => s.id) };
}
