/**
 * What the browser receives about a stored response. Scores, correctness,
 * keys and explanations only once feedback is released; before that a
 * response says that it was received, and nothing about how it did.
 */
import { answerColumn, type DraftAnswer } from "@/lib/scoring/answers";
import type { Presentation } from "@/lib/content/presentation";
import type { Question } from "@/lib/content/schema";
import { feedbackColumn, type StoredFeedback } from "@/lib/scoring/feedback";
import { shownAnswer, shownFeedback } from "@/lib/scoring/shown-answers";
import { CURRENT_GRADE_SELECT, teacherGradeOf, type CurrentGradeRow, type TeacherGrade } from "@/lib/grading/teacher-grade";
import type { Prisma, Response, ResponseStatus } from "@/lib/generated/prisma/client";
import { confidenceSchema } from "./requests";

export type Confidence = 1 | 2 | 3;

export { SELF_CHECK_LEVELS, type SelfCheck, type SelfCheckLevel } from "@/lib/scoring/feedback";

/** Feedback as released: the stored feedback, with a written answer's grade once the teacher has given it. */
export type ReleasedFeedback = StoredFeedback & { teacherGrade?: TeacherGrade };

export type ResponseView = {
  questionId: string;
  /** "submitted" stands for "received" until feedback is released. */
  status: ResponseStatus;
  answer: DraftAnswer;
  confidence: Confidence | null;
  maxScore: number;
  /** Only when released; null while a written answer awaits review. */
  score?: number | null;
  feedback?: ReleasedFeedback;
  /** Returned by the teacher for revision: their comment, shown whether or not feedback is released (lib/grading/revision.ts). */
  returnComment?: string;
  updatedAt: string;
};

/** What toResponseView reads besides the response row: the teacher's current grade. */
export const RESPONSE_VIEW_INCLUDE = { grade: { select: CURRENT_GRADE_SELECT } } satisfies Prisma.ResponseInclude;

export type ResponseViewRow = Response & { grade: CurrentGradeRow | null };

export function toResponseView(row: ResponseViewRow, released: boolean): ResponseView {
  const answered = row.status !== "draft";
  const view: ResponseView = {
    questionId: row.questionId,
    status: answered && !released ? "submitted" : row.status,
    answer: answerColumn.read(row.answer),
    confidence: confidenceSchema.safeParse(row.confidence).data ?? null,
    maxScore: row.maxScore,
    updatedAt: row.updatedAt.toISOString(),
  };
  if (row.returnedAt && row.returnComment) view.returnComment = row.returnComment;
  if (answered && released) {
    view.score = row.score;
    if (row.feedback) {
      const feedback = feedbackColumn.read(row.feedback);
      // A written answer's feedback carries its rubric, which the grade is given against.
      view.feedback = row.grade ? { ...feedback, teacherGrade: teacherGradeOf(feedback.rubric ?? [], row.grade) } : feedback;
    }
  }
  return view;
}

/** The view in the ids and order `shown` presents the question in (answers are stored in authored ids). */
export function inShownIds(view: ResponseView, question: Question, shown: Presentation): ResponseView {
  const answer = shownAnswer(question, shown, view.answer);
  return view.feedback ? { ...view, answer, feedback: shownFeedback(question, shown, view.feedback) } : { ...view, answer };
}
