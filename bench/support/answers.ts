/**
 * A well-formed answer to any question (docs/reading-api.md, "Answer
 * shapes"), taken from its key so that every submission is accepted and
 * graded: the benches measure storing answers, not rejecting them.
 */
import type { Question } from "../../lib/content/schema";

export function answerFor(question: Question, text = "She accepts that they act in their own interest but not the conclusion."): unknown {
  const q = question as Question & Record<string, unknown>;
  switch (question.type) {
    case "single_choice":
      return { optionId: q.answer };
    case "multiple_select":
      return { optionIds: q.answer };
    case "true_false":
      return { value: q.answer, whyOptionId: (q.why as { answer: string }).answer };
    case "ordering":
      return { itemIds: q.answer };
    case "matching":
      return { pairs: q.answer };
    case "evidence":
      return { sentenceIds: q.answer };
    case "short_answer":
      return { text };
    default:
      throw new Error(`no answer shape for ${(question as { type: string }).type}`);
  }
}
