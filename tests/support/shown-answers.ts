/**
 * Answers as a browser sends them: in the ids an attempt shows
 * (lib/content/presentation.ts), which the tests read from the attempt's
 * stored seed as the server does.
 */
import { builtInReading } from "./content";
import type { Question } from "@/lib/content/schema";
import { presentationOf } from "@/lib/content/presentation";
import { db } from "@/lib/db/client";
import type { Answer } from "@/lib/scoring/answers";
import { keyAnswer } from "@/lib/scoring/key";
import { shownAnswer } from "@/lib/scoring/shown-answers";
import { reviewPresentation } from "@/lib/review/option-order";

/** `answer` (in authored ids) as the attempt's page would send it. */
export async function asShown(attemptId: string, question: Question, answer: Answer): Promise<Answer> {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  return shownAnswer(question, presentationOf(attempt), answer);
}

/** The key, as a student who chose it on the attempt's page would send it. */
export function shownKey(attemptId: string, question: Question): Promise<Answer> {
  return asShown(attemptId, question, keyAnswer(question));
}

/** `answer` (in authored ids) as the review of card `cardId` at `reps` shows the question. */
export function asShownInReview(
  card: { cardId: string; reps: number },
  readingSlug: string,
  questionId: string,
  answer: Answer,
): Answer {
  const question = builtInReading(readingSlug).questions.find((candidate) => candidate.id === questionId);
  if (!question) throw new Error(`No question ${questionId} in ${readingSlug}`);
  return shownAnswer(question, reviewPresentation(card.cardId, card.reps), answer);
}
