/**
 * What a student sends as an answer, per question type (docs/reading-api.md),
 * and the zod schemas that check it against the question it answers: the
 * shape, and every option, item, pair and sentence id. Schemas are built from
 * the full question on the server; an answer that fails them is rejected
 * before anything is stored.
 */
import { z } from "zod";
import type { Question, QuestionOfType, QuestionType } from "@/lib/content/schema";
import { countWords } from "@/lib/content/sentences";
import { jsonColumn } from "@/lib/db/json-column";
import { fieldErrors } from "@/lib/forms/field-errors";
import { MAX_ANSWER_CHARACTERS } from "./limits";

export type SingleChoiceAnswer = { optionId: string };
export type MultipleSelectAnswer = { optionIds: string[] };
export type TrueFalseAnswer = { value: boolean; whyOptionId: string };
export type OrderingAnswer = { itemIds: string[] };
export type MatchingAnswer = { pairs: Record<string, string> };
export type ShortAnswerAnswer = { text: string };
export type EvidenceAnswer = { sentenceIds: string[] };

export type AnswerOf<T extends QuestionType> = {
  single_choice: SingleChoiceAnswer;
  multiple_select: MultipleSelectAnswer;
  true_false: TrueFalseAnswer;
  ordering: OrderingAnswer;
  matching: MatchingAnswer;
  short_answer: ShortAnswerAnswer;
  evidence: EvidenceAnswer;
}[T];

/**
 * Response.answer (and AnswerTally.answer, a copy of it): an answer or a draft
 * in any question's shape. Checked against its question by parseAnswer before
 * it is written; read back without the question, so every member is optional.
 */
export const storedAnswerSchema = z
  .object({
    optionId: z.string(),
    optionIds: z.array(z.string()),
    value: z.boolean(),
    whyOptionId: z.string(),
    itemIds: z.array(z.string()),
    pairs: z.record(z.string(), z.string()),
    text: z.string(),
    sentenceIds: z.array(z.string()),
  })
  .partial();
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;
export const answerColumn = jsonColumn("Response.answer", storedAnswerSchema);

export type Answer = AnswerOf<QuestionType>;

/** A draft is an answer still being made: any part may be missing. */
export type DraftOf<T extends QuestionType> = Partial<AnswerOf<T>>;
export type DraftAnswer = { [T in QuestionType]: DraftOf<T> }[QuestionType];

/** What an answer is checked against besides the question: the sentences of the question's chunk. */
export interface AnswerContext {
  /** Sentence ids of the question's own chunk, in reading order. */
  chunkSentenceIds: readonly string[];
}

function oneOf(ids: readonly string[], what: string) {
  const known = new Set(ids);
  return z.string().refine((id) => known.has(id), { message: `is not one of this question's ${what}` });
}

function distinct(what: string) {
  return (list: readonly string[]) => new Set(list).size === list.length || `lists the same ${what} twice`;
}

function listOf(ids: readonly string[], what: string, min: number) {
  return z
    .array(oneOf(ids, what))
    .min(min, min === 1 ? `choose at least one ${what.replace(/s$/, "")}` : `choose at least ${min}`)
    .max(ids.length)
    .refine((list) => distinct(what)(list) === true, { message: `lists the same ${what.replace(/s$/, "")} twice` });
}

function writtenText(maxWords: number) {
  return z
    .string()
    .max(MAX_ANSWER_CHARACTERS, `is longer than ${MAX_ANSWER_CHARACTERS.toLocaleString("en")} characters`)
    .refine((text) => countWords(text) <= maxWords, { message: `is longer than ${maxWords} words` });
}

/**
 * The schema of a finished answer to `question`. Lists are canonicalised
 * (options in the question's order, sentences in reading order), so equal
 * answers are stored as equal text and dashboards can count them.
 */
export function answerSchemaFor(question: Question, context: AnswerContext): z.ZodType<Answer> {
  return schemaFor(question, context, "final") as z.ZodType<Answer>;
}

/** The schema of a draft: the same ids are checked, but nothing has to be complete yet. */
export function draftSchemaFor(question: Question, context: AnswerContext): z.ZodType<DraftAnswer> {
  return schemaFor(question, context, "draft") as z.ZodType<DraftAnswer>;
}

type Mode = "final" | "draft";

/**
 * Schemas built once per question (of one loaded reading) and mode: zod
 * compiles a schema on first use, which cost more than the rest of grading
 * when every answer built its own.
 */
const schemas = new WeakMap<Question, Map<string, z.ZodType<Answer | DraftAnswer>>>();

