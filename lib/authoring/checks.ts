/**
 * content:check's rules on a draft, as the editor shows them while the
 * teacher types: errors (the schema and the rules behind it) stop
 * publishing, cue warnings do not. The checker proper stops at the first
 * schema failure, so a draft with empty fields would hear about its chunking
 * only once every field is filled; here the rules past the schema run on a
 * copy with the empty fields stood in for, and every issue shows at once.
 * Pure and client-safe: it runs in the browser on every (debounced) change.
 */
import { findCues } from "@/lib/content/cues";
import { questionSchema, readingSchema, type Question, type Reading } from "@/lib/content/schema";
import { validateQuestions, validateReading, type ContentIssue } from "@/lib/content/validate";
import type { EditorIssue, ReadingDraft } from "./draft";

export function checkDraft(draft: ReadingDraft): EditorIssue[] {
  const { reading, questions } = draft;
  const issues: EditorIssue[] = [];
  const add = (list: ContentIssue[]) => issues.push(...list.map(({ id, message }) => ({ severity: "error" as const, id, message })));

  const asWritten = validateReading(reading.slug, reading);
  add(asWritten.issues);
  const stoodIn = asWritten.reading ?? standIn(reading);
  // A stand-in's own text ("…" is not in the text) says nothing about the draft.
  if (stoodIn && !asWritten.reading) add(validateReading(stoodIn.slug, stoodIn).issues.filter((issue) => !issue.message.includes(FILLER)));
  if (!stoodIn) return unique(issues);

  // Schema messages for every question, then the cross-checks on those that parse.
  const written = validateQuestions(stoodIn, { questions });
  add(written.issues);
  const parsed = written.questions ?? questions.filter((question) => questionSchema.safeParse(question).success);
  if (!written.questions) add(validateQuestions(stoodIn, { questions: parsed }).issues);
  for (const warning of findCues(stoodIn, parsed as Question[]).warnings) {
    for (const id of warning.ids) issues.push({ severity: "warning", id, message: warning.message });
  }
  return unique(issues);
}

const FILLER = "…";
const TEXT_FIELDS = ["title", "author", "publication", "attribution", "classroomNote"] as const;

/**
 * The draft with what is empty or malformed in its fields (not its structure)
 * replaced by a stand-in, so the rules past the schema can run; undefined
 * when even that does not parse.
 */
function standIn(reading: Reading): Reading | undefined {
  const filled = (value: string | undefined) => (value?.trim() ? value : FILLER);
  const copy = {
    ...reading,
    ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, filled(reading[field])])),
    publishedOn: readingSchema.shape.publishedOn.safeParse(reading.publishedOn).success ? reading.publishedOn : "2000-01-01",
    sourceUrl: readingSchema.shape.sourceUrl.safeParse(reading.sourceUrl).success ? reading.sourceUrl : "https://example.org/",
    readingMinutes: Math.max(1, Math.round(Number(reading.readingMinutes) || 1)),
    slug: readingSchema.shape.slug.safeParse(reading.slug).success ? reading.slug : "draft",
    chunks: reading.chunks.map((chunk) => ({ ...chunk, title: filled(chunk.title), readFor: filled(chunk.readFor) })),
    paragraphs: reading.paragraphs.map((p) => ({ ...p, sentences: p.sentences.length ? p.sentences.map((s) => filled(s.trim())) : [FILLER] })),
    glossary: reading.glossary.map((entry) => ({ ...entry, term: filled(entry.term), definition: filled(entry.definition) })),
    contextNotes: reading.contextNotes.map((note) => ({ ...note, anchor: filled(note.anchor), note: filled(note.note) })),
  };
  const parsed = readingSchema.safeParse(copy);
  if (!parsed.success) return undefined;
  return parsed.data;
}

/** The same message about the same thing once (the stand-in run repeats some). */
function unique(issues: EditorIssue[]): EditorIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.severity} ${issue.id} ${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
