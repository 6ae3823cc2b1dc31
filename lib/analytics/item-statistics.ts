/**
 * Per-question statistics from answer groups the database has already
 * counted (one row per distinct stored answer, see item-analysis.ts): the
 * share choosing each option with that option's rationale, the most common
 * wrong answers for ordering, matching and evidence questions, and a
 * plain-language note when a distractor drew more students than the key.
 * Only the few distinct answers are parsed here, never one row per student.
 */
import type { ChoiceOption, Question } from "@/lib/content/schema";
import { answerColumn, type StoredAnswer } from "@/lib/scoring/answers";
import { describeAnswer } from "./answer-text";
import { DISCRIMINATION_ADVICE, discriminationLabel, itemRestCorrelation, type DiscriminationLabel, type DiscriminationSums } from "./discrimination";

type Choice = ChoiceOption;

/** One distinct stored answer to a question and what the students who gave it scored. */
export type AnswerGroup = {
  /** The stored answer JSON; null for written answers, which are not grouped. */
  answer: string | null;
  count: number;
  /** Responses with a score (written answers count once graded). */
  scored: number;
  points: number;
  scoredMax: number;
  fullCredit: number;
};

export type OptionShare = {
  id: string;
  /** "A", "B", ... in authored order; "True"/"False" for a true/false statement. */
  label: string;
  text: string;
  rationale: string;
  isKey: boolean;
  count: number;
  /** count / respondents, 0..1 */
  share: number;
};

export type WrongAnswer = { description: string; count: number; share: number };

export type ItemStatistics = {
  respondents: number;
  scored: number;
  /** Points earned and possible over the scored answers. */
  points: number;
  scoredMax: number;
  awaitingReview: number;
  /** Share of scored answers with full credit, 0..1. */
  percentCorrect: number | null;
  /** Points earned / points possible over scored answers, 0..1 (partial credit counts). */
  meanScore: number | null;
  discrimination: {
    index: number | null;
    label: DiscriminationLabel | null;
    advice: string | null;
    /** Students who submitted with a score on this question: the ones r is over. */
    students: number;
  };
  options: OptionShare[];
  followUp: { prompt: string; options: OptionShare[] } | null;
  wrongAnswers: WrongAnswer[];
  notes: string[];
};

const MAX_WRONG_ANSWERS = 3;

export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function share(count: number, of: number): number {
  return of > 0 ? count / of : 0;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function quote(text: string, max = 80): string {
  const trimmed = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return `“${trimmed}”`;
}

/** Counts per key over parsed answer groups. */
function tally<T>(groups: AnswerGroup[], keysOf: (answer: StoredAnswer) => T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const group of groups) {
    // Written answers are tallied under the empty answer.
    if (!group.answer) continue;
    const parsed = answerColumn.read(group.answer);
    for (const key of new Set(keysOf(parsed))) counts.set(key, (counts.get(key) ?? 0) + group.count);
  }
  return counts;
}

function choiceShares(options: Choice[], keys: string[], counts: Map<string, number>, respondents: number): OptionShare[] {
  return options.map((option, index) => ({
    id: option.id,
    label: letter(index),
    text: option.text,
    rationale: option.feedback,
    isKey: keys.includes(option.id),
    count: counts.get(option.id) ?? 0,
    share: share(counts.get(option.id) ?? 0, respondents),
  }));
}

/** A note for each wrong option chosen by more students than a key it competes with. */
function distractorNotes(options: OptionShare[], respondents: number): string[] {
  const keys = options.filter((option) => option.isKey);
  if (!keys.length || respondents === 0) return [];
  const weakestKey = keys.reduce((low, option) => (option.count < low.count ? option : low));
  return options
    .filter((option) => !option.isKey && option.count > weakestKey.count)
    .map(
      (option) =>
        `More students chose ${option.label} ${quote(option.text)} (${option.count} of ${respondents}, ${percent(option.share)}) ` +
        `than the key ${weakestKey.label} ${quote(weakestKey.text)} (${weakestKey.count}, ${percent(weakestKey.share)}). ` +
        "This points to a common misconception, or to a flaw in the question: check its wording and key.",
    );
}

function topWrong(counts: Map<string, number>, respondents: number, describe: (key: string) => string): WrongAnswer[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_WRONG_ANSWERS)
    .map(([key, count]) => ({ description: describe(key), count, share: share(count, respondents) }));
}

type Shape = Pick<ItemStatistics, "options" | "followUp" | "wrongAnswers" | "notes">;

