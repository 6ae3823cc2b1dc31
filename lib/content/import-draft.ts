/**
 * The importer's result and what can be done with it without the importer:
 * the draft reading, the report of every removed block, and `restore`, which
 * puts a removed block back. Nothing here reads raw text or needs Node, so a
 * page can import it in the browser.
 */
import { CHUNK_COUNT, DEFAULT_CHUNK_SIZE, type Chunk, type Paragraph, type Reading } from "./schema";
import { countWords, paragraphText, readingMinutesFor } from "./sentences";
import { splitSentences } from "./split-sentences";
import { validateReading } from "./validate";

const PARAGRAPHS_PER_CHUNK = 3;

export const REMOVAL_REASONS = [
  "duplicate-paragraph",
  "pull-quote",
  "caption",
  "credit",
  "boilerplate",
  "unrelated-teaser",
  "related-box",
  "section-heading",
  "editor-note",
  "author-bio",
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

/** What a page shows next to each removed block, for the teacher to restore it or leave it out. */
export const REMOVAL_LABELS: Record<RemovalReason, string> = {
  "duplicate-paragraph": "repeated paragraph",
  "pull-quote": "pull quote",
  caption: "caption",
  credit: "photo credit",
  boilerplate: "page furniture (share bar, sign-up, comments, ads)",
  "unrelated-teaser": "link to another article",
  "related-box": "related box",
  "section-heading": "section heading",
  "editor-note": "editor’s note",
  "author-bio": "author bio",
};

export interface Removal {
  /** The block's place in the source, in the order `report.bodyIndexes` uses: `restore(result, index)` puts it back there. */
  index: number;
  reason: RemovalReason;
  /** The removed text, one line per removed line. */
  text: string;
  /** 1-based line of the raw text where the removed block starts. */
  line: number;
  /** What it repeats ("p07"), for duplicates and pull quotes. */
  repeats?: string;
  /** The heading a teaser was listed under ("More from Foreign Policy", "Related"). */
  section?: string;
}

export interface ImportReport {
  source?: string;
  recovered: {
    title: string;
    dek?: string;
    /** The byline and dateline as printed, for checking what was read from them. */
    byline?: string;
    dateline?: string;
    author: string;
    authorFrom: "byline" | "bio" | "not found";
    authorBio?: string;
    publication?: string;
    publishedOn?: string;
  };
  paragraphs: number;
  sentences: number;
  words: number;
  counts: Record<RemovalReason, number>;
  removed: Removal[];
  /** The source index of each body paragraph, in reading order: where a restored block goes. */
  bodyIndexes: number[];
  /** What the draft leaves for a person to write or check. */
  toCurate: string[];
}

export interface ImportResult {
  /** A draft: fields the raw text cannot supply are empty strings, so content:check flags them. */
  reading: Reading;
  report: ImportReport;
}


/**
 * The result with the removed block at `index` put back as a body paragraph
 * in its place: paragraphs renumbered, chunks redrafted, the report updated.
 * Pure: `result` is left as it was.
 */
export function restore(result: ImportResult, index: number): ImportResult {
  const { reading, report } = result;
  const block = report.removed.find((r) => r.index === index);
  if (!block) throw new Error(`no removed block at index ${index}`);
  const body = reading.paragraphs.map((p, i) => ({ index: report.bodyIndexes[i]!, sentences: p.sentences }));
  const at = body.filter((p) => p.index < index).length;
  // A caption printed twice (alt text and caption) comes back once.
  const lines = block.text.split("\n").filter((line, i, all) => line !== all[i - 1]);
  body.splice(at, 0, { index, sentences: splitSentences(lines.join(" ").replace(/\s+/g, " ").trim()) });
  const indexOfOldId = new Map(reading.paragraphs.map((p, i) => [p.id, report.bodyIndexes[i]!]));
  const newIdOfIndex = new Map(body.map((p, i) => [p.index, paragraphId(i, body.length)]));
  const removed = report.removed
    .filter((r) => r !== block)
    .map((r) => (r.repeats ? { ...r, repeats: newIdOfIndex.get(indexOfOldId.get(r.repeats)!)! } : r));
  return assemble({ slug: reading.slug, source: report.source, recovered: report.recovered, body, removed });
}

export interface Assembly {
  slug: string;
  source?: string;
  recovered: ImportReport["recovered"];
  body: { index: number; sentences: string[] }[];
  removed: Removal[];
}

export function assemble({ slug, source, recovered, body, removed }: Assembly): ImportResult {
  const paragraphs: Paragraph[] = body.map((p, i) => ({ id: paragraphId(i, body.length), sentences: p.sentences }));
  const reading = draftReading(slug, recovered, paragraphs);
  const report: ImportReport = {
    ...(source && { source }),
    recovered,
    paragraphs: paragraphs.length,
    sentences: paragraphs.reduce((sum, p) => sum + p.sentences.length, 0),
    words: paragraphs.reduce((sum, p) => sum + countWords(paragraphText(p)), 0),
    counts: Object.fromEntries(REMOVAL_REASONS.map((reason) => [reason, removed.filter((r) => r.reason === reason).length])) as Record<
      RemovalReason,
      number
    >,
    removed,
    bodyIndexes: body.map((p) => p.index),
    toCurate: toCurate(reading),
  };
  return { reading, report };
}

/** "p07": two digits at least, more when the text has 100 paragraphs or more. */
export function paragraphId(i: number, count: number): string {
  return `p${String(i + 1).padStart(Math.max(2, String(count).length), "0")}`;
}


// ---------------------------------------------------------------------------
// Draft

/** Fields the raw text cannot supply are left empty, so content:check points at them. */
function draftReading(slug: string, recovered: ImportReport["recovered"], paragraphs: Paragraph[]): Reading {
  return {
    slug,
    title: recovered.title,
    ...(recovered.dek && { dek: recovered.dek }),
    author: recovered.author,
    ...(recovered.authorBio && { authorBio: recovered.authorBio }),
    publication: recovered.publication ?? "",
    publishedOn: recovered.publishedOn ?? "",
    sourceUrl: "",
    readingMinutes: readingMinutesFor(paragraphs),
    attribution: "",
    classroomNote: "",
    published: false,
    paragraphs,
    chunks: draftChunks(paragraphs.map((p) => p.id)),
    glossary: [],
    contextNotes: [],
  };
}

/**
 * About three paragraphs a chunk, sizes as even as possible, always 2 to 4
 * paragraphs a chunk (from 4 paragraphs up) and 2 to 8 chunks while the count
 * allows (4 to 32 paragraphs). A longer text gets as few chunks over 8 as it can, which
 * toCurate reports: it wants splitting into two readings, not overfull chunks.
 * Curation sets the real boundaries.
 */
function draftChunks(paragraphIds: string[]): Chunk[] {
  const n = paragraphIds.length;
  const fewest = Math.max(CHUNK_COUNT.min, Math.ceil(n / DEFAULT_CHUNK_SIZE.max));
  const most = Math.max(fewest, Math.min(CHUNK_COUNT.max, Math.floor(n / DEFAULT_CHUNK_SIZE.min)));
  const count = n < CHUNK_COUNT.min * DEFAULT_CHUNK_SIZE.min ? 1 : Math.min(Math.max(Math.round(n / PARAGRAPHS_PER_CHUNK), fewest), most);
  const chunks: Chunk[] = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    const size = Math.floor(n / count) + (i < n % count ? 1 : 0);
    chunks.push({ id: `c${i + 1}`, title: "", readFor: "", paragraphIds: paragraphIds.slice(next, next + size) });
    next += size;
  }
  return chunks;
}

