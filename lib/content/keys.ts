/**
 * The only door to answer keys, option feedback, explanations and rubrics:
 * grading, feedback and dashboards read full questions here, on the server.
 */
import "server-only";
import { getQuestions } from "./load";
import type { Question } from "./schema";

/** Every question of a reading, keys included. Throws for a reading that is not installed. */
export function getFullQuestions(slug: string): Question[] {
  const questions = getQuestions(slug);
  if (!questions) throw new Error(`No reading "${slug}" is installed`);
  return questions;
}

export function getFullQuestion(slug: string, questionId: string): Question | undefined {
  return getQuestions(slug)?.find((question) => question.id === questionId);
}
