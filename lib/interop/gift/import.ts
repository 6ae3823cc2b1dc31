/**
 * GIFT into closeread questions, parsed by gift-pegjs. What closeread needs
 * and GIFT lacks comes from the tags our export writes (or the caller's
 * defaults): chunk, stage, skill, difficulty, cited paragraphs. Option ids,
 * which GIFT has not, are a, b, c... in order. A question tagged
 * `why-of:<id>` becomes the reason follow-up of that true/false question.
 * Essays (no rubric in GIFT), numerical, short-answer and cloze questions
 * are reported, not imported.
 */
import { parse, type GIFTQuestion, type TextFormat } from "gift-pegjs";
import { questionSchema, type Question } from "@/lib/content/schema";
import { metadataFromTags, type QuestionMetadata } from "../bank";
import { schemaProblem } from "../problems";
import type { ReportEntry } from "../report";

export interface GiftImport {
  questions: Question[];
  skipped: ReportEntry[];
}

type Gradable = Exclude<GIFTQuestion, { type: "Category" | "Description" }>;
type Choices = Extract<GIFTQuestion, { type: "MC" }>["choices"];

const letterId = (index: number) => String.fromCharCode(97 + (index % 26)) + (index >= 26 ? String(Math.floor(index / 26)) : "");
const text = (format: TextFormat | null | undefined) => format?.text.trim() ?? "";
const WHY_OF = "why-of:";
/** gift-pegjs leaves Moodle's placeholders for escaped characters (`&&058;` for ":") in a matching answer; Moodle decodes them, so do we. */
const decodePlaceholders = (answer: string) => answer.replace(/&&(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

function options(choices: Choices) {
  return choices.map((choice, index) => ({ id: letterId(index), text: text(choice.text), feedback: text(choice.feedback) }));
}

/** A single-choice key is `=`; a multiple-select question weighs its keys with positive percentages instead. */
function isMultipleSelect(choices: Choices): boolean {
  return choices.some((choice) => choice.weight !== null) && choices.filter((choice) => (choice.weight ?? 0) > 0).length > 1;
}

function candidate(question: Gradable, why: Gradable | undefined, defaults: Partial<QuestionMetadata>): Record<string, unknown> {
  const base = {
    id: question.id ?? question.title ?? "",
    ...defaults,
    ...metadataFromTags(question.tags ?? []),
    explanation: text(question.globalFeedback),
  };
  const stem = text(question.stem);
  switch (question.type) {
    case "MC": {
      const all = options(question.choices);
      if (isMultipleSelect(question.choices)) {
        const keys = all.filter((_, index) => (question.choices[index]!.weight ?? 0) > 0).map((option) => option.id);
        return { ...base, type: "multiple_select", prompt: stem, options: all, answer: keys };
      }
      return { ...base, type: "single_choice", prompt: stem, options: all, answer: all[question.choices.findIndex((choice) => choice.isCorrect)]?.id };
    }
    case "TF": {
      // gift-pegjs names the two feedbacks by position; Moodle shows the first after a wrong answer, the second after a right one.
      const [wrong, right] = [text(question.trueFeedback), text(question.falseFeedback)];
      const lineBreak = stem.indexOf("\n");
      const whyChoices = why?.type === "MC" ? why.choices : [];
      const whyOptions = options(whyChoices);
      return {
        ...base,
        type: "true_false",
        prompt: lineBreak < 0 ? undefined : stem.slice(0, lineBreak).trim(),
        statement: lineBreak < 0 ? stem : stem.slice(lineBreak + 1).trim(),
        answer: question.isTrue,
        trueFeedback: question.isTrue ? right : wrong,
        falseFeedback: question.isTrue ? wrong : right,
        why: why && {
          prompt: text(why.stem),
          options: whyOptions,
          answer: whyOptions[whyChoices.findIndex((choice) => choice.isCorrect)]?.id,
        },
      };
    }
    case "Matching": {
      const pairs = question.matchPairs.map((pair) => ({ left: text(pair.subquestion), right: decodePlaceholders(pair.subanswer).trim() }));
      const rightTexts = [...new Set(pairs.map((pair) => pair.right))];
      const right = rightTexts.map((entry, index) => ({ id: `r${index + 1}`, text: entry }));
      const left = pairs.filter((pair) => pair.left).map((pair, index) => ({ id: `l${index + 1}`, text: pair.left, right: `r${rightTexts.indexOf(pair.right) + 1}` }));
      return {
        ...base,
        type: "matching",
        prompt: stem,
        left: left.map(({ id, text: label }) => ({ id, text: label })),
        right,
        answer: Object.fromEntries(left.map((entry) => [entry.id, entry.right])),
      };
    }
    case "Essay":
      throw new Error("a GIFT essay has no rubric; write the question in questions.json or import Moodle XML");
    default:
      throw new Error(`closeread has no ${question.type} question type`);
  }
}

/** Parses GIFT text; a syntax error throws gift-pegjs's message with its line. */
export function importGift(source: string, defaults: Partial<QuestionMetadata> = {}): GiftImport {
  const gradable = parse(source).filter((question): question is Gradable => question.type !== "Category" && question.type !== "Description");
  const whyOf = (question: Gradable) => question.tags?.find((tag) => tag.startsWith(WHY_OF))?.slice(WHY_OF.length);
  const whys = new Map(gradable.flatMap((question) => (whyOf(question) ? [[whyOf(question)!, question] as const] : [])));
  const result: GiftImport = { questions: [], skipped: [] };
  for (const question of gradable) {
    if (whyOf(question)) continue;
    const id = question.id ?? question.title ?? "(untitled)";
    try {
      const parsed = questionSchema.safeParse(candidate(question, whys.get(id), defaults));
      if (!parsed.success) throw new Error(schemaProblem(parsed.error));
      result.questions.push(parsed.data);
    } catch (error) {
      result.skipped.push({ id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
