/**
 * A stored answer (or a question's key) in words, for the teacher's view of
 * a student's answers and for the long-format export.
 */
import type { Question } from "@/lib/content/schema";
import { answerColumn } from "@/lib/scoring/answers";

type SentenceText = (sentenceId: string) => string;

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function optionText(options: { id: string; text: string }[], id: unknown): string {
  const index = options.findIndex((option) => option.id === id);
  return index < 0 ? String(id ?? "—") : `${String.fromCharCode(65 + index)}. ${options[index]!.text}`;
}

function sentences(ids: string[], sentenceText: SentenceText): string {
  return ids.map((id) => `${id} “${sentenceText(id)}”`).join("; ");
}

/** The answer JSON as stored in Response.answer, in words. */
export function describeAnswer(question: Question, answerJson: string, sentenceText: SentenceText): string {
  const answer = answerColumn.read(answerJson);
  switch (question.type) {
    case "single_choice":
      return optionText(question.options, answer.optionId);
    case "multiple_select":
      return list(answer.optionIds)
        .map((id) => optionText(question.options, id))
        .join("; ");
    case "true_false":
      return `${answer.value === true ? "True" : answer.value === false ? "False" : "—"}; why: ${optionText(question.why.options, answer.whyOptionId)}`;
    case "ordering":
      return list(answer.itemIds)
        .map((id) => question.items.find((item) => item.id === id)?.text ?? id)
        .join(" → ");
    case "matching": {
      const pairs = answer.pairs && typeof answer.pairs === "object" ? (answer.pairs as Record<string, unknown>) : {};
      return question.left
        .map((left) => `${left.text} → ${question.right.find((right) => right.id === pairs[left.id])?.text ?? "—"}`)
        .join("; ");
    }
    case "short_answer":
      return typeof answer.text === "string" ? answer.text : "";
    case "evidence":
      return sentences(list(answer.sentenceIds), sentenceText);
  }
}

/** The key in the same words. */
export function describeKey(question: Question, sentenceText: SentenceText): string {
  switch (question.type) {
    case "single_choice":
      return optionText(question.options, question.answer);
    case "multiple_select":
      return question.answer.map((id) => optionText(question.options, id)).join("; ");
    case "true_false":
      return `${question.answer ? "True" : "False"}; why: ${optionText(question.why.options, question.why.answer)}`;
    case "ordering":
      return question.answer.map((id) => question.items.find((item) => item.id === id)?.text ?? id).join(" → ");
    case "matching":
      return question.left
        .map((left) => `${left.text} → ${question.right.find((right) => right.id === question.answer[left.id])?.text ?? "—"}`)
        .join("; ");
    case "short_answer":
      return question.rubric.modelAnswer;
    case "evidence":
      return sentences(question.answer, sentenceText);
  }
}
