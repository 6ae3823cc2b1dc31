/**
 * The shape a stored or autosaved draft must have for the editor to open it:
 * the lists and fields it walks, each of the right kind, but any value still
 * empty or wrong (checkDraft reports those). Client-safe: the autosave route
 * parses its body with it and the editor reads localStorage through it.
 */
import { z } from "zod";
import { QUESTION_TYPES } from "@/lib/content/schema";
import type { ReadingDraft } from "./draft";

const LIMITS = { paragraphs: 400, sentences: 200, chunks: 100, entries: 500, questions: 200 } as const;

const item = z.looseObject({ id: z.string() });

const readingShape = z.looseObject({
  slug: z.string(),
  title: z.string(),
  author: z.string(),
  publication: z.string(),
  publishedOn: z.string(),
  // Optional in a reading: an empty one (drafts saved before it was, fresh imports) is none.
  sourceUrl: z
    .string()
    .optional()
    .transform((url) => (url?.trim() ? url : undefined)),
  attribution: z.string(),
  classroomNote: z.string(),
  paragraphs: z.array(z.looseObject({ id: z.string(), sentences: z.array(z.string()).max(LIMITS.sentences) })).max(LIMITS.paragraphs),
  chunks: z.array(z.looseObject({ id: z.string(), title: z.string(), readFor: z.string(), paragraphIds: z.array(z.string()) })).max(LIMITS.chunks),
  glossary: z.array(item).max(LIMITS.entries),
  contextNotes: z.array(item).max(LIMITS.entries),
});

const questionShape = z.looseObject({ id: z.string(), chunkId: z.string(), type: z.enum(QUESTION_TYPES) });

export const readingDraftSchema = z
  .object({ reading: readingShape, questions: z.array(questionShape).max(LIMITS.questions) })
  // Values are checked by checkDraft, not here: a draft may hold what the teacher has not finished.
  .transform((draft) => draft as unknown as ReadingDraft);

/** A draft from text (the database, localStorage), or undefined when it is not one. */
export function parseDraftJson(json: string): ReadingDraft | undefined {
  try {
    const parsed = readingDraftSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The autosave route's body: the whole draft and the revision it was made from. */
export const saveDraftBodySchema = z.object({ draft: readingDraftSchema, revision: z.number().int().positive() });
