/**
 * zod schemas for a reading folder: reading.json and questions.json, exactly
 * as docs/content-format.md describes them. Objects are strict so a misspelt
 * field in hand-written content is an error, not silently dropped.
 */
import { z } from "zod";

export const SKILLS = [
  "literal",
  "vocabulary",
  "inference",
  "claim",
  "evidence",
  "counterargument",
  "perspective",
  "context",
] as const;

export const QUESTION_TYPES = [
  "single_choice",
  "multiple_select",
  "true_false",
  "ordering",
  "matching",
  "short_answer",
  "evidence",
] as const;

export const STAGES = ["chunk", "after-reading"] as const;

/** Chunk size rule when a reading does not set `chunkSize`. */
export const DEFAULT_CHUNK_SIZE = { min: 2, max: 4 } as const;
/** How many chunks a reading may have. */
export const CHUNK_COUNT = { min: 2, max: 8 } as const;

const text = z.string().trim().min(1, "must not be empty");
/** Sentences are joined with one space, so their own edges must be clean. */
const sentence = z
  .string()
  .min(1, "must not be empty")
  .refine((s) => s === s.trim() && !/\s{2}|\n/.test(s), "must not have leading, trailing, double spaces or line breaks");
/** The ids of chunks, questions and options; requests naming one are checked against it before anything is looked up. */
export const contentIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "ids use letters, digits, - and _ only");
const id = contentIdSchema;
const paragraphId = z.string().regex(/^p\d+$/, "paragraph ids look like p01");
const sentenceIdSchema = z.string().regex(/^p\d+\.s[1-9]\d*$/, "sentence ids look like p04.s2");
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slugs are lowercase words joined by -");
const positiveInt = z.number().int().positive();
/** A web address, with a message a teacher can act on instead of zod's "Invalid URL". */
const webAddress = (what: string) => z.url({ error: `give ${what}, starting https://` });

export const skillSchema = z.enum(SKILLS);
export const stageSchema = z.enum(STAGES);
export const difficultySchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const paragraphSchema = z.strictObject({
  id: paragraphId,
  sentences: z.array(sentence).min(1),
});

export const chunkSchema = z.strictObject({
  id,
  title: text,
  readFor: text,
  paragraphIds: z.array(paragraphId).min(1),
});

export const glossaryEntrySchema = z.strictObject({
  id,
  term: text,
  aliases: z.array(text).optional(),
  definition: text,
});

export const contextNoteSchema = z.strictObject({
  id,
  paragraphId,
  anchor: text,
  note: text,
});

export const chunkSizeSchema = z
  .strictObject({ min: positiveInt, max: positiveInt })
  .refine((size) => size.min <= size.max, "min must not exceed max");

/**
 * How a text may be used. Anything but "public-domain" is open only to the
 * classes it is assigned to and their teachers (see lib/content/rights.ts).
 */
export const LICENCES = ["public-domain", "open-licence", "classroom-licensed", "all-rights-reserved"] as const;

export const rightsSchema = z.strictObject({
  /** Whose text it is: "Public domain" or the copyright holder. */
  holder: text,
  licence: z.enum(LICENCES),
  /**
   * Where the text (or its licence) can be checked: required, since a stated
   * licence decides who may read and export the text.
   */
  sourceUrl: webAddress("the address where the text or its licence can be checked"),
  /** What the licence allows and what a teacher should check. */
  note: text,
});

export const readingSchema = z.strictObject({
  slug: slugSchema,
  title: text,
  dek: text.optional(),
  author: text,
  authorBio: text.optional(),
  publication: text,
  publishedOn: z.iso.date(),
  /** Where the original is online; a teacher's own text (a handout) has none, and `attribution` credits it either way. */
  sourceUrl: webAddress("the address of the original").optional(),
  readingMinutes: positiveInt,
  attribution: text,
  classroomNote: text,
  published: z.boolean(),
  /** Optional so older folders stay valid; a reading without rights is treated as not public domain. */
  rights: rightsSchema.optional(),
  /** Overrides DEFAULT_CHUNK_SIZE, e.g. for a short speech with long paragraphs. */
  chunkSize: chunkSizeSchema.optional(),
  paragraphs: z.array(paragraphSchema).min(1),
  chunks: z.array(chunkSchema).min(1),
  glossary: z.array(glossaryEntrySchema),
  contextNotes: z.array(contextNoteSchema),
});

