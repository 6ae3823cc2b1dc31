/**
 * What the browser receives about a stored response. Scores, correctness,
 * keys and explanations only once feedback is released; before that a
 * response says that it was received, and nothing about how it did.
 */
import type { DraftAnswer } from "@/lib/grading/answers";
import type { Presentation } from "@/lib/content/presentation";
import type { Question } from "@/lib/content/schema";
import type { Feedback } from "@/lib/grading/feedback";
import { shownAnswer, shownFeedback } from "@/lib/grading/shown-answers";
import { readTeacherGrade, type TeacherGrade } from "@/lib/grading-queue/teacher-grade";
import type { Response } from "@/lib/generated/prisma/client";
import { confidenceSchema } from "./requests";

export type Confidence = 1 | 2 | 3;

export const SELF_CHECK_LEVELS = ["full", "partial", "none"] as const;
export type SelfCheckLevel = (typeof SELF_CHECK_LEVELS)[number];

/** A self-study reader's rating of their own written answer against the rubric (lib/reading/self-check.ts). */
export type SelfCheck = { score: number; maxScore: number; criteria: { id: string; level: SelfCheckLevel; points: number; maxPoints: number }[] };

/** Feedback as released: the grading feedback, a written answer's grade once the teacher has given it, or the reader's self-check in practice. */
export type ReleasedFeedback = Feedback & { teacherGrade?: TeacherGrade; selfCheck?: SelfCheck };

export type ResponseView = {
  questionId: string;
  /** "submitted" stands for "received" until feedback is released. */
  status: "draft" | "submitted" | "graded";
  answer: DraftAnswer;
  confidence: Confidence | null;
  maxScore: number;
  /** Only when released; null while a written answer awaits review. */
  score?: number | null;
  feedback?: ReleasedFeedback;
  /** Returned by the teacher for revision: their comment, shown whether or not feedback is released (lib/grading-queue/revision.ts). */
  returnComment?: string;
  updatedAt: string;
};

export function toResponseView(row: Response, released: boolean): ResponseView {
  const answered = row.status !== "draft";
  const view: ResponseView = {
    questionId: row.questionId,
    status: answered && !released ? "submitted" : (row.status as ResponseView["status"]),
    answer: parseJson(row.answer) as DraftAnswer,
    confidence: confidenceSchema.safeParse(row.confidence).data ?? null,
    maxScore: row.maxScore,
    updatedAt: row.updatedAt.toISOString(),
  };
  if (row.returnedAt && row.returnComment) view.returnComment = row.returnComment;
  if (answered && released) {
    view.score = row.score;
    if (row.feedback) {
      // The teacher's grade is taken only in its checked shape.
      const feedback = { ...(parseJson(row.feedback) as ReleasedFeedback) };
      delete feedback.teacherGrade;
      const teacherGrade = readTeacherGrade(row.feedback);
      view.feedback = teacherGrade ? { ...feedback, teacherGrade } : feedback;
    }
  }
  return view;
}

/** The view in the ids and order `shown` presents the question in (answers are stored in authored ids). */
export function inShownIds(view: ResponseView, question: Question, shown: Presentation): ResponseView {
  const answer = shownAnswer(question, shown, view.answer);
  return view.feedback ? { ...view, answer, feedback: shownFeedback(question, shown, view.feedback) } : { ...view, answer };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