function schemaFor(question: Question, context: AnswerContext, mode: Mode): z.ZodType<Answer | DraftAnswer> {
  let forQuestion = schemas.get(question);
  if (!forQuestion) schemas.set(question, (forQuestion = new Map()));
  // The context follows from the question's reading; it is part of the key all the same.
  const key = `${mode}\u0000${context.chunkSentenceIds.join(" ")}`;
  let schema = forQuestion.get(key);
  if (!schema) {
    schema = buildSchema(question, context, mode);
    forQuestion.set(key, schema);
  }
  return schema;
}

function buildSchema(question: Question, context: AnswerContext, mode: Mode): z.ZodType<Answer | DraftAnswer> {
  const draft = mode === "draft";
  switch (question.type) {
    case "single_choice": {
      const optionId = oneOf(ids(question.options), "options");
      return z.strictObject({ optionId: draft ? optionId.optional() : optionId });
    }
    case "multiple_select": {
      const order = ids(question.options);
      return z
        .strictObject({ optionIds: listOf(order, "options", draft ? 0 : 1) })
        .transform((answer) => ({ optionIds: inOrder(answer.optionIds, order) }));
    }
    case "true_false": {
      const whyOptionId = oneOf(ids(question.why.options), "reasons");
      return z.strictObject({
        value: draft ? z.boolean().optional() : z.boolean(),
        whyOptionId: draft ? whyOptionId.optional() : whyOptionId,
      });
    }
    case "ordering":
      return orderingSchema(question);
    case "matching":
      return matchingSchema(question, mode);
    case "short_answer":
      return z.strictObject({
        // A draft over the word limit is still kept (nothing typed is lost); submitting it is refused.
        text: draft
          ? z.string().max(MAX_ANSWER_CHARACTERS, `is longer than ${MAX_ANSWER_CHARACTERS.toLocaleString("en")} characters`)
          : writtenText(question.maxWords).refine((text) => text.trim() !== "", { message: "write an answer first" }),
      });
    case "evidence": {
      const order = context.chunkSentenceIds;
      return z
        .strictObject({ sentenceIds: listOf(order, "sentences", draft ? 0 : 1) })
        .transform((answer) => ({ sentenceIds: inOrder(answer.sentenceIds, order) }));
    }
  }
}

function orderingSchema(question: QuestionOfType<"ordering">) {
  const itemIds = ids(question.items);
  return z.strictObject({
    itemIds: z
      .array(oneOf(itemIds, "items"))
      .length(itemIds.length, `must list all ${itemIds.length} items`)
      .refine((list) => new Set(list).size === list.length, { message: "lists the same item twice" }),
  });
}

function matchingSchema(question: QuestionOfType<"matching">, mode: Mode) {
  const leftIds = ids(question.left);
  const rightIds = new Set(ids(question.right));
  return z
    .strictObject({
      pairs: z
        .record(z.string(), z.string())
        .superRefine((pairs, ctx) => {
          for (const [left, right] of Object.entries(pairs)) {
            if (!leftIds.includes(left)) ctx.addIssue({ code: "custom", path: [left], message: "is not one of this question's items" });
            else if (!rightIds.has(right)) ctx.addIssue({ code: "custom", path: [left], message: "is matched to an unknown partner" });
          }
          if (mode === "final") {
            const missing = leftIds.filter((left) => !(left in pairs));
            if (missing.length > 0) ctx.addIssue({ code: "custom", message: `match every item (${missing.length} left)` });
          }
        }),
    })
    .transform((answer) => ({
      pairs: Object.fromEntries(leftIds.filter((left) => left in answer.pairs).map((left) => [left, answer.pairs[left]!])),
    }));
}

function ids(list: readonly { id: string }[]): string[] {
  return list.map((item) => item.id);
}

/** `chosen` sorted by position in `order`. */
function inOrder(chosen: readonly string[], order: readonly string[]): string[] {
  const position = new Map(order.map((id, index) => [id, index]));
  return [...chosen].sort((a, b) => position.get(a)! - position.get(b)!);
}

export type ParsedAnswer<T> = { ok: true; answer: T } | { ok: false; fields: Record<string, string[]> };

/** Checks `raw` against the question; failures are keyed by their path under `answer` ("answer.optionIds.1"). */
export function parseAnswer(question: Question, raw: unknown, context: AnswerContext): ParsedAnswer<Answer> {
  return parsed(answerSchemaFor(question, context), raw);
}

export function parseDraftAnswer(question: Question, raw: unknown, context: AnswerContext): ParsedAnswer<DraftAnswer> {
  return parsed(draftSchemaFor(question, context), raw);
}

function parsed<T>(schema: z.ZodType<T>, raw: unknown): ParsedAnswer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, answer: result.data };
  return { ok: false, fields: fieldErrors(result.error, "answer") };
}
