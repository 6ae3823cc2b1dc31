/**
 * A new question of each type for the browser editor: every text empty (the
 * editor's checks point at each one until it is written), ids fresh. Option,
 * item and criterion ids are random so that an id never tells a student which
 * option is the key (the browser gets the ids; a key always named "a" would).
 * Pure and client-safe: types only from the schema, no zod.
 */
import type { ChoiceOption, LabelledItem, Question, QuestionType, Reading, RubricCriterion, Stage } from "@/lib/content/schema";

/** A number in [0, 1): Math.random in the browser, a seeded sequence in tests. */
export type Random = () => number;

const ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** `prefix` + 4 random letters or digits, not in `taken` (and added to it). */
export function freshId(prefix: string, taken: Set<string>, random: Random = Math.random): string {
  for (;;) {
    let id = prefix;
    for (let i = 0; i < 4; i++) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** `q-<chunkId>-<n>` with the smallest n no question uses: readable in exports and reports. */
export function freshQuestionId(questions: readonly Question[], chunkId: string): string {
  const taken = new Set(questions.map((q) => q.id));
  let n = 1;
  while (taken.has(`q-${chunkId}-${n}`)) n++;
  return `q-${chunkId}-${n}`;
}

export function newOption(taken: Set<string>, random?: Random): ChoiceOption {
  return { id: freshId("o", taken, random), text: "", feedback: "" };
}

export function newItem(prefix: string, taken: Set<string>, random?: Random): LabelledItem {
  return { id: freshId(prefix, taken, random), text: "" };
}

export function newCriterion(taken: Set<string>, random?: Random): RubricCriterion {
  return { id: freshId("r", taken, random), description: "", points: 1, levels: { full: "", none: "" } };
}

function options(count: number, random?: Random): ChoiceOption[] {
  const taken = new Set<string>();
  return Array.from({ length: count }, () => newOption(taken, random));
}

function items(prefix: string, count: number, random?: Random): LabelledItem[] {
  const taken = new Set<string>();
  return Array.from({ length: count }, () => newItem(prefix, taken, random));
}

export interface NewQuestionContext {
  reading: Reading;
  chunkId: string;
  stage: Stage;
  /** The draft's questions, for a unique question id. */
  questions: readonly Question[];
  random?: Random;
}

/** A question of `type` for the chunk, citing the chunk's first paragraph, difficulty 2. */
export function newQuestion(type: QuestionType, context: NewQuestionContext): Question {
  const { reading, chunkId, stage, questions, random } = context;
  const firstParagraph = reading.chunks.find((c) => c.id === chunkId)?.paragraphIds[0] ?? reading.paragraphs[0]?.id;
  const base = {
    id: freshQuestionId(questions, chunkId),
    chunkId,
    stage,
    skill: type === "evidence" ? ("evidence" as const) : ("literal" as const),
    difficulty: 2 as const,
    prompt: "",
    explanation: "",
    cites: firstParagraph ? [firstParagraph] : [],
  };
  switch (type) {
    case "single_choice": {
      const opts = options(4, random);
      return { ...base, type, options: opts, answer: opts[0]!.id };
    }
    case "multiple_select": {
      const opts = options(4, random);
      return { ...base, type, options: opts, answer: [opts[0]!.id, opts[1]!.id] };
    }
    case "true_false": {
      const why = options(3, random);
      return {
        ...base,
        type,
        prompt: "True or false? Then answer the follow-up.",
        statement: "",
        answer: true,
        trueFeedback: "",
        falseFeedback: "",
        why: { prompt: "", options: why, answer: why[0]!.id },
      };
    }
    case "ordering": {
      const list = items("i", 3, random);
      return { ...base, type, items: list, answer: list.map((i) => i.id) };
    }
    case "matching": {
      const left = items("l", 3, random);
      const right = items("m", 3, random);
      return { ...base, type, left, right, answer: Object.fromEntries(left.map((l, i) => [l.id, right[i]!.id])) };
    }
    case "short_answer":
      return { ...base, type, maxWords: 80, rubric: { criteria: [newCriterion(new Set(), random)], modelAnswer: "" } };
    case "evidence":
      return { ...base, type, claim: "", answer: [] };
  }
}
