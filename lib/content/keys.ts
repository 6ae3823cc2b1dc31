/**
 * The only door to answer keys, option feedback, explanations and rubrics:
 * grading, feedback and dashboards read full questions here, on the server.
 */
import "server-only";
import { getQuestions, type ReadingWithVersion } from "./load";
import type { Question } from "./schema";

type ReadingRef = Pick<ReadingWithVersion, "slug" | "version">;

/** Every question of the reading's version, keys included. */
export function getFullQuestions(reading: ReadingRef): Question[] {
  return getQuestions(reading);
}

export function getFullQuestion(reading: ReadingRef, questionId: string): Question | undefined {
  return getQuestions(reading).find((question) => question.id === questionId);
}
