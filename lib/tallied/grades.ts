/**
 * Writes to an answer's score: the teacher's grade (with its history in
 * GradeRevision), a return for revision and the student's revised text, and
 * a self-study reader's check of their own written answer. Each moves the
 * attempt's totals and the class tallies in the same transaction.
 * Callers check who may make the change and validate the grade.
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { ShortAnswerQuestion } from "@/lib/content/schema";
import type { Response } from "@/lib/generated/prisma/client";
import { rubricScore, teacherGradeFor, withoutTeacherGrade, withTeacherGrade, type TeacherGrade } from "@/lib/grading-queue/teacher-grade";
import { queueScore } from "@/lib/lti/score-outbox";
import { withTallies } from "./tallies";

type GradedResponse = Pick<Response, "id" | "attemptId" | "feedback">;

/**
 * Grades a written answer with rubric points per criterion and a comment,
 * adding a GradeRevision row; the LMS gradebook (LTI) hears of the new
 * total through the outbox. `scoreQueued`: a score waits to be sent.
 */
export async function gradeResponse(
  viewer: SessionUser,
  response: GradedResponse,
  question: ShortAnswerQuestion,
  grading: { criteria: Record<string, number>; comment: string | null; gradedAt: Date },
): Promise<{ grade: TeacherGrade; scoreQueued: boolean }> {
  const { criteria, comment, gradedAt } = grading;
  let scoreQueued = false;
  const grade = await withTallies([response.attemptId], async (tx) => {
    const score = rubricScore(question, criteria);
    await tx.gradeRevision.create({
      data: { responseId: response.id, gradedById: viewer.id, score, criteria: JSON.stringify(criteria), comment },
    });
    const revision = await tx.gradeRevision.count({ where: { responseId: response.id } });
    const grade = teacherGradeFor(question, criteria, { comment, gradedAt, gradedBy: viewer.displayName, revision });
    await tx.response.update({
      where: { id: response.id },
      data: {
        score,
        status: "graded",
        gradedById: viewer.id,
        gradedAt,
        // A grade ends any return for revision: the answer is closed again.
        returnedAt: null,
        feedback: withTeacherGrade(response.feedback, grade),
      },
    });
    scoreQueued = await queueScore(tx, response.attemptId);
    return grade;
  });
  return { grade, scoreQueued };
}

/** Sends a graded or submitted answer back: pending again (its score and shown grade go, the grade history stays). */
export async function returnResponse(response: GradedResponse, comment: string): Promise<void> {
  await withTallies([response.attemptId], (tx) =>
    tx.response.update({
      where: { id: response.id },
      data: { status: "submitted", score: null, feedback: withoutTeacherGrade(response.feedback), returnedAt: new Date(), returnComment: comment },
    }),
  );
}

/** The student's revised text for a returned answer: it waits for a grade again. */
export async function resubmitResponse(response: Pick<Response, "id" | "attemptId">, answer: unknown): Promise<void> {
  await withTallies([response.attemptId], (tx) =>
    tx.response.update({
      where: { id: response.id },
      data: { answer: JSON.stringify(answer), returnedAt: null, revisedAt: new Date(), submittedAt: new Date() },
    }),
  );
}

/** A self-study reader's rating of their own written answer, stored as its score. Returns the row. */
export function storeSelfCheck(response: Pick<Response, "id" | "attemptId">, score: number, feedback: object): Promise<Response> {
  return withTallies([response.attemptId], (tx) =>
    tx.response.update({ where: { id: response.id }, data: { status: "graded", score, feedback: JSON.stringify(feedback) } }),
  );
}
