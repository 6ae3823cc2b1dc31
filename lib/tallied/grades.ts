/**
 * Writes to an answer's score: the teacher's grade (with its history in
 * GradeRevision), a return for revision and the student's revised text, and
 * a self-study reader's check of their own written answer. Each moves the
 * attempt's totals and the class tallies in the same transaction.
 * Callers check who may make the change and validate the grade.
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import type { ShortAnswerQuestion } from "@/lib/content/schema";
import type { Response } from "@/lib/generated/prisma/client";
import { answerColumn, type StoredAnswer } from "@/lib/scoring/answers";
import { feedbackColumn, withVerdict, type StoredFeedback } from "@/lib/scoring/feedback";
import { CURRENT_GRADE_SELECT, gradeCriteriaColumn, rubricScore, teacherGradeOf, type TeacherGrade } from "@/lib/grading/teacher-grade";
import { queueScore } from "@/lib/lti/score-outbox";
import { withTallies } from "./tallies";

type GradedResponse = Pick<Response, "id" | "attemptId" | "feedback">;

/**
 * Grades a written answer with rubric points per criterion and a comment:
 * a new GradeRevision row, which the answer then names as its current grade;
 * the LMS gradebook (LTI) hears of the new total through the outbox.
 * `revision`: which grade of this answer it is; `scoreQueued`: a score waits to be sent.
 */
export async function gradeResponse(
  viewer: SessionUser,
  response: GradedResponse,
  question: ShortAnswerQuestion,
  grading: { criteria: Record<string, number>; comment: string | null },
): Promise<{ grade: TeacherGrade & { revision: number }; scoreQueued: boolean }> {
  const { criteria, comment } = grading;
  let scoreQueued = false;
  const grade = await withTallies([response.attemptId], async (tx) => {
    const score = rubricScore(question, criteria);
    const stored = await tx.gradeRevision.create({
      data: { responseId: response.id, gradedById: viewer.id, score, criteria: gradeCriteriaColumn.write(criteria), comment },
      select: { id: true, ...CURRENT_GRADE_SELECT },
    });
    const grade = teacherGradeOf(question.rubric.criteria, stored);
    const revision = await tx.gradeRevision.count({ where: { responseId: response.id } });
    await tx.response.update({
      where: { id: response.id },
      data: {
        score,
        status: "graded",
        gradeId: stored.id,
        // A grade ends any return for revision: the answer is closed again.
        returnedAt: null,
        // The verdict the reading code shows follows the grade.
        feedback: response.feedback === null ? null : feedbackColumn.write(withVerdict(feedbackColumn.read(response.feedback), score, grade.maxScore)),
      },
    });
    scoreQueued = await queueScore(tx, response.attemptId);
    return { ...grade, revision };
  });
  return { grade, scoreQueued };
}

/** Sends a graded or submitted answer back: pending again (the score, the current grade and the verdict go; the grades given stay as history). */
export async function returnResponse(response: GradedResponse, comment: string): Promise<void> {
  const feedback = response.feedback === null ? null : feedbackColumn.write({ ...feedbackColumn.read(response.feedback), correct: null, partial: false });
  await withTallies([response.attemptId], (tx) =>
    tx.response.update({
      where: { id: response.id },
      data: { status: "submitted", score: null, gradeId: null, feedback, returnedAt: new Date(), returnComment: comment },
    }),
  );
}

/** The student's revised text for a returned answer: it waits for a grade again. */
export async function resubmitResponse(response: Pick<Response, "id" | "attemptId">, answer: StoredAnswer): Promise<void> {
  await withTallies([response.attemptId], (tx) =>
    tx.response.update({
      where: { id: response.id },
      data: { answer: answerColumn.write(answer), returnedAt: null, revisedAt: new Date(), submittedAt: new Date() },
    }),
  );
}

/** A self-study reader's rating of their own written answer, stored as its score, with `feedback` (the verdict and the check). */
export function storeSelfCheck<Include extends object>(
  response: Pick<Response, "id" | "attemptId">,
  score: number,
  feedback: StoredFeedback,
  include: Include,
) {
  return withTallies([response.attemptId], (tx) =>
    tx.response.update({ where: { id: response.id }, data: { status: "graded", score, feedback: feedbackColumn.write(feedback) }, include }),
  );
}
