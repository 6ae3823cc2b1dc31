/**
 * Turns the raw text of a web article (as copied from the page) into a DRAFT
 * reading: metadata, body paragraphs split into sentences, a first cut of
 * chunks, and a report of every block it removed and why. It works on
 * blank-line-separated blocks and their lines; nothing here knows any one
 * article. A person curates the draft before it is published.
 */
import {
  bioAuthor,
  isBoilerplate,
  isCredit,
  isInlineTeaser,
  isTeaserHeading,
  normalize,
  parseByline,
  parseDate,
  siteFromTeaserHeading,
  splitTrailingCredit,
  type Byline,
} from "./import-patterns";
import { CHUNK_COUNT, type Chunk, type Paragraph, type Reading } from "./schema";
import { countWords, paragraphText, readingMinutesFor } from "./sentences";
import { splitSentences } from "./split-sentences";

export const REMOVAL_REASONS = [
  "duplicate-paragraph",
  "pull-quote",
  "caption",
  "credit",
  "boilerplate",
  "unrelated-teaser",
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

export interface Removal {
  reason: RemovalReason;
  /** 1-based line of the raw text where the removed block starts. */
  line: number;
  /** The removed text, one line per removed line. */
  text: string;
  /** What it repeats ("p07"), for duplicates and pull quotes. */
  repeats?: string;
  /** The heading a teaser was listed under ("More from Foreign Policy"). */
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
  /** What the draft leaves for a person to write or check. */
  toCurate: string[];
}

export interface ImportResult {
  /** A draft: fields the raw text cannot supply are empty strings, so content:check flags them. */
  reading: Reading;
  report: ImportReport;
}

type Label = RemovalReason | "title" | "dek" | "byline" | "date" | "body" | "bio";

/** A line of the raw text, or the lines of one hard-wrapped paragraph. */
interface Piece {
  text: string;
  line: number;
  block: number;
  label?: Label;
  /** For a repeat: the piece it repeats. */
  repeats?: Piece;
}

const CAPTION_MAX_WORDS = 60;
const WRAPPED_LINE = { min: 40, max: 100 } as const;
const PULL_QUOTE_WORDS = { min: 4, max: 40 } as const;
const HEADER_SEARCH = 6;
const PARAGRAPHS_PER_CHUNK = 3;

export function importArticle(raw: string, options: { slug: string; source?: string }): ImportResult {
  const pieces = splitTrailingCredits(toPieces(raw));
  const teaserStart = pieces.findIndex((p) => isTeaserHeading(p.text));
  const article = teaserStart < 0 ? pieces : pieces.slice(0, teaserStart);
  const teasers = teaserStart < 0 ? [] : pieces.slice(teaserStart);

  labelFurniture(article);
  labelCaptions(article);
  const header = labelHeader(article);
  for (const piece of article) piece.label ??= "body";
  labelRepeats(article);
  const bio = labelBio(article, header.byline);

  const body = article.filter((p) => p.label === "body");
  const digits = Math.max(2, String(body.length).length);
  const paragraphIds = new Map(body.map((p, i) => [p, `p${String(i + 1).padStart(digits, "0")}`]));
  const paragraphs: Paragraph[] = body.map((p) => ({ id: paragraphIds.get(p)!, sentences: splitSentences(p.text) }));

  const removed = [...removalsIn(article, paragraphIds), ...teaserRemovals(teasers)];
  const recovered: ImportReport["recovered"] = withoutUndefined({
    title: header.title ?? "",
    dek: header.dek,
    byline: header.bylineText,
    dateline: header.dateline,
    author: header.byline?.name || bio?.author || "",
    authorFrom: header.byline?.name ? "byline" : bio ? "bio" : "not found",
    authorBio: bio?.text,
    publication: header.byline?.publication ?? siteFromTeaserHeading(teasers[0]?.text ?? ""),
    publishedOn: header.publishedOn,
  });
  const reading = draftReading(options.slug, recovered, paragraphs);
  const report: ImportReport = {
    ...(options.source && { source: options.source }),
    recovered,
    paragraphs: paragraphs.length,
    sentences: paragraphs.reduce((sum, p) => sum + p.sentences.length, 0),
    words: paragraphs.reduce((sum, p) => sum + countWords(paragraphText(p)), 0),
    counts: Object.fromEntries(REMOVAL_REASONS.map((reason) => [reason, removed.filter((r) => r.reason === reason).length])) as Record<
      RemovalReason,
      number
    >,
    removed,
    toCurate: toCurate(reading),
  };
  return { reading, report };
}

// ---------------------------------------------------------------------------
// Raw text → pieces

function toPieces(raw: string): Piece[] {
  const pieces: Piece[] = [];
  let lines: { text: string; line: number }[] = [];
  let block = 0;
  const endBlock = () => {
    if (lines.length === 0) return;
    if (isHardWrapped(lines.map((l) => l.text))) pieces.push({ text: lines.map((l) => l.text).join(" "), line: lines[0]!.line, block });
    else pieces.push(...lines.map((l) => ({ ...l, block })));
    lines = [];
    block++;
  };
  raw.split(/\r\n?|\n/).forEach((rawLine, index) => {
    const text = rawLine.replace(/\s+/g, " ").trim();
    if (text) lines.push({ text, line: index + 1 });
    else endBlock();
  });
  endBlock();
  return pieces;
}

/**
 * A paragraph broken into lines of similar, moderate length (as in a plain-text
 * copy wrapped at ~72 columns) rather than a stack of separate lines: a
 * byline, a caption printed twice, a credit, a share bar.
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2 || new Set(lines).size < lines.length) return false;
  const wrapped = lines.slice(0, -1).every((line) => line.length >= WRAPPED_LINE.min && line.length <= WRAPPED_LINE.max);
  return wrapped && !lines.some((line) => parseByline(line) || isCredit(line) || isBoilerplate(line));
}

/** "Caption text. Name/Agency" becomes a caption piece and a credit piece. */
function splitTrailingCredits(pieces: Piece[]): Piece[] {
  return pieces.flatMap((piece) => {
    const split = countWords(piece.text) <= CAPTION_MAX_WORDS ? splitTrailingCredit(piece.text) : undefined;
    if (!split) return [piece];
    return [
      { ...piece, text: split.caption, label: "caption" as const },
      { ...piece, text: split.credit, label: "credit" as const },
    ];
  });
}

// ---------------------------------------------------------------------------
// Labelling passes (each leaves labelled pieces alone)

function labelFurniture(pieces: Piece[]): void {
  for (const piece of unlabelled(pieces)) {
    if (isBoilerplate(piece.text)) piece.label = "boilerplate";
    else if (isInlineTeaser(piece.text)) piece.label = "unrelated-teaser";
    else if (isCredit(piece.text) && !parseByline(piece.text)) piece.label = "credit";
  }
}

/**
 * Image captions: a line printed twice in a row (alt text and caption), the
 * line that follows such a pair, and the line just before a credit, all
 * within one block.
 */
function labelCaptions(pieces: Piece[]): void {
  pieces.forEach((piece, i) => {
    if (piece.label) return;
    const before = pieces[i - 1];
    const after = pieces[i + 1];
    const isShort = countWords(piece.text) <= CAPTION_MAX_WORDS;
    const followsPrintedTwice = before?.block === piece.block && isPrintedTwice(pieces, i - 1);
    const precedesCredit = after?.block === piece.block && after.label === "credit";
    if (isPrintedTwice(pieces, i) || (isShort && (followsPrintedTwice || precedesCredit))) piece.label = "caption";
  });
}

/** Whether the line at `i` is printed twice in a row within its block, as alt text and captions are. */
function isPrintedTwice(pieces: Piece[], i: number): boolean {
  const piece = pieces[i];
  return [pieces[i - 1], pieces[i + 1]].some((other) => other?.block === piece?.block && other?.text === piece?.text);
}

interface Header {
  title?: string;
  dek?: string;
  byline?: Byline;
  bylineText?: string;
  dateline?: string;
  publishedOn?: string;
}

/** Title first; a byline among the next few blocks; what lies between them is the dek; a dateline next to the byline. */
function labelHeader(pieces: Piece[]): Header {
  const candidates = unlabelled(pieces).slice(0, HEADER_SEARCH);
  const [title, ...rest] = candidates;
  if (!title) return {};
  title.label = "title";
  const header: Header = { title: title.text };

  const bylineAt = rest.findIndex((p) => parseByline(p.text));
  if (bylineAt >= 0) {
    const bylinePiece = rest[bylineAt]!;
    bylinePiece.label = "byline";
    header.byline = parseByline(bylinePiece.text);
    header.bylineText = bylinePiece.text;
    header.publishedOn = header.byline?.publishedOn;
    const dek = rest.slice(0, bylineAt).filter((p) => !takeDateline(p, header));
    for (const p of dek) p.label = "dek";
    if (dek.length > 0) header.dek = dek.map((p) => p.text).join(" ");
  }
  // A dateline sits right after the title or byline, never inside the body.
  const afterHeader = rest.slice(bylineAt + 1).filter((p) => !p.label);
  for (const p of afterHeader) if (!takeDateline(p, header)) break;
  return header;
}

/** Labels `piece` as the dateline and records its date, if it is one. */
function takeDateline(piece: Piece, header: Header): boolean {
  const date = parseDate(piece.text);
  if (!date) return false;
  piece.label = "date";
  header.dateline ??= piece.text;
  header.publishedOn ??= date;
  return true;
}

/** Later copies of a body paragraph, and short pull quotes that repeat part of another paragraph. */
function labelRepeats(pieces: Piece[]): void {
  const body = () => pieces.filter((p) => p.label === "body");
  const seen = new Map<string, Piece>();
  for (const piece of body()) {
    const key = normalize(piece.text);
    const original = seen.get(key);
    if (original) Object.assign(piece, { label: "duplicate-paragraph", repeats: original });
    else seen.set(key, piece);
  }
  const paragraphs = body();
  for (const piece of paragraphs) {
    const words = countWords(piece.text);
    if (words < PULL_QUOTE_WORDS.min || words > PULL_QUOTE_WORDS.max) continue;
    const quote = normalize(piece.text);
    const source = paragraphs.find(
      (other) =>
        other !== piece && other.label === "body" && countWords(other.text) > words && containsPhrase(normalize(other.text), quote),
    );
    if (source) Object.assign(piece, { label: "pull-quote", repeats: source });
  }
}

/** `phrase` occurs in `text` as whole words. */
function containsPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    if (!/[\p{L}\p{N}]/u.test(before ?? "") && !/[\p{L}\p{N}]/u.test(after ?? "")) return true;
  }
  return false;
}

