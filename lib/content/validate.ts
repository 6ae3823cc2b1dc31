/**
 * Validation of one reading folder: the zod schemas first, then the rules a
 * schema cannot express (references, keys, chunking, anchors). Every issue
 * names its file and the id of the thing at fault.
 */
import type { z } from "zod";
import {
  CHUNK_COUNT,
  DEFAULT_CHUNK_SIZE,
  questionsFileSchema,
  readingSchema,
  type ChoiceOption,
  type LabelledItem,
  type Question,
  type Reading,
} from "./schema";
import { paragraphText, parseSentenceId } from "./sentences";

export type ContentFile = "reading.json" | "questions.json";

export interface ContentIssue {
  file: ContentFile;
  /** The id of the paragraph, chunk, question... at fault, or the top-level field name. */
  id: string;
  message: string;
}

export interface ValidatedFolder {
  /** Present when reading.json matches the schema (it may still have semantic issues); likewise questions. */
  reading?: Reading;
  questions?: Question[];
  issues: ContentIssue[];
}

type Report = (id: string, message: string) => void;

/** reading.json and questions.json of the folder `folder`, as parsed JSON. */
export function validateReadingFolder(folder: string, readingJson: unknown, questionsJson: unknown): ValidatedFolder {
  const { reading, issues } = validateReading(folder, readingJson);
  if (!reading) return { issues };
  const questions = validateQuestions(reading, questionsJson);
  return { reading, questions: questions.questions, issues: [...issues, ...questions.issues] };
}

export function validateReading(folder: string, readingJson: unknown): { reading?: Reading; issues: ContentIssue[] } {
  const parsed = readingSchema.safeParse(readingJson);
  if (!parsed.success) return { issues: zodIssues("reading.json", parsed.error, readingJson) };
  const issues: ContentIssue[] = [];
  checkReading(folder, parsed.data, (id, message) => issues.push({ file: "reading.json", id, message }));
  return { reading: parsed.data, issues };
}

/** questions.json against its (schema-valid) reading. */
export function validateQuestions(reading: Reading, questionsJson: unknown): { questions?: Question[]; issues: ContentIssue[] } {
  const parsed = questionsFileSchema.safeParse(questionsJson);
  if (!parsed.success) return { issues: zodIssues("questions.json", parsed.error, questionsJson) };
  const issues: ContentIssue[] = [];
  checkQuestions(reading, parsed.data.questions, (id, message) => issues.push({ file: "questions.json", id, message }));
  return { questions: parsed.data.questions, issues };
}

// ---------------------------------------------------------------------------
// zod issues, named by the id of the item they sit in

type PathKey = PropertyKey;

function zodIssues(file: ContentFile, error: z.ZodError, raw: unknown): ContentIssue[] {
  return error.issues.map((issue) => {
    const { id, field } = locate(raw, issue.path);
    const missing = issue.code === "invalid_type" && valueAt(raw, issue.path) === undefined;
    const message = missing ? "is required" : issue.message;
    return { file, id, message: field ? `${field}: ${message}` : message };
  });
}

/** Splits a path into the outermost list item that has an id, and the field path inside it. */
function locate(raw: unknown, path: readonly PathKey[]): { id: string; field: string } {
  let value = raw;
  for (let i = 0; i < path.length; i++) {
    value = child(value, path[i]!);
    const itemId = typeof path[i] === "number" ? idOf(value) : undefined;
    if (itemId) return { id: itemId, field: renderPath(raw, path, i + 1) };
  }
  return path.length === 0 ? { id: "(file)", field: "" } : { id: renderPath(raw, path, 0), field: "" };
}

/** `options[b].feedback`: list items shown by their id when they have one. */
function renderPath(raw: unknown, path: readonly PathKey[], from: number): string {
  let value = raw;
  let rendered = "";
  path.forEach((key, i) => {
    value = child(value, key);
    if (i < from) return;
    if (typeof key === "number") rendered += `[${idOf(value) ?? key}]`;
    else rendered += rendered ? `.${String(key)}` : String(key);
  });
  return rendered;
}

function valueAt(raw: unknown, path: readonly PathKey[]): unknown {
  return path.reduce<unknown>((value, key) => child(value, key), raw);
}

