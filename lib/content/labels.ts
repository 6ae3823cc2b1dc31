/** Skill names as readers see them; free of dependencies so client components can import them without zod. */
import type { Skill } from "./schema";

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
