/**
 * What the browser may see of a question before it is answered: the prompt
 * and the choices, never keys, feedback, explanations, citations or rubrics.
 * Fields are copied one by one (never spread), so a field added to the schema
 * later stays on the server until it is listed here.
 */
import type { LabelledItem, Question, QuestionType, Skill, Stage, Difficulty } from "./schema";

interface ClientBase<T extends QuestionType> {
  id: string;
  chunkId: string;
  stage: Stage;
  type: T;
  skill: Skill;
  difficulty: Difficulty;
  prompt: string;
}

export type ClientOption = LabelledItem;

export type ClientQuestion =
  | (ClientBase<"single_choice"> & { options: ClientOption[] })
  | (ClientBase<"multiple_select"> & { options: ClientOption[] })
  | (ClientBase<"true_false"> & { statement: string; why: { prompt: string; options: ClientOption[] } })
  | (ClientBase<"ordering"> & { items: LabelledItem[] })
  | (ClientBase<"matching"> & { left: LabelledItem[]; right: LabelledItem[] })
  | (ClientBase<"short_answer"> & { maxWords: number; maxPoints: number })
  | (ClientBase<"evidence"> & { claim: string });

export function toClientQuestion(question: Question): ClientQuestion {
  const base = {
    id: question.id,
    chunkId: question.chunkId,
    stage: question.stage,
    skill: question.skill,
    difficulty: question.difficulty,
    prompt: question.prompt,
  };
  switch (question.type) {
    case "single_choice":
    case "multiple_select":
      return { ...base, type: question.type, options: question.options.map(labelled) };
    case "true_false":
      return {
        ...base,
        type: "true_false",
        statement: question.statement,
        why: { prompt: question.why.prompt, options: question.why.options.map(labelled) },
      };
    case "ordering":
      // Authors often write items in the key's order: show a stable shuffle that never equals the key.
      return { ...base, type: "ordering", items: shuffleAwayFrom(question.items.map(labelled), question.answer, question.id) };
    case "matching":
      // The right column is shuffled so authoring it in the left column's order gives nothing away.
      return {
        ...base,
        type: "matching",
        left: question.left.map(labelled),
        right: seededShuffle(question.right.map(labelled), question.id),
      };
    case "short_answer":
      return {
        ...base,
        type: "short_answer",
        maxWords: question.maxWords,
        maxPoints: question.rubric.criteria.reduce((sum, criterion) => sum + criterion.points, 0),
      };
    case "evidence":
      return { ...base, type: "evidence", claim: question.claim };
  }
}

function labelled(item: LabelledItem): LabelledItem {
  return { id: item.id, text: item.text };
}

/** A seeded shuffle of `items`, rotated by one if it happens to match `avoid` (the key's order). */
function shuffleAwayFrom(items: LabelledItem[], avoid: string[], seed: string): LabelledItem[] {
  const shuffled = seededShuffle(items, seed);
  const matchesKey = shuffled.every((item, i) => item.id === avoid[i]);
  return matchesKey && shuffled.length > 1 ? [...shuffled.slice(1), shuffled[0]!] : shuffled;
}

/** Fisher–Yates driven by a small PRNG seeded from a string: the same question always shows the same order. */
function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = mulberry32(fnv1a(seed));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
