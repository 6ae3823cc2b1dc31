/**
 * What the browser may see of a question before it is answered: the prompt
 * and the choices, never keys, feedback, explanations, citations or rubrics.
 * Fields are copied one by one (never spread), so a field added to the schema
 * later stays on the server until it is listed here.
 */
import type { ChoiceList, Presentation } from "./presentation";
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

/**
 * The question as `shown` presents it to one student: every list in its
 * shown order and under shown ids, so neither ids nor positions tell the key.
 */
export function toClientQuestion(question: Question, shown: Presentation): ClientQuestion {
  const base = {
    id: question.id,
    chunkId: question.chunkId,
    stage: question.stage,
    skill: question.skill,
    difficulty: question.difficulty,
    prompt: question.prompt,
  };
  const list = (name: ChoiceList, items: readonly LabelledItem[], avoid?: readonly string[]): ClientOption[] =>
    shown.order(question.id, name, items, avoid).map((item) => ({ id: shown.shownId(question.id, item.id), text: item.text }));
  switch (question.type) {
    case "single_choice":
    case "multiple_select":
      return { ...base, type: question.type, options: list("options", question.options) };
    case "true_false":
      return {
        ...base,
        type: "true_false",
        statement: question.statement,
        why: { prompt: question.why.prompt, options: list("why", question.why.options) },
      };
    case "ordering":
      // Authors often write items in the key's order: never shown in that order.
      return { ...base, type: "ordering", items: list("items", question.items, question.answer) };
    case "matching":
      // Both columns shuffled independently, so pairs authored at the same index give nothing away.
      return { ...base, type: "matching", left: list("left", question.left), right: list("right", question.right) };
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