/** The author bio: the last body block, when it reads like one. */
function labelBio(pieces: Piece[], byline?: Byline): { text: string; author: string } | undefined {
  const last = pieces.filter((p) => p.label === "body").at(-1);
  const author = last && bioAuthor(last.text, byline);
  if (!last || !author) return undefined;
  last.label = "bio";
  return { text: last.text, author };
}

function unlabelled(pieces: Piece[]): Piece[] {
  return pieces.filter((p) => !p.label);
}

// ---------------------------------------------------------------------------
// Report

const REMOVAL_SET = new Set<string>(REMOVAL_REASONS);
const isRemoval = (label?: Label): label is RemovalReason => !!label && REMOVAL_SET.has(label);

/** One removal per removed piece; consecutive caption lines are one caption. */
function removalsIn(pieces: Piece[], paragraphIds: Map<Piece, string>): Removal[] {
  const removals: Removal[] = [];
  pieces.forEach((piece, i) => {
    if (!isRemoval(piece.label)) return;
    const previous = pieces[i - 1];
    const last = removals.at(-1);
    if (piece.label === "caption" && previous?.label === "caption" && last?.reason === "caption") {
      last.text += `\n${piece.text}`;
      return;
    }
    const repeats = piece.repeats && paragraphIds.get(piece.repeats);
    removals.push({ reason: piece.label, line: piece.line, text: piece.text, ...(repeats && { repeats }) });
  });
  return removals;
}

