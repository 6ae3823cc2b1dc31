/**
 * The teacher's grade as stored in Response.feedback (JSON text) under the
 * key `teacherGrade`, beside whatever feedback the reading code stored; the
 * student's results page reads it from there. See docs/reading-api.md,
 * "Teacher grading".
 */
import { z } from "zod";
import type { ShortAnswerQuestion } from "@/lib/content/schema";

export const teacherGradeSchema = z.object({
  score: z.number(),
  maxScore: z.number(),
  criteria: z.array(
    z.object({ id: z.string(), description: z.string(), points: z.number(), maxPoints: z.number() }),
  ),
  comment: z.string().nullable(),
  gradedAt: z.string(),
  gradedBy: z.string(),
  /** 1 for the first grade, 2 after one regrade, ... (GradeRevision rows keep each one). */
  revision: z.number().int().positive(),
});

export type TeacherGrade = z.infer<typeof teacherGradeSchema>;

function parseObject(feedback: string | null): Record<string, unknown> {
  if (!feedback) return {};
  try {
    const value: unknown = JSON.parse(feedback);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function readTeacherGrade(feedback: string | null): TeacherGrade | null {
  const parsed = teacherGradeSchema.safeParse(parseObject(feedback).teacherGrade);
  return parsed.success ? parsed.data : null;
}

/**
 * The feedback JSON with the teacher's grade set and the verdict the reading
 * code shows (`correct`, `partial`, null while awaiting review) brought up to
 * date; every other key is kept.
 */
export function withTeacherGrade(feedback: string | null, grade: TeacherGrade): string {
  const current = parseObject(feedback);
  const verdict =
    "correct" in current
      ? { correct: grade.score >= grade.maxScore, partial: grade.score > 0 && grade.score < grade.maxScore }
      : {};
  return JSON.stringify({ ...current, ...verdict, teacherGrade: grade });
}

/** The feedback JSON back to awaiting review (an answer returned for revision): no grade, no verdict; every other key kept. */
export function withoutTeacherGrade(feedback: string | null): string | null {
  if (!feedback) return feedback;
  const current = parseObject(feedback);
  delete current.teacherGrade;
  return JSON.stringify("correct" in current ? { ...current, correct: null, partial: false } : current);
}

/** The points a rubric awards for the points chosen per criterion. */
export function rubricScore(question: ShortAnswerQuestion, criteria: Record<string, number>): number {
  return question.rubric.criteria.reduce((sum, criterion) => sum + (criteria[criterion.id] ?? 0), 0);
}

/** The grade stored with the answer, from the points chosen per criterion (checked by the caller). */
export function teacherGradeFor(
  question: ShortAnswerQuestion,
  criteria: Record<string, number>,
  by: { comment: string | null; gradedAt: Date; gradedBy: string; revision: number },
): TeacherGrade {
  return {
    score: rubricScore(question, criteria),
    maxScore: question.rubric.criteria.reduce((sum, criterion) => sum + criterion.points, 0),
    criteria: question.rubric.criteria.map((criterion) => ({
      id: criterion.id,
      description: criterion.description,
      points: criteria[criterion.id] ?? 0,
      maxPoints: criterion.points,
    })),
    comment: by.comment,
    gradedAt: by.gradedAt.toISOString(),
    gradedBy: by.gradedBy,
    revision: by.revision,
  };
}
