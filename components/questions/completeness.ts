/**
 * What is still missing before an answer can be submitted, said to the
 * student (the server checks again; this spares a round trip).
 */
import type { ClientQuestion } from "@/lib/content/client";
import { countWords } from "@/lib/content/sentences";
import type { DraftAnswer } from "@/lib/scoring/answers";

export function missingPart(question: ClientQuestion, draft: DraftAnswer): string | null {
  const value = draft as Record<string, unknown>;
  switch (question.type) {
    case "single_choice":
      return value.optionId ? null : "Choose an answer first.";
    case "multiple_select":
      return Array.isArray(value.optionIds) && value.optionIds.length > 0 ? null : "Choose at least one answer first.";
    case "true_false":
      if (typeof value.value !== "boolean") return "Decide first whether the statement is true or false.";
      return value.whyOptionId ? null : "Choose the reason that decides it.";
    case "ordering":
      return null;
    case "matching": {
      const pairs = (value.pairs ?? {}) as Record<string, string>;
      const left = question.left.filter((item) => !pairs[item.id]).length;
      return left === 0 ? null : `Match every item first (${left} left).`;
    }
    case "short_answer": {
      const text = typeof value.text === "string" ? value.text : "";
      if (text.trim() === "") return "Write your answer first.";
      return countWords(text) > question.maxWords ? `Shorten your answer to ${question.maxWords} words first.` : null;
    }
    case "evidence":
      return Array.isArray(value.sentenceIds) && value.sentenceIds.length > 0 ? null : "Choose at least one sentence in the text first.";
  }
}

/** The answer to send: an ordering nobody touched is the order shown. */
export function completedDraft(question: ClientQuestion, draft: DraftAnswer): DraftAnswer {
  if (question.type === "ordering" && !("itemIds" in draft && draft.itemIds)) return { itemIds: question.items.map((item) => item.id) };
  return draft;
}