/**
 * Everything from a teaser heading on, one removal per teaser: an optional
 * image caption (printed twice), a title, and an optional one-sentence dek.
 */
function teaserRemovals(pieces: Piece[]): Removal[] {
  const [heading, ...rest] = pieces;
  if (!heading) return [];
  const teasers: { pieces: Piece[]; hasTitle: boolean; hasDek: boolean }[] = [];
  rest.forEach((piece, i) => {
    const isCaption = isPrintedTwice(rest, i);
    const isDek = !isCaption && countWords(piece.text) >= 8 && /[.!?…”]$/.test(piece.text);
    const current = teasers.at(-1);
    if (!current || (current.hasTitle && !(isDek && !current.hasDek))) {
      teasers.push({ pieces: [piece], hasTitle: !isCaption, hasDek: false });
      return;
    }
    current.pieces.push(piece);
    if (current.hasTitle) current.hasDek = true;
    else current.hasTitle = !isCaption;
  });
  if (teasers.length === 0) return [{ reason: "unrelated-teaser", line: heading.line, text: heading.text }];
  return teasers.map((teaser) => ({
    reason: "unrelated-teaser",
    line: teaser.pieces[0]!.line,
    text: teaser.pieces.map((p) => p.text).join("\n"),
    section: heading.text,
  }));
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

/** About three paragraphs a chunk, sizes as even as possible; curation sets the real boundaries. */
function draftChunks(paragraphIds: string[]): Chunk[] {
  const n = paragraphIds.length;
  let count = Math.round(n / PARAGRAPHS_PER_CHUNK);
  if (n >= 4) count = Math.max(count, CHUNK_COUNT.min);
  count = Math.min(Math.max(count, 1), CHUNK_COUNT.max);
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
    "glossary",
    "contextNotes",
    "questions.json",
    "published",
  ];
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
