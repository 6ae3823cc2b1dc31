/**
 * Answers between the browser's shown ids and the authored ids the server
 * grades and stores (lib/content/presentation.ts). What comes in is mapped to
 * authored ids before its schema checks it; an id that was not shown for the
 * question becomes one no list holds, so the schema refuses it (an authored
 * id sent directly is refused too). What goes out (answers, drafts, keys,
 * option feedback) is mapped back and listed in the order shown, so the
 * authored order never shows through.
 */
import type { ChoiceList, Presentation } from "@/lib/content/presentation";
import type { Question } from "@/lib/content/schema";
import type { DraftAnswer } from "./answers";
import type { Feedback } from "./feedback";

/** A string no authored id can be (content ids are letters, digits, "-" and "_"). */
const UNKNOWN_PREFIX = "#";

type Lists = Partial<Record<ChoiceList, readonly { id: string }[]>>;

function listsOf(question: Question): Lists {
  switch (question.type) {
    case "single_choice":
    case "multiple_select":
      return { options: question.options };
    case "true_false":
      return { why: question.why.options };
    case "ordering":
      return { items: question.items };
    case "matching":
      return { left: question.left, right: question.right };
    default:
      return {};
  }
}

/** One question's shown ids both ways, and each list's authored ids in shown order. */
class ShownIds {
  private readonly toAuthoredIds = new Map<string, string>();
  private readonly toShownIds = new Map<string, string>();
  private readonly positions = new Map<ChoiceList, Map<string, number>>();

  constructor(
    private readonly question: Question,
    private readonly shown: Presentation,
  ) {
    for (const [list, items] of Object.entries(listsOf(question)) as [ChoiceList, { id: string }[]][]) {
      for (const item of items) {
        const shownId = shown.shownId(question.id, item.id);
        this.toAuthoredIds.set(`${list}\u0000${shownId}`, item.id);
        this.toShownIds.set(`${list}\u0000${item.id}`, shownId);
      }
    }
  }

  authored(list: ChoiceList, id: unknown): unknown {
    if (typeof id !== "string") return id;
    return this.toAuthoredIds.get(`${list}\u0000${id}`) ?? `${UNKNOWN_PREFIX}${id}`;
  }

  shownOf(list: ChoiceList, id: string): string {
    return this.toShownIds.get(`${list}\u0000${id}`) ?? id;
  }

  /** Authored ids of `list` sorted into the order shown. */
  inShownOrder(list: ChoiceList, ids: readonly string[]): string[] {
    const order = this.shownOrder(list);
    return [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }

  private shownOrder(list: ChoiceList): Map<string, number> {
    let order = this.positions.get(list);
    if (!order) {
      const items = listsOf(this.question)[list] ?? [];
      const avoid = this.question.type === "ordering" ? this.question.answer : undefined;
      order = new Map(this.shown.order(this.question.id, list, items, avoid).map((item, index) => [item.id, index]));
      this.positions.set(list, order);
    }
    return order;
  }
}

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The browser's answer (or draft) in authored ids, for its schema to check; anything malformed is left for the schema to refuse. */
export function authoredAnswer(question: Question, shown: Presentation, raw: unknown): unknown {
  const answer = record(raw);
  if (!answer) return raw;
  const ids = new ShownIds(question, shown);
  const each = (list: ChoiceList, value: unknown) => (Array.isArray(value) ? value.map((id) => ids.authored(list, id)) : value);
  const has = (field: string) => field in answer;
  switch (question.type) {
    case "single_choice":
      return has("optionId") ? { ...answer, optionId: ids.authored("options", answer.optionId) } : answer;
    case "multiple_select":
      return has("optionIds") ? { ...answer, optionIds: each("options", answer.optionIds) } : answer;
    case "true_false":
      return has("whyOptionId") ? { ...answer, whyOptionId: ids.authored("why", answer.whyOptionId) } : answer;
    case "ordering":
      return has("itemIds") ? { ...answer, itemIds: each("items", answer.itemIds) } : answer;
    case "matching": {
      const pairs = record(answer.pairs);
      if (!pairs) return answer;
      return { ...answer, pairs: Object.fromEntries(Object.entries(pairs).map(([left, right]) => [ids.authored("left", left), ids.authored("right", right)])) };
    }
    default:
      return answer;
  }
}

/** A stored answer (or draft, or key) in shown ids, its lists in the order shown. */
export function shownAnswer<T extends DraftAnswer>(question: Question, shown: Presentation, answer: T): T {
  return toShown(new ShownIds(question, shown), question, answer) as T;
}

function toShown(ids: ShownIds, question: Question, answer: DraftAnswer): DraftAnswer {
  switch (question.type) {
    case "single_choice":
      return "optionId" in answer && typeof answer.optionId === "string" ? { ...answer, optionId: ids.shownOf("options", answer.optionId) } : answer;
    case "multiple_select":
      return "optionIds" in answer && Array.isArray(answer.optionIds)
        ? { ...answer, optionIds: ids.inShownOrder("options", answer.optionIds).map((id) => ids.shownOf("options", id)) }
        : answer;
    case "true_false":
      return "whyOptionId" in answer && typeof answer.whyOptionId === "string" ? { ...answer, whyOptionId: ids.shownOf("why", answer.whyOptionId) } : answer;
    case "ordering":
      // The student's own order (or the key's) is the answer: only the ids change.
      return "itemIds" in answer && Array.isArray(answer.itemIds) ? { ...answer, itemIds: answer.itemIds.map((id) => ids.shownOf("items", id)) } : answer;
    case "matching": {
      if (!("pairs" in answer) || !answer.pairs) return answer;
      const pairs = answer.pairs;
      const lefts = ids.inShownOrder("left", Object.keys(pairs));
      return { ...answer, pairs: Object.fromEntries(lefts.map((left) => [ids.shownOf("left", left), ids.shownOf("right", pairs[left]!)])) };
    }
    default:
      return answer;
  }
}

/** Released feedback in shown ids: the key, and the option notes in the order shown. */
export function shownFeedback<F extends Feedback>(question: Question, shown: Presentation, feedback: F): F {
  const ids = new ShownIds(question, shown);
  const list: ChoiceList = question.type === "true_false" ? "why" : "options";
  const notes = feedback.optionFeedback ?? [];
  const order = ids.inShownOrder(list, notes.map((note) => note.optionId));
  return {
    ...feedback,
    key: feedback.key ? toShown(ids, question, feedback.key) : feedback.key,
    optionFeedback: order.map((id) => {
      const note = notes.find((candidate) => candidate.optionId === id)!;
      return { ...note, optionId: ids.shownOf(list, id) };
    }),
  };
}
