/**
 * Grading one answer on the server: score, status and the feedback to store
 * with it (released to the student according to the assignment's settings).
 */
import type { Question } from "@/lib/content/schema";
import type { Answer } from "./answers";
import { feedbackFor, type Feedback } from "./feedback";
import { maxScoreOf, scoreAnswer } from "./score";

export type GradedAnswer = {
  /** "graded" when scored automatically; "submitted" while a written answer awaits review. */
  status: "graded" | "submitted";
  score: number | null;
  maxScore: number;
  feedback: Feedback;
};

export function gradeAnswer(question: Question, answer: Answer): GradedAnswer {
  const score = scoreAnswer(question, answer);
  const maxScore = maxScoreOf(question);
  return {
    status: score === null ? "submitted" : "graded",
    score,
    maxScore,
    feedback: feedbackFor(question, answer, score, maxScore),
  };
}