const choiceOption = z.strictObject({ id, text, feedback: text });
const labelledItem = z.strictObject({ id, text });

const questionBase = {
  id,
  chunkId: id,
  stage: stageSchema.default("chunk"),
  skill: skillSchema,
  difficulty: difficultySchema,
  prompt: text,
  explanation: text,
  cites: z.array(paragraphId).min(1),
  /**
   * The sentences the key rests on (an evidence question's own answer counts
   * too). Optional; content:check uses them to find a point tested more than twice.
   */
  keySentences: z.array(sentenceIdSchema).min(1).optional(),
  /** In the core set: the items that cover the whole argument in one class period; the rest is extension. */
  core: z.boolean().optional(),
};

export const singleChoiceSchema = z.strictObject({
  ...questionBase,
  type: z.literal("single_choice"),
  options: z.array(choiceOption).min(2),
  answer: id,
});

export const multipleSelectSchema = z.strictObject({
  ...questionBase,
  type: z.literal("multiple_select"),
  options: z.array(choiceOption).min(3),
  answer: z.array(id).min(2),
});

export const trueFalseSchema = z.strictObject({
  ...questionBase,
  type: z.literal("true_false"),
  statement: text,
  answer: z.boolean(),
  trueFeedback: text,
  falseFeedback: text,
  why: z.strictObject({ prompt: text, options: z.array(choiceOption).min(2), answer: id }),
});

export const orderingSchema = z.strictObject({
  ...questionBase,
  type: z.literal("ordering"),
  items: z.array(labelledItem).min(2),
  answer: z.array(id).min(2),
});

export const matchingSchema = z.strictObject({
  ...questionBase,
  type: z.literal("matching"),
  left: z.array(labelledItem).min(2),
  right: z.array(labelledItem).min(2),
  answer: z.record(z.string(), id),
});

/** What an answer at each level of one criterion looks like (`partial` only when the criterion has more than one point). */
export const rubricLevelsSchema = z.strictObject({ full: text, partial: text.optional(), none: text });

export const rubricCriterionSchema = z.strictObject({
  id,
  description: text,
  points: positiveInt,
  /** Optional so older rubrics stay valid; content:check warns when it is missing. */
  levels: rubricLevelsSchema.optional(),
});

export const shortAnswerSchema = z.strictObject({
  ...questionBase,
  type: z.literal("short_answer"),
  maxWords: positiveInt,
  rubric: z.strictObject({
    criteria: z.array(rubricCriterionSchema).min(1),
    modelAnswer: text,
  }),
});

export const evidenceSchema = z.strictObject({
  ...questionBase,
  type: z.literal("evidence"),
  claim: text,
  answer: z.array(sentenceIdSchema).min(1),
  acceptable: z.array(sentenceIdSchema).optional(),
});

export const questionSchema = z.discriminatedUnion("type", [
  singleChoiceSchema,
  multipleSelectSchema,
  trueFalseSchema,
  orderingSchema,
  matchingSchema,
  shortAnswerSchema,
  evidenceSchema,
]);

export const questionsFileSchema = z.strictObject({ questions: z.array(questionSchema) });

export type Skill = (typeof SKILLS)[number];
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type Stage = (typeof STAGES)[number];
export type Difficulty = z.infer<typeof difficultySchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Chunk = z.infer<typeof chunkSchema>;
export type RubricLevels = z.infer<typeof rubricLevelsSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type ContextNote = z.infer<typeof contextNoteSchema>;
export type ChunkSize = z.infer<typeof chunkSizeSchema>;
export type Reading = z.infer<typeof readingSchema>;
export type Rights = z.infer<typeof rightsSchema>;
export type Licence = (typeof LICENCES)[number];
export type RubricCriterion = z.infer<typeof rubricCriterionSchema>;
export type ChoiceOption = z.infer<typeof choiceOption>;
export type LabelledItem = z.infer<typeof labelledItem>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionOfType<T extends QuestionType> = Extract<Question, { type: T }>;
export type SingleChoiceQuestion = QuestionOfType<"single_choice">;
export type MultipleSelectQuestion = QuestionOfType<"multiple_select">;
export type TrueFalseQuestion = QuestionOfType<"true_false">;
export type OrderingQuestion = QuestionOfType<"ordering">;
export type MatchingQuestion = QuestionOfType<"matching">;
export type ShortAnswerQuestion = QuestionOfType<"short_answer">;
export type EvidenceQuestion = QuestionOfType<"evidence">;
