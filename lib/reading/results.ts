/**
 * The results page: score by chunk and by skill, and every question of the
 * open steps with the student's answer, plus the key and explanation once
 * feedback is released. Scores follow the one rule of
 * lib/scoring/score-summary.ts: written answers count once the teacher has
 * graded them; until then they are "awaiting review" and left out of the totals.
 */
import "server-only";
import { presentationOf } from "@/lib/content/presentation";
import { toClientQuestion, type ClientQuestion } from "@/lib/content/client";
import { SKILL_LABELS } from "@/lib/content/labels";
import type { Question } from "@/lib/content/schema";
import { sentencesById } from "@/lib/content/sentences";
import { maxScoreOf } from "@/lib/scoring/score";
import { scoreParts, scoreSummary, type ScoredAnswer } from "@/lib/scoring/score-summary";
import { progressAndResponsesOf } from "./answering";
import { summaryOf, type AttemptSummary } from "./attempts";
import { AFTER_READING_STEP } from "./overview";
import { readerQuestions, type ReaderWithAttempt } from "./reader";
import { canStartAgain, isClosed, isFeedbackReleased, isLate } from "./settings";
import type { ResponseView } from "./views";

export type Tally = {
  earned: number;
  possible: number;
  /** earned ÷ possible × 100 (one decimal); null while nothing counts. */
  percent: number | null;
  answered: number;
  questions: number;
  awaitingReview: number;
};

export type ResultQuestion = { question: ClientQuestion; response: ResponseView | null };

export type ResultGroup = { id: string; title: string; href: string; locked: boolean; tally: Tally; questions: ResultQuestion[] };

export interface ReadingResults {
  basePath: string;
  title: string;
  attempt: AttemptSummary;
  feedbackReleased: boolean;
  /** Practice: written answers are checked by the reader (lib/reading/self-check.ts), never by a teacher. */
  selfCheck: boolean;
  closed: boolean;
  late: boolean;
  canSubmit: boolean;
  canStartAgain: boolean;
  total: Tally;
  groups: ResultGroup[];
  bySkill: { skill: string; label: string; tally: Tally }[];
  /** Text of the sentences that evidence answers and keys refer to. */
  sentences: Record<string, string>;
}

export async function getReadingResults(reader: ReaderWithAttempt, now = new Date()): Promise<ReadingResults> {
  const { reading, attempt, settings, basePath } = reader;
  const { progress, responses: views } = await progressAndResponsesOf(reader);
  const released = isFeedbackReleased(settings, attempt);
  const finished = attempt.submittedAt !== null || isClosed(settings, now);
  const count = (questions: readonly Question[]) => tally(questions, responses, released, finished);
  const responses = new Map(views.map((response) => [response.questionId, response]));
  const all = readerQuestions(reader);

  const steps = [
    ...progress.chunks.map((chunk) => ({
      id: chunk.id,
      title: `Part ${chunk.number}: ${chunk.title}`,
      locked: chunk.locked,
      questions: all.filter((q) => q.stage === "chunk" && q.chunkId === chunk.id),
    })),
    ...(progress.afterReading
      ? [{ id: AFTER_READING_STEP, title: "After reading", locked: progress.afterReading.locked, questions: all.filter((q) => q.stage === "after-reading") }]
      : []),
  ];

  const shown: Question[] = [];
  const groups: ResultGroup[] = steps.map((step) => {
    const href = `${basePath}/${step.id}`;
    if (!step.locked) shown.push(...step.questions);
    return {
      id: step.id,
      title: step.title,
      href,
      locked: step.locked,
      tally: count(step.questions),
      // A locked step's questions stay on the server.
      questions: step.locked
        ? []
        : step.questions.map((q) => ({ question: toClientQuestion(q, presentationOf(attempt)), response: responses.get(q.id) ?? null })),
    };
  });

  const skills = [...new Set(shown.map((q) => q.skill))];
  return {
    basePath,
    title: reading.title,
    attempt: summaryOf(attempt),
    feedbackReleased: released,
    // Practice has no teacher to grade written answers; an assignment (and its preview) does.
    selfCheck: reader.access.kind === "practice",
    closed: isClosed(settings, now),
    late: isLate(settings, now),
    canSubmit: !attempt.submittedAt && !isClosed(settings, now),
    canStartAgain: canStartAgain(settings, attempt, now),
    total: count(all),
    groups,
    bySkill: skills.map((skill) => ({ skill, label: SKILL_LABELS[skill], tally: count(shown.filter((q) => q.skill === skill)) })),
    sentences: sentenceTexts(reader, shown, responses),
  };
}

/**
 * The score over the questions given (scoreSummary). Before release only
 * `answered` and `questions` mean anything; the scores stay empty.
 */
function tally(questions: readonly Question[], responses: ReadonlyMap<string, ResponseView>, released: boolean, finished: boolean): Tally {
  const answered: ScoredAnswer[] = [];
  for (const question of questions) {
    const response = responses.get(question.id);
    if (response !== undefined && response.status !== "draft") answered.push({ score: response.score ?? null, maxScore: response.maxScore });
  }
  const counts = { answered: answered.length, questions: questions.length };
  if (!released) return { earned: 0, possible: 0, percent: null, awaitingReview: 0, ...counts };
  const possibleAll = questions.reduce((sum, question) => sum + maxScoreOf(question), 0);
  const score = scoreSummary(scoreParts(answered), { finished, possibleAll });
  return { earned: score.earned, possible: score.possible, percent: score.percent, awaitingReview: score.pendingCount, ...counts };
}

/** The sentences chosen in evidence answers, and those of the keys once released with the response. */
function sentenceTexts(reader: ReaderWithAttempt, questions: readonly Question[], responses: ReadonlyMap<string, ResponseView>): Record<string, string> {
  const byId = sentencesById(reader.reading);
  const ids = new Set<string>();
  for (const question of questions) {
    const response = responses.get(question.id);
    if (question.type !== "evidence" || !response) continue;
    for (const answer of [response.answer, response.feedback?.key]) {
      if (answer && "sentenceIds" in answer) for (const id of answer.sentenceIds ?? []) ids.add(id);
    }
  }
  return Object.fromEntries([...ids].map((id) => [id, byId.get(id)?.text ?? ""]));
}
