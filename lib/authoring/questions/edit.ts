/**
 * Edits of the draft's question list and of the lists inside one question.
 * Every function returns a new array and leaves the questions it does not
 * edit as they were (the same objects), so the editor's other parts see no
 * change. Pure and client-safe.
 */
import type { ChoiceOption, Question, QuestionOfType, Reading, RubricCriterion, Stage } from "@/lib/content/schema";
import { freshQuestionId } from "./new-question";

/** The questions shown together and reordered among themselves: one chunk's, at one stage. */
export function groupOf(questions: readonly Question[], chunkId: string, stage: Stage): Question[] {
  return questions.filter((q) => q.chunkId === chunkId && q.stage === stage);
}

/** `list` with the element at `index` moved by `delta` places (unchanged when that leaves the list). */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved!);
  return next;
}

export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The question with `updated`'s id replaced by it. */
export function replaceQuestion(questions: readonly Question[], updated: Question): Question[] {
  return questions.map((q) => (q.id === updated.id ? updated : q));
}

/**
 * Swaps the question with its neighbour in its group (same chunk and stage),
 * `delta` -1 for up and 1 for down; questions of other groups keep their places.
 */
export function moveQuestion(questions: readonly Question[], id: string, delta: -1 | 1): Question[] {
  const question = questions.find((q) => q.id === id);
  if (!question) return [...questions];
  const group = groupOf(questions, question.chunkId, question.stage);
  const neighbour = group[group.indexOf(question) + delta];
  if (!neighbour) return [...questions];
  return questions.map((q) => (q === question ? neighbour : q === neighbour ? question : q));
}

export interface RemovedQuestion {
  question: Question;
  index: number;
}

export function removeQuestion(questions: readonly Question[], id: string): { questions: Question[]; removed?: RemovedQuestion } {
  const index = questions.findIndex((q) => q.id === id);
  if (index < 0) return { questions: [...questions] };
  return { questions: removeAt(questions, index), removed: { question: questions[index]!, index } };
}

/** Puts a removed question back where it was (its id is still free: ids are never reused while it can be restored). */
export function restoreQuestion(questions: readonly Question[], removed: RemovedQuestion): Question[] {
  const next = [...questions];
  next.splice(Math.min(removed.index, next.length), 0, removed.question);
  return next;
}

/** A copy of the question with a new id, right after it. */
export function duplicateQuestion(questions: readonly Question[], id: string): { questions: Question[]; copy?: Question } {
  const index = questions.findIndex((q) => q.id === id);
  if (index < 0) return { questions: [...questions] };
  const copy = { ...structuredClone(questions[index]!), id: freshQuestionId(questions, questions[index]!.chunkId) };
  const next = [...questions];
  next.splice(index + 1, 0, copy);
  return { questions: next, copy };
}

/**
 * Adds a new question at the end of its group; a chunk's first question goes
 * after the questions of the chunks before it, so the list stays in reading order.
 */
export function addQuestion(questions: readonly Question[], reading: Reading, question: Question): Question[] {
  const chunkOrder = new Map(reading.chunks.map((c, i) => [c.id, i]));
  const rank = (q: Question) => (q.stage === "after-reading" ? 1 : 0) * 1000 + (chunkOrder.get(q.chunkId) ?? 999);
  const mine = rank(question);
  let at = 0;
  questions.forEach((q, i) => {
    if (rank(q) <= mine) at = i + 1;
  });
  const next = [...questions];
  next.splice(at, 0, question);
  return next;
}

// ---------------------------------------------------------------------------
// Inside one question

type ChoiceHolder = { options: ChoiceOption[]; answer: string | string[] };

/**
 * Removes an option and keeps the key consistent: a single key that goes
 * moves to the first remaining option; a multiple-select key just loses it.
 */
export function removeOption<T extends ChoiceHolder>(holder: T, optionId: string): T {
  const options = holder.options.filter((o) => o.id !== optionId);
  const answer = Array.isArray(holder.answer)
    ? holder.answer.filter((id) => id !== optionId)
    : holder.answer === optionId
      ? (options[0]?.id ?? "")
      : holder.answer;
  return { ...holder, options, answer };
}

/** Marks or unmarks one key of a multiple select, keeping the options' order. */
export function toggleKey(options: readonly ChoiceOption[], answer: readonly string[], optionId: string, isKey: boolean): string[] {
  const keys = new Set(answer);
  if (isKey) keys.add(optionId);
  else keys.delete(optionId);
  return options.map((o) => o.id).filter((id) => keys.has(id));
}

/** Changes a criterion's points; a partial level exists only when it is worth more than one point. */
export function setCriterionPoints(criterion: RubricCriterion, points: number): RubricCriterion {
  const levels = criterion.levels ?? { full: "", none: "" };
  if (points > 1) return { ...criterion, points, levels: { full: levels.full, partial: levels.partial ?? "", none: levels.none } };
  return { ...criterion, points, levels: { full: levels.full, none: levels.none } };
}

/** The ordering items in the correct order (items the answer misses last, so none is hidden). */
export function itemsInAnswerOrder(question: QuestionOfType<"ordering">) {
  const byId = new Map(question.items.map((i) => [i.id, i]));
  const ordered = question.answer.map((id) => byId.get(id)).filter((i) => i !== undefined);
  return [...ordered, ...question.items.filter((i) => !question.answer.includes(i.id))];
}

/** Removes a matching item from either column and its pairs from the answer. */
export function removeMatchingItem(question: QuestionOfType<"matching">, side: "left" | "right", itemId: string): QuestionOfType<"matching"> {
  const answer = Object.fromEntries(
    Object.entries(question.answer).filter(([l, r]) => (side === "left" ? l !== itemId : r !== itemId)),
  );
  return { ...question, [side]: question[side].filter((i) => i.id !== itemId), answer };
}

export type EvidenceRole = "answer" | "acceptable" | "none";

/** Sets a sentence's role in an evidence question: a sentence is an answer or acceptable, never both. */
export function setEvidenceRole(question: QuestionOfType<"evidence">, sentenceId: string, role: EvidenceRole, order: readonly string[]): QuestionOfType<"evidence"> {
  const inOrder = (ids: Set<string>) => order.filter((id) => ids.has(id)).concat([...ids].filter((id) => !order.includes(id)));
  const answer = new Set(question.answer);
  const acceptable = new Set(question.acceptable ?? []);
  answer.delete(sentenceId);
  acceptable.delete(sentenceId);
  if (role === "answer") answer.add(sentenceId);
  if (role === "acceptable") acceptable.add(sentenceId);
  const next: QuestionOfType<"evidence"> = { ...question, answer: inOrder(answer) };
  if (acceptable.size > 0) next.acceptable = inOrder(acceptable);
  else delete next.acceptable;
  return next;
}
