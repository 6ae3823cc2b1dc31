/**
 * The feedback a student sees once it is released: whether the answer was
 * right, the key, the explanation with the paragraphs it rests on, and the
 * reason the author wrote for each option the student chose (so a wrong
 * choice is named), plus the reason for the key they missed.
 */
import type { ChoiceOption, Question } from "@/lib/content/schema";
import type { Answer, AnswerOf } from "./answers";
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
