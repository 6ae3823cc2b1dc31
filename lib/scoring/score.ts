/**
 * Scores, per question type. Every objective question is worth 1 point; a
 * written answer is worth its rubric's total and is scored by the teacher.
 * Partial credit (docs/reading-api.md):
 *
 * - single choice: 1 for the key, else 0.
 * - multiple select: (keys chosen − wrong options chosen) / keys, at least 0.
 *   Choosing everything earns nothing extra: each wrong option cancels a key.
 * - true/false: 0.5 for the judgement of the statement, 0.5 for the reason.
 * - ordering: the share of item pairs placed in the right relative order
 *   (Kendall's agreement), so one item out of place costs little.
 * - matching: the share of left items matched to their partner.
 * - evidence: (key sentences chosen − other sentences chosen) / key
 *   sentences, at least 0; sentences marked acceptable neither earn nor cost.
 */
import type { Question, QuestionOfType } from "@/lib/content/schema";
import type { AnswerOf, Answer } from "./answers";

export function maxScoreOf(question: Question): number {
  return question.type === "short_answer" ? question.rubric.criteria.reduce((sum, criterion) => sum + criterion.points, 0) : 1;
}

/** The points an answer earns; null for a written answer, which waits for the teacher. */
export function scoreAnswer(question: Question, answer: Answer): number | null {
  switch (question.type) {
    case "single_choice":
      return scoreSingleChoice(question, answer as AnswerOf<"single_choice">);
    case "multiple_select":
      return scoreMultipleSelect(question, answer as AnswerOf<"multiple_select">);
    case "true_false":
      return scoreTrueFalse(question, answer as AnswerOf<"true_false">);
    case "ordering":
      return scoreOrdering(question, answer as AnswerOf<"ordering">);
    case "matching":
      return scoreMatching(question, answer as AnswerOf<"matching">);
    case "short_answer":
      return null;
    case "evidence":
      return scoreEvidence(question, answer as AnswerOf<"evidence">);
  }
}

function scoreSingleChoice(question: QuestionOfType<"single_choice">, answer: AnswerOf<"single_choice">): number {
  return answer.optionId === question.answer ? 1 : 0;
}

function scoreMultipleSelect(question: QuestionOfType<"multiple_select">, answer: AnswerOf<"multiple_select">): number {
  return netShare(answer.optionIds, question.answer, []);
}

function scoreTrueFalse(question: QuestionOfType<"true_false">, answer: AnswerOf<"true_false">): number {
  return (answer.value === question.answer ? 0.5 : 0) + (answer.whyOptionId === question.why.answer ? 0.5 : 0);
}

function scoreOrdering(question: QuestionOfType<"ordering">, answer: AnswerOf<"ordering">): number {
  const position = new Map(question.answer.map((id, index) => [id, index]));
  const placed = answer.itemIds.map((id) => position.get(id) ?? -1);
  let agreeing = 0;
  let pairs = 0;
  for (let i = 0; i < placed.length; i += 1) {
    for (let j = i + 1; j < placed.length; j += 1) {
      pairs += 1;
      if (placed[i]! < placed[j]!) agreeing += 1;
    }
  }
  return pairs === 0 ? 0 : rounded(agreeing / pairs);
}

function scoreMatching(question: QuestionOfType<"matching">, answer: AnswerOf<"matching">): number {
  const lefts = Object.keys(question.answer);
  const right = lefts.filter((left) => answer.pairs[left] === question.answer[left]).length;
  return rounded(right / lefts.length);
}

function scoreEvidence(question: QuestionOfType<"evidence">, answer: AnswerOf<"evidence">): number {
  return netShare(answer.sentenceIds, question.answer, question.acceptable ?? []);
}

/** (keys chosen − other choices) / keys, floored at 0; `neutral` choices count neither way. */
function netShare(chosen: readonly string[], keys: readonly string[], neutral: readonly string[]): number {
  const keySet = new Set(keys);
  const neutralSet = new Set(neutral);
  const hits = chosen.filter((id) => keySet.has(id)).length;
  const misses = chosen.filter((id) => !keySet.has(id) && !neutralSet.has(id)).length;
  return rounded(Math.max(0, hits - misses) / keySet.size);
}

/** Four decimals: enough for any share, and 1/3 + 2/3 still adds up on a report. */
function rounded(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
