/** Skill, question type and licence names as readers see them; free of dependencies so client components can import them without zod. */
import type { Licence, QuestionType, Skill } from "./schema";

export const SKILL_LABELS: Record<Skill, string> = {
  literal: "Literal comprehension",
  vocabulary: "Vocabulary in context",
  inference: "Inference",
  claim: "The author's claim",
  evidence: "Evidence and its strength",
  counterargument: "Counterargument and rebuttal",
  perspective: "Source and perspective",
  context: "Historical context",
};

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single_choice: "Single choice",
  multiple_select: "Multiple select",
  true_false: "True/false with why",
  ordering: "Ordering",
  matching: "Matching",
  short_answer: "Written answer",
  evidence: "Find the evidence",
};

export const LICENCE_LABELS: Record<Licence, string> = {
  "public-domain": "Public domain",
  "open-licence": "Open licence",
  "classroom-licensed": "Licensed for classroom use: assigned classes only",
  "all-rights-reserved": "All rights reserved: assigned classes only",
};
