/**
 * The teacher's grade of a written answer, stored once: each grade and
 * regrade is a GradeRevision row (points per criterion, comment, who, when),
 * and Response.gradeId names the current one. Response.score repeats only
 * its score, which the tallies and reports sum. See docs/reading-api.md,
 * "Teacher grading".
 */
import { z } from "zod";
import { jsonColumn } from "@/lib/db/json-column";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ShortAnswerQuestion } from "@/lib/content/schema";

/** GradeRevision.criteria: points awarded per rubric criterion id. */
export const gradeCriteriaColumn = jsonColumn("GradeRevision.criteria", z.record(z.string(), z.number()));

export type TeacherGrade = {
  score: number;
  maxScore: number;
  criteria: { id: string; description: string; points: number; maxPoints: number }[];
  comment: string | null;
  gradedAt: string;
  gradedBy: string;
};

/** What a reader selects of the current grade (`grade: { select: CURRENT_GRADE_SELECT }` on a response). */
export const CURRENT_GRADE_SELECT = {
  score: true,
  criteria: true,
  comment: true,
  createdAt: true,
  gradedBy: { select: { displayName: true } },
} satisfies Prisma.GradeRevisionSelect;

export type CurrentGradeRow = Prisma.GradeRevisionGetPayload<{ select: typeof CURRENT_GRADE_SELECT }>;

/** Shown when the grading teacher's account has since been deleted. */
export const FORMER_TEACHER = "a former teacher";

/** The points a rubric awards for the points chosen per criterion. */
export function rubricScore(question: ShortAnswerQuestion, criteria: Record<string, number>): number {
  return question.rubric.criteria.reduce((sum, criterion) => sum + (criteria[criterion.id] ?? 0), 0);
}

/**
 * The grade as the student and the teacher see it, against the rubric of the
 * version the student answered (the question's, or the copy in the answer's
 * feedback: the same criteria).
 */
export function teacherGradeOf(rubric: readonly { id: string; description: string; points: number }[], grade: CurrentGradeRow): TeacherGrade {
  const points = gradeCriteriaColumn.read(grade.criteria);
  return {
    score: grade.score,
    maxScore: rubric.reduce((sum, criterion) => sum + criterion.points, 0),
    criteria: rubric.map((criterion) => ({ id: criterion.id, description: criterion.description, points: points[criterion.id] ?? 0, maxPoints: criterion.points })),
    comment: grade.comment,
    gradedAt: grade.createdAt.toISOString(),
    gradedBy: grade.gradedBy?.displayName ?? FORMER_TEACHER,
  };
}
