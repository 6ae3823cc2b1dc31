/**
 * The one estimate of how long a set of questions takes: the text read
 * closely, then each item worked. Used by a reading's core-set figure
 * (profile.ts) and by the assignment form's total for the chosen set.
 * Not server-only: the form recomputes it in the browser as the teacher
 * chooses.
 */
import type { QuestionType } from "./schema";

/**
 * Working minutes per item, by type, beyond reading the text: a choice is
 * read and weighed; true/false has its "why" follow-up; evidence means
 * rereading the chunk; a written answer is drafted. Estimates for planning.
 */
export const MINUTES_PER_ITEM: Record<QuestionType, number> = {
  single_choice: 1,
  true_false: 1.5,
  multiple_select: 1.5,
  ordering: 1.5,
  matching: 2,
  evidence: 1.5,
  short_answer: 5,
};

/** Minutes to answer `questions`, rounded up. */
export function workingMinutes(questions: readonly { type: QuestionType }[]): number {
  return Math.ceil(questions.reduce((sum, q) => sum + MINUTES_PER_ITEM[q.type], 0));
}

/** Reading the text and answering `questions`; 0 for no questions (nothing is assigned). */
export function estimatedMinutes(readingMinutes: number, questions: readonly { type: QuestionType }[]): number {
  return questions.length === 0 ? 0 : readingMinutes + workingMinutes(questions);
}