function child(value: unknown, key: PathKey): unknown {
  return typeof value === "object" && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}

function idOf(value: unknown): string | undefined {
  const id = child(value, "id");
  return typeof id === "string" && id !== "" ? id : undefined;
}

// ---------------------------------------------------------------------------
// reading.json

function checkReading(folder: string, reading: Reading, report: Report): void {
  if (reading.slug !== folder) report("slug", `"${reading.slug}" does not match the folder name "${folder}"`);

  const lists = [
    [reading.paragraphs, "paragraph"],
    [reading.chunks, "chunk"],
    [reading.glossary, "glossary entry"],
    [reading.contextNotes, "context note"],
  ] as const;
  for (const [items, kind] of lists) for (const id of duplicateIds(items)) report(id, `duplicate ${kind} id`);

  checkChunks(reading, report);
  checkAnchors(reading, report);
}

function checkChunks(reading: Reading, report: Report): void {
  const paragraphIds = reading.paragraphs.map((p) => p.id);
  const known = new Set(paragraphIds);
  const chunkOf = new Map<string, string>();
  const size = reading.chunkSize ?? DEFAULT_CHUNK_SIZE;
  let repeated = false;

  for (const chunk of reading.chunks) {
    for (const pid of chunk.paragraphIds) {
      if (!known.has(pid)) report(chunk.id, `paragraph "${pid}" does not exist`);
      else if (chunkOf.has(pid)) {
        report(pid, `is in chunk "${chunkOf.get(pid)}" and again in "${chunk.id}"`);
        repeated = true;
      } else chunkOf.set(pid, chunk.id);
    }
    const n = chunk.paragraphIds.length;
    if (n < size.min || n > size.max) report(chunk.id, `has ${n} paragraph(s); chunks have ${size.min} to ${size.max}`);
  }
  for (const pid of paragraphIds) if (!chunkOf.has(pid)) report(pid, "is in no chunk");

  // Order only means something once every paragraph is in one chunk.
  if (!repeated) {
    const chunkedOrder = reading.chunks.flatMap((c) => c.paragraphIds).filter((pid) => known.has(pid));
    const readingOrder = paragraphIds.filter((pid) => chunkOf.has(pid));
    const outOfOrder = chunkedOrder.find((pid, i) => pid !== readingOrder[i]);
    if (outOfOrder) report(chunkOf.get(outOfOrder)!, `lists ${outOfOrder} out of reading order`);
  }

  const count = reading.chunks.length;
  if (count < CHUNK_COUNT.min || count > CHUNK_COUNT.max) {
    report("chunks", `${count} chunk(s); a reading has ${CHUNK_COUNT.min} to ${CHUNK_COUNT.max}`);
  }
}

function checkAnchors(reading: Reading, report: Report): void {
  // Paragraphs are joined with a line break no anchor contains, so an anchor never spans two.
  const fullText = reading.paragraphs.map(paragraphText).join("\n");
  for (const entry of reading.glossary) {
    const forms = [entry.term, ...(entry.aliases ?? [])];
    if (!forms.some((form) => fullText.includes(form))) {
      report(entry.id, `term "${entry.term}" (or an alias) does not occur verbatim in the text`);
    }
  }
  const paragraphs = new Map(reading.paragraphs.map((p) => [p.id, p]));
  for (const note of reading.contextNotes) {
    const paragraph = paragraphs.get(note.paragraphId);
    if (!paragraph) report(note.id, `paragraph "${note.paragraphId}" does not exist`);
    else if (!paragraphText(paragraph).includes(note.anchor)) {
      report(note.id, `anchor "${note.anchor}" does not occur verbatim in ${note.paragraphId}`);
    }
  }
}

// ---------------------------------------------------------------------------
// questions.json

type Say = (message: string) => void;

