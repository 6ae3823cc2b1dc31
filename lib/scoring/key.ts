/**
 * A question's key in the shape of an answer: what full marks look like
 * (for a written answer, the rubric's model answer). Feedback shows it to
 * the student once released; tests and benches answer with it.
 */
import type { Question } from "@/lib/content/schema";
import type { Answer } from "./answers";

export function keyAnswer(question: Question): Answer {
  switch (question.type) {
    case "single_choice":
      return { optionId: question.answer };
    case "multiple_select":
      return { optionIds: question.answer };
    case "true_false":
      return { value: question.answer, whyOptionId: question.why.answer };
    case "ordering":
      return { itemIds: question.answer };
    case "matching":
      return { pairs: question.answer };
    case "short_answer":
      return { text: question.rubric.modelAnswer };
    case "evidence":
      return { sentenceIds: question.answer };
  }
}
