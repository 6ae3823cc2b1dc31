/**
 * One student's full answers to an assignment, as the teacher reviews them:
 * every question with the answer in words, the key, the rationale for the
 * option chosen, the score and any teacher grade, and the attempt's score
 * (lib/scoring/score-summary.ts). One student's rows only.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ownedAssignment } from "@/lib/auth/owned";
import type { SessionUser } from "@/lib/auth/current-user";
import { describeAnswer, describeKey } from "./answer-text";
import { answerColumn } from "@/lib/scoring/answers";
import { catalogueFor, type Catalogue } from "./catalogue";
import { CURRENT_GRADE_SELECT, teacherGradeOf } from "@/lib/grading/teacher-grade";
import { scoreParts, scoreSummary } from "@/lib/scoring/score-summary";

function chosenRationale(question: Catalogue["questions"][number], answerJson: string): string | null {
  const answer = answerColumn.read(answerJson);
  switch (question.type) {
    case "single_choice":
      return question.options.find((option) => option.id === answer.optionId)?.feedback ?? null;
    case "true_false":
      return answer.value === true ? question.trueFeedback : answer.value === false ? question.falseFeedback : null;
    default:
      return null;
  }
}

export async function getStudentAnswers(viewer: SessionUser, assignmentId: string, studentId: string, attemptNumber?: number) {
  const assignment = await ownedAssignment(viewer, assignmentId);
  const enrollment = await db.enrollment.findFirst({
    where: { classroomId: assignment.classroomId, studentId },
    select: { student: { select: { id: true, displayName: true, username: true } } },
  });
  if (!enrollment) throw new AppError("not_found", "That student is not in this class.");
  const attempts = await db.attempt.findMany({
    where: { assignmentId: assignment.id, userId: studentId },
    select: { id: true, number: true, startedAt: true, lastActiveAt: true, submittedAt: true, late: true },
    orderBy: { number: "desc" },
  });
  const attempt = attempts.find((a) => a.number === attemptNumber) ?? attempts[0] ?? null;
  const responses = attempt
    ? await db.response.findMany({
        where: { attemptId: attempt.id, status: { in: ["submitted", "graded"] } },
        select: { id: true, questionId: true, answer: true, status: true, score: true, maxScore: true, confidence: true, submittedAt: true, grade: { select: CURRENT_GRADE_SELECT } },
      })
    : [];
  const byQuestion = new Map(responses.map((response) => [response.questionId, response]));
  const catalogue = await catalogueFor(assignment);
  const closed = assignment.closedAt !== null && assignment.closedAt.getTime() <= Date.now();
  return {
    assignment: { id: assignment.id, classroomId: assignment.classroomId, className: assignment.classroom.name, title: catalogue.title },
    student: enrollment.student,
    chunks: catalogue.chunks,
    attempts,
    attempt,
    score: attempt
      ? scoreSummary(scoreParts(responses), { finished: attempt.submittedAt !== null || closed, possibleAll: catalogue.possiblePoints })
      : null,
    questions: catalogue.questions.map((question) => {
      const response = byQuestion.get(question.id);
      return {
        id: question.id,
        number: question.number,
        type: question.type,
        prompt: question.type === "true_false" ? `${question.prompt} “${question.statement}”` : question.prompt,
        chunkId: question.chunkId,
        maxScore: question.maxScore,
        key: describeKey(question, catalogue.sentenceText),
        response: response
          ? {
              id: response.id,
              status: response.status,
              score: response.score,
              confidence: response.confidence,
              submittedAt: response.submittedAt,
              answer: describeAnswer(question, response.answer, catalogue.sentenceText),
              rationale: chosenRationale(question, response.answer),
              grade: response.grade && question.type === "short_answer" ? teacherGradeOf(question.rubric.criteria, response.grade) : null,
            }
          : null,
      };
    }),
  };
}

export type StudentAnswers = Awaited<ReturnType<typeof getStudentAnswers>>;
