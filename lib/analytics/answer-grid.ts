/**
 * The class × questions grid of the report: for each enrolled student's
 * latest attempt, how each question went (full marks, partly, wrong,
 * awaiting the teacher, not answered). One statement reads the score
 * columns of the answered responses (the covering index on Response serves
 * it); the whole class, not a page of it, because the grid is read at a glance.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { ownedAssignment } from "@/lib/auth/owned";
import type { SessionUser } from "@/lib/auth/current-user";
import { toNumber } from "@/lib/db/sql";
import { distinctNames } from "@/lib/students/names";
import { ANSWERED, latestAttempts } from "./latest-attempts";
import { catalogueFor } from "./catalogue";

export type GridMark = "full" | "partial" | "wrong" | "pending" | "none";

/** How one answer went: full marks, some, none, or not scored yet. */
export function gridMark(score: number | null, maxScore: number): Exclude<GridMark, "none"> {
  if (score === null) return "pending";
  if (score >= maxScore) return "full";
  return score > 0 ? "partial" : "wrong";
}

export async function getAnswerGrid(viewer: SessionUser, assignmentId: string) {
  const assignment = await ownedAssignment(viewer, assignmentId);
  const catalogue = await catalogueFor(assignment);
  const [roster, rows] = await Promise.all([
    db.enrollment.findMany({
      where: { classroomId: assignment.classroomId, status: "active" },
      select: { student: { select: { id: true, displayName: true, username: true } } },
    }),
    db.$queryRaw<Record<string, unknown>[]>`
      WITH latest AS (${latestAttempts(assignment.classroomId, assignment.id)})
      SELECT l."userId", r."questionId", r."score", r."maxScore"
      FROM latest l JOIN "Response" r ON r."attemptId" = l."id"
      WHERE r."status" IN ${ANSWERED}`,
  ]);
  const marks = new Map<string, Map<string, { mark: GridMark; score: number | null; maxScore: number }>>();
  for (const row of rows) {
    const userId = String(row.userId);
    const score = row.score === null ? null : toNumber(row.score);
    const maxScore = toNumber(row.maxScore);
    const ofStudent = marks.get(userId) ?? new Map();
    ofStudent.set(String(row.questionId), { mark: gridMark(score, maxScore), score, maxScore });
    marks.set(userId, ofStudent);
  }
  const names = distinctNames(roster.map(({ student }) => student));
  const students = roster
    .map(({ student }) => ({ id: student.id, displayName: names.get(student.id) ?? student.displayName }))
    .sort((a, b) => a.displayName.toLowerCase().localeCompare(b.displayName.toLowerCase()) || a.id.localeCompare(b.id));
  return {
    questions: catalogue.questions.map((question) => ({ id: question.id, number: question.number, maxScore: question.maxScore, chunkId: question.chunkId })),
    students: students.map((student) => ({
      ...student,
      cells: catalogue.questions.map((question) => marks.get(student.id)?.get(question.id) ?? { mark: "none" as const, score: null, maxScore: question.maxScore }),
    })),
  };
}

export type AnswerGrid = Awaited<ReturnType<typeof getAnswerGrid>>;
