/**
 * The feedback a student sees once it is released: whether the answer was
 * right, the key, the explanation with the paragraphs it rests on, and the
 * reason the author wrote for each option the student chose (so a wrong
 * choice is named), plus the reason for the key they missed.
 */
import { z } from "zod";
import type { ChoiceOption, Question } from "@/lib/content/schema";
import { jsonColumn } from "@/lib/db/json-column";
import { storedAnswerSchema, type Answer, type AnswerOf } from "./answers";
import { keyAnswer } from "./key";

export type OptionFeedback = {
  optionId: string;
  /** The student chose this option. */
  chosen: boolean;
  /** This option is (one of) the key(s). */
  correct: boolean;
  feedback: string;
};

/** A rubric criterion as feedback shows it; `levels` describe a full, partial and no-credit answer (a self-check rates against them). */
export type RubricCriterion = { id: string; description: string; points: number; levels?: { full: string; partial?: string; none: string } };

export type Feedback = {
  /** null while a written answer waits for the teacher. */
  correct: boolean | null;
  /** Some credit, not full credit. */
  partial: boolean;
  /** The key, in the answer's own shape (a written answer's key is the model answer). */
  key: Answer;
  explanation: string;
  /** Paragraph ids ("p07") the explanation rests on: "Show me in the text" goes there. */
  cites: string[];
  optionFeedback: OptionFeedback[];
  /** True/false: why the student's reading of the statement is right or wrong. */
  statementFeedback?: string;
  /** Written answers: what the teacher grades against. */
  rubric?: RubricCriterion[];
  /** Evidence: sentences that earn nothing but cost nothing either. */
  acceptableSentenceIds?: string[];
};

export const SELF_CHECK_LEVELS = ["full", "partial", "none"] as const;
export type SelfCheckLevel = (typeof SELF_CHECK_LEVELS)[number];

/** A self-study reader's rating of their own written answer against the rubric (lib/reading/self-check.ts). */
export type SelfCheck = { score: number; maxScore: number; criteria: { id: string; level: SelfCheckLevel; points: number; maxPoints: number }[] };

/** Feedback as stored: the grading feedback, and in practice the reader's self-check of a written answer. */
export type StoredFeedback = Feedback & { selfCheck?: SelfCheck };

const storedFeedbackSchema = z.object({
  correct: z.boolean().nullable(),
  partial: z.boolean(),
  key: z.custom<Answer>((value) => storedAnswerSchema.safeParse(value).success, "not an answer"),
  explanation: z.string(),
  cites: z.array(z.string()),
  optionFeedback: z.array(z.object({ optionId: z.string(), chosen: z.boolean(), correct: z.boolean(), feedback: z.string() })),
  statementFeedback: z.string().optional(),
  rubric: z
    .array(
      z.object({
        id: z.string(),
        description: z.string(),
        points: z.number(),
        levels: z.object({ full: z.string(), partial: z.string().optional(), none: z.string() }).optional(),
      }),
    )
    .optional(),
  acceptableSentenceIds: z.array(z.string()).optional(),
  selfCheck: z
    .object({
      score: z.number(),
      maxScore: z.number(),
      criteria: z.array(z.object({ id: z.string(), level: z.enum(SELF_CHECK_LEVELS), points: z.number(), maxPoints: z.number() })),
    })
    .optional(),
}) satisfies z.ZodType<StoredFeedback>;

/** Response.feedback. Keys it does not name (such as the teacher's grade copied here before GradeRevision held it) are dropped on reading. */
export const feedbackColumn = jsonColumn("Response.feedback", storedFeedbackSchema);

/** The feedback with the verdict a score on `maxScore` earns, for answers scored after they were stored (a teacher's grade, a self-check). */
export function withVerdict(feedback: StoredFeedback, score: number, maxScore: number): StoredFeedback {
  return { ...feedback, correct: score >= maxScore, partial: score > 0 && score < maxScore };
}

export function feedbackFor(question: Question, answer: Answer, score: number | null, maxScore: number): Feedback {
  const verdict = {
    correct: score === null ? null : score >= maxScore,
    partial: score !== null && score > 0 && score < maxScore,
    explanation: question.explanation,
    cites: question.cites,
    key: keyAnswer(question),
  };
  switch (question.type) {
    case "single_choice": {
      const { optionId } = answer as AnswerOf<"single_choice">;
      return { ...verdict, optionFeedback: optionNotes(question.options, [optionId], [question.answer]) };
    }
    case "multiple_select": {
      const { optionIds } = answer as AnswerOf<"multiple_select">;
      return { ...verdict, optionFeedback: optionNotes(question.options, optionIds, question.answer) };
    }
    case "true_false": {
      const { value, whyOptionId } = answer as AnswerOf<"true_false">;
      return {
        ...verdict,
        statementFeedback: value ? question.trueFeedback : question.falseFeedback,
        optionFeedback: optionNotes(question.why.options, [whyOptionId], [question.why.answer]),
      };
    }
    case "ordering":
      return { ...verdict, optionFeedback: [] };
    case "matching":
      return { ...verdict, optionFeedback: [] };
    case "short_answer":
      return {
        ...verdict,
        rubric: question.rubric.criteria.map(({ id, description, points, levels }) => ({ id, description, points, ...(levels ? { levels } : {}) })),
        optionFeedback: [],
      };
    case "evidence":
      return { ...verdict, acceptableSentenceIds: question.acceptable ?? [], optionFeedback: [] };
  }
}

/** Notes for the options chosen and the keys, in the question's order. */
function optionNotes(options: readonly ChoiceOption[], chosen: readonly string[], keys: readonly string[]): OptionFeedback[] {
  return options
    .filter((option) => chosen.includes(option.id) || keys.includes(option.id))
    .map((option) => ({
      optionId: option.id,
      chosen: chosen.includes(option.id),
      correct: keys.includes(option.id),
      feedback: option.feedback,
    }));
}