function checkQuestions(reading: Reading, questions: Question[], report: Report): void {
  for (const id of duplicateIds(questions)) report(id, "duplicate question id");
  const chunks = new Map(reading.chunks.map((c) => [c.id, c]));
  const sentenceCounts = new Map(reading.paragraphs.map((p) => [p.id, p.sentences.length]));

  for (const q of questions) {
    const say: Say = (message) => report(q.id, message);
    const chunk = chunks.get(q.chunkId);
    if (!chunk) say(`chunk "${q.chunkId}" does not exist`);
    for (const pid of q.cites) if (!sentenceCounts.has(pid)) say(`cites paragraph "${pid}", which does not exist`);
    for (const sid of q.keySentences ?? []) if (!sentenceExists(sid, sentenceCounts)) say(`key sentence "${sid}" does not exist`);

    switch (q.type) {
      case "single_choice":
        checkChoice(q.options, [q.answer], say);
        break;
      case "multiple_select":
        checkChoice(q.options, q.answer, say);
        if (new Set(q.answer).size !== q.answer.length) say("answer lists an option twice");
        if (q.options.length <= new Set(q.answer).size) say("needs at least one wrong option");
        break;
      case "true_false":
        checkChoice(q.why.options, [q.why.answer], (message) => say(`why: ${message}`));
        break;
      case "ordering":
        checkOrdering(q.items, q.answer, say);
        break;
      case "matching":
        checkMatching(q.left, q.right, q.answer, say);
        break;
      case "short_answer":
        for (const id of duplicateIds(q.rubric.criteria)) say(`duplicate rubric criterion id "${id}"`);
        break;
      case "evidence":
        checkEvidence(q.answer, q.acceptable ?? [], chunk?.paragraphIds ?? [], sentenceCounts, say);
        break;
    }
  }
}

function checkChoice(options: ChoiceOption[], keys: string[], say: Say): void {
  for (const id of duplicateIds(options)) say(`duplicate option id "${id}"`);
  const ids = new Set(options.map((o) => o.id));
  for (const key of keys) if (!ids.has(key)) say(`answer "${key}" is not one of the options`);
}

function checkOrdering(items: LabelledItem[], answer: string[], say: Say): void {
  for (const id of duplicateIds(items)) say(`duplicate item id "${id}"`);
  const ids = items.map((i) => i.id);
  const isPermutation =
    answer.length === ids.length && new Set(answer).size === answer.length && ids.every((id) => answer.includes(id));
  if (!isPermutation) say(`answer must list every item exactly once (items: ${ids.join(", ")})`);
}

function checkMatching(left: LabelledItem[], right: LabelledItem[], answer: Record<string, string>, say: Say): void {
  for (const id of duplicateIds(left)) say(`duplicate left item id "${id}"`);
  for (const id of duplicateIds(right)) say(`duplicate right item id "${id}"`);
  const leftIds = new Set(left.map((i) => i.id));
  const rightIds = new Set(right.map((i) => i.id));
  for (const id of leftIds) if (!(id in answer)) say(`answer does not match left item "${id}"`);
  for (const [l, r] of Object.entries(answer)) {
    if (!leftIds.has(l)) say(`answer matches "${l}", which is not a left item`);
    if (!rightIds.has(r)) say(`answer matches "${l}" to "${r}", which is not a right item`);
  }
}

function checkEvidence(
  answer: string[],
  acceptable: string[],
  chunkParagraphIds: string[],
  sentenceCounts: Map<string, number>,
  say: Say,
): void {
  const inChunk = new Set(chunkParagraphIds);
  const check = (list: string) => (sid: string) => {
    if (!sentenceExists(sid, sentenceCounts)) say(`${list} sentence "${sid}" does not exist`);
    else if (!inChunk.has(parseSentenceId(sid)!.paragraphId)) say(`${list} sentence "${sid}" is outside the question's chunk`);
  };
  answer.forEach(check("answer"));
  acceptable.forEach(check("acceptable"));
  if (new Set(answer).size !== answer.length) say("answer lists a sentence twice");
  for (const sid of acceptable) if (answer.includes(sid)) say(`"${sid}" is both an answer and acceptable`);
}

function sentenceExists(sid: string, sentenceCounts: Map<string, number>): boolean {
  const ref = parseSentenceId(sid);
  const count = ref && sentenceCounts.get(ref.paragraphId);
  return ref !== undefined && count !== undefined && ref.index <= count;
}

/** Each id that occurs more than once, listed once. */
function duplicateIds(items: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { id } of items) (seen.has(id) ? duplicates : seen).add(id);
  return [...duplicates];
}