function toCurate(reading: Reading): string[] {
  const emptyFields = (["title", "author", "publication", "publishedOn", "sourceUrl", "attribution", "classroomNote"] as const).filter(
    (field) => reading[field] === "",
  );
  return [
    ...emptyFields,
    "paragraphs: check every sentence break",
    "chunks: boundaries, title and readFor",
    ...chunkProblems(reading),
    "glossary",
    "contextNotes",
    "questions.json",
    "published",
  ];
}

/**
 * What the checker will say about the chunking once every empty field is
 * filled (it reports schema errors first): only when the paragraph count
 * allows no chunking within the rules (fewer than 4, or more than 32).
 */
function chunkProblems(reading: Reading): string[] {
  const filled = "to write";
  const { issues } = validateReading(reading.slug, {
    ...reading,
    ...Object.fromEntries(TEXT_FIELDS.filter((field) => reading[field] === "").map((field) => [field, filled])),
    publishedOn: reading.publishedOn || "2000-01-01",
    sourceUrl: reading.sourceUrl || "https://example.org/",
    chunks: reading.chunks.map((chunk) => ({ ...chunk, title: chunk.title || filled, readFor: chunk.readFor || filled })),
  });
  return issues.map((issue) => `${issue.id}: ${issue.message}`);
}
const TEXT_FIELDS = ["title", "author", "publication", "attribution", "classroomNote"] as const;