function shapeFor(question: Question, groups: AnswerGroup[], respondents: number, sentenceText: (id: string) => string): Shape {
  const none: Shape = { options: [], followUp: null, wrongAnswers: [], notes: [] };
  switch (question.type) {
    case "single_choice": {
      const counts = tally(groups, (answer) => [answer.optionId]);
      const options = choiceShares(question.options, [question.answer], counts as Map<string, number>, respondents);
      return { ...none, options, notes: distractorNotes(options, respondents) };
    }
    case "multiple_select": {
      const counts = tally(groups, (answer) => strings(answer.optionIds));
      const options = choiceShares(question.options, question.answer, counts, respondents);
      return { ...none, options, notes: distractorNotes(options, respondents) };
    }
    case "true_false": {
      const values = tally(groups, (answer) => (typeof answer.value === "boolean" ? [String(answer.value)] : []));
      const statement: Choice[] = [
        { id: "true", text: "True", feedback: question.trueFeedback },
        { id: "false", text: "False", feedback: question.falseFeedback },
      ];
      const options = choiceShares(statement, [String(question.answer)], values, respondents).map((option) => ({
        ...option,
        label: option.text,
        text: question.statement,
      }));
      const whyCounts = tally(groups, (answer) => [answer.whyOptionId]);
      const whyOptions = choiceShares(question.why.options, [question.why.answer], whyCounts as Map<string, number>, respondents);
      const [right, wrong] = question.answer ? [options[0]!, options[1]!] : [options[1]!, options[0]!];
      const truthNote =
        wrong.count > right.count
          ? [
              `More students judged the statement ${wrong.id} than ${right.id} (the key). ` +
                "This points to a common misconception, or to a flaw in the statement: check its wording.",
            ]
          : [];
      return {
        ...none,
        options,
        followUp: { prompt: question.why.prompt, options: whyOptions },
        notes: [...truthNote, ...distractorNotes(whyOptions, respondents)],
      };
    }
    case "ordering": {
      const key = question.answer.join(">");
      const orders = tally(groups, (answer) => [strings(answer.itemIds).join(">")]);
      orders.delete(key);
      orders.delete("");
      return {
        ...none,
        wrongAnswers: topWrong(orders, respondents, (order) =>
          describeAnswer(question, answerColumn.write({ itemIds: order.split(">") }), sentenceText),
        ),
      };
    }
    case "matching": {
      const left = new Map(question.left.map((item) => [item.id, item.text]));
      const right = new Map(question.right.map((item) => [item.id, item.text]));
      const pairKey = (leftId: string, rightId: string) => `${leftId}\u0000${rightId}`;
      const pairs = tally(groups, (answer) => {
        const chosen = answer.pairs && typeof answer.pairs === "object" ? (answer.pairs as Record<string, unknown>) : {};
        return Object.entries(chosen)
          .filter(([leftId, rightId]) => typeof rightId === "string" && question.answer[leftId] !== rightId)
          .map(([leftId, rightId]) => pairKey(leftId, rightId as string));
      });
      const correctPairs = tally(groups, (answer) => {
        const chosen = answer.pairs && typeof answer.pairs === "object" ? (answer.pairs as Record<string, unknown>) : {};
        return Object.keys(question.answer).filter((leftId) => chosen[leftId] === question.answer[leftId]);
      });
      const notes = [...pairs.entries()]
        .filter(([pair, count]) => count > (correctPairs.get(pair.split("\u0000")[0]!) ?? 0))
        .map(([pair, count]) => {
          const [leftId = "", rightId = ""] = pair.split("\u0000");
          const rightCount = correctPairs.get(leftId) ?? 0;
          return (
            `More students matched ${quote(left.get(leftId) ?? leftId)} with ${quote(right.get(rightId) ?? rightId)} (${count}) ` +
            `than with its partner ${quote(right.get(question.answer[leftId] ?? "") ?? "")} (${rightCount}). ` +
            "This points to a common misconception, or to a flaw in the question."
          );
        });
      return {
        ...none,
        notes,
        wrongAnswers: topWrong(pairs, respondents, (pair) => {
          const [leftId = "", rightId = ""] = pair.split("\u0000");
          return `${left.get(leftId) ?? leftId} → ${right.get(rightId) ?? rightId}`;
        }),
      };
    }
    case "evidence": {
      const allowed = new Set([...question.answer, ...(question.acceptable ?? [])]);
      const wrong = tally(groups, (answer) => strings(answer.sentenceIds).filter((id) => !allowed.has(id)));
      return {
        ...none,
        wrongAnswers: topWrong(wrong, respondents, (id) => `${id}: ${quote(sentenceText(id), 120)}`),
      };
    }
    case "short_answer":
      return none;
  }
}

export function itemStatistics(
  question: Question,
  groups: AnswerGroup[],
  sums: DiscriminationSums | undefined,
  sentenceText: (sentenceId: string) => string = () => "",
): ItemStatistics {
  const respondents = groups.reduce((sum, group) => sum + group.count, 0);
  const scored = groups.reduce((sum, group) => sum + group.scored, 0);
  const points = groups.reduce((sum, group) => sum + group.points, 0);
  const scoredMax = groups.reduce((sum, group) => sum + group.scoredMax, 0);
  const fullCredit = groups.reduce((sum, group) => sum + group.fullCredit, 0);
  const index = sums ? itemRestCorrelation(sums) : null;
  const label = index === null ? null : discriminationLabel(index);
  return {
    respondents,
    scored,
    points,
    scoredMax,
    awaitingReview: respondents - scored,
    percentCorrect: scored > 0 ? fullCredit / scored : null,
    meanScore: scoredMax > 0 ? points / scoredMax : null,
    discrimination: {
      index,
      label,
      advice: label ? DISCRIMINATION_ADVICE[label] : null,
      students: sums?.n ?? 0,
    },
    ...shapeFor(question, groups, respondents, sentenceText),
  };
}
