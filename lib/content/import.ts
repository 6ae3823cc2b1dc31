/**
 * Turns the raw text of an article (copied from a web page, hard-wrapped, or
 * taken out of a PDF; files come through ./extract) into a DRAFT reading:
 * metadata, body paragraphs split into sentences, a first cut of chunks, and
 * a report of every block it removed and why. It works on the blocks of
 * ./import-blocks; nothing here knows any one article. A person curates the
 * draft before it is published.
 */
import {
  bioAuthor,
  isBoilerplate,
  isCredit,
  isEditorNote,
  isInlineTeaser,
  isSectionHeading,
  isTeaserHeading,
  normalize,
  parseByline,
  parseDate,
  parseNameLine,
  siteFromTeaserHeading,
  splitTrailingCredit,
  type Byline,
} from "./import-patterns";
import { toBlocks } from "./import-blocks";
import {
  assemble,
  paragraphId,
  REMOVAL_REASONS,
  type ImportReport,
  type ImportResult,
  type Removal,
  type RemovalReason,
} from "./import-draft";
import { countWords } from "./sentences";
import { splitSentences } from "./split-sentences";

export * from "./import-draft";

type Label = RemovalReason | "title" | "dek" | "byline" | "date" | "body";

/** A line of the raw text, or the lines of one hard-wrapped paragraph. */
interface Piece {
  text: string;
  line: number;
  /** The blank-line-separated group it came from. */
  block: number;
  /** Its place among all pieces. */
  index: number;
  label?: Label;
  /** For a repeat: the piece it repeats. */
  repeats?: Piece;
  /** For a teaser or related box: its heading. */
  section?: string;
}

const CAPTION_MAX_WORDS = 60;
const CAPTION_ALONE_MAX_WORDS = 30;
const PULL_QUOTE_WORDS = { min: 4, max: 40 } as const;
const HEADER_SEARCH = 6;
/** A block this long, or of two sentences and this long, is article text: a teaser box ends before it (the header before a block of the first length). */
const BODY_WORDS = { alone: 40, withTwoSentences: 20 } as const;
/** How many body blocks from the end may be the author bio (an editor's note or a credit line may follow it). */
const BIO_SEARCH = 3;

export function importArticle(raw: string, options: { slug: string; source?: string }): ImportResult {
  const pieces = splitTrailingCredits(toBlocks(raw).map((b) => ({ text: b.text, line: b.line, block: b.group }))).map((piece, index) => ({
    ...piece,
    index,
  }));

  labelTeaserSections(pieces);
  labelFurniture(pieces);
  labelCaptions(pieces);
  const header = labelHeader(pieces);
  for (const piece of pieces) piece.label ??= "body";
  labelRepeats(pieces);
  labelSectionHeadings(pieces);
  const bio = labelBio(pieces, header.byline);

  const body = pieces.filter((p) => p.label === "body");
  const recovered: ImportReport["recovered"] = withoutUndefined({
    title: header.title ?? "",
    dek: header.dek,
    byline: header.bylineText,
    dateline: header.dateline,
    author: header.byline?.name || bio?.author || "",
    authorFrom: header.byline?.name ? "byline" : bio ? "bio" : "not found",
    authorBio: bio?.text,
    publication: header.byline?.publication ?? firstTeaserSite(pieces),
    publishedOn: header.publishedOn,
  });
  const bodyIds = new Map(body.map((p, i) => [p, paragraphId(i, body.length)]));
  return assemble({
    slug: options.slug,
    source: options.source,
    recovered,
    body: body.map((p) => ({ index: p.index, sentences: splitSentences(p.text) })),
    removed: removalsIn(pieces, bodyIds),
  });
}
/** "Caption text. Name/Agency" becomes a caption piece and a credit piece. */
function splitTrailingCredits(pieces: Omit<Piece, "index">[]): Omit<Piece, "index">[] {
  return pieces.flatMap((piece) => {
    const split = countWords(piece.text) <= CAPTION_MAX_WORDS ? splitTrailingCredit(piece.text) : undefined;
    if (!split) return [piece];
    return [
      { ...piece, text: split.caption, label: "caption" as const },
      { ...piece, text: split.credit, label: "credit" as const },
    ];
  });
}

/** Article text rather than a teaser, caption or page furniture: long, or two sentences and fairly long. */
function isBodyLike(pieces: Piece[], i: number): boolean {
  const { text } = pieces[i]!;
  const words = countWords(text);
  if (isPrintedTwice(pieces, i) || isBoilerplate(text)) return false;
  return words >= BODY_WORDS.alone || (words >= BODY_WORDS.withTwoSentences && splitSentences(text).length >= 2);
}

// ---------------------------------------------------------------------------
// Labelling passes (each leaves labelled pieces alone)

/**
 * A "Related" / "More from ..." heading and the links under it, up to the
 * next block of article text: in the middle of an article that is a related
 * box and the article goes on after it; at the end, teasers for other articles.
 */
function labelTeaserSections(pieces: Piece[]): void {
  for (let i = 0; i < pieces.length; i++) {
    const heading = pieces[i]!;
    if (!isTeaserHeading(heading.text)) continue;
    let end = i + 1;
    while (end < pieces.length && !isBodyLike(pieces, end)) end++;
    const label = end < pieces.length ? "related-box" : "unrelated-teaser";
    for (const piece of pieces.slice(i, end)) Object.assign(piece, { label, section: heading.text });
    i = end - 1;
  }
}

function labelFurniture(pieces: Piece[]): void {
  for (const piece of unlabelled(pieces)) {
    if (isBoilerplate(piece.text)) piece.label = "boilerplate";
    else if (isEditorNote(piece.text)) piece.label = "editor-note";
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
    // A caption and its credit share a block in copied text; a web page or Word file gives each its own.
    const precedesCredit = after?.label === "credit" && (after.block === piece.block || countWords(piece.text) <= CAPTION_ALONE_MAX_WORDS);
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

/**
 * Title first; then, before the first block of article text, a byline ("By
 * Jane Roe", or a line that is only a name: "Jane Roe | The Courier"), and
 * datelines; what lies between the title and the first of those is the dek.
 */
function labelHeader(pieces: Piece[]): Header {
  const candidates: Piece[] = [];
  for (const piece of pieces) {
    if (piece.label) continue;
    if (candidates.length >= HEADER_SEARCH || (candidates.length > 0 && countWords(piece.text) >= BODY_WORDS.alone)) break;
    candidates.push(piece);
  }
  const [title, ...rest] = candidates;
  if (!title) return {};
  title.label = "title";
  const header: Header = { title: title.text.replace(/^title:\s*/i, "") };

  const bylineAt = [parseByline, parseNameLine].map((parse) => rest.findIndex((p) => parse(p.text))).find((at) => at >= 0) ?? -1;
  if (bylineAt >= 0) {
    const bylinePiece = rest[bylineAt]!;
    bylinePiece.label = "byline";
    header.byline = parseByline(bylinePiece.text) ?? parseNameLine(bylinePiece.text);
    header.bylineText = bylinePiece.text;
    header.publishedOn = header.byline?.publishedOn;
    // The same byline again (a book's title page inside Project Gutenberg's header) is not text either.
    const name = header.byline?.name;
    for (const piece of rest) if (!piece.label && name && parseByline(piece.text)?.name === name) piece.label = "byline";
  }
  for (const piece of rest) if (!piece.label) takeDateline(piece, header);
  const firstMeta = rest.findIndex((p) => p.label === "byline" || p.label === "date");
  const dek = firstMeta < 0 ? [] : rest.slice(0, firstMeta);
  for (const p of dek) p.label = "dek";
  if (dek.length > 0) header.dek = dek.map((p) => p.text).join(" ");
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

/**
 * A short unpunctuated line right before a body paragraph, or before the
 * byline above one ("2. What the Survey Found"): the reading has no headings.
 */
function labelSectionHeadings(pieces: Piece[]): void {
  pieces.forEach((piece, i) => {
    const next = pieces.slice(i + 1).find((p) => p.label !== "byline" && p.label !== "date");
    if (piece.label === "body" && next?.label === "body" && isSectionHeading(piece.text)) piece.label = "section-heading";
  });
}

/** The author bio: one of the last body blocks, when it reads like one. */
function labelBio(pieces: Piece[], byline?: Byline): { text: string; author: string } | undefined {
  for (const piece of pieces.filter((p) => p.label === "body").slice(-BIO_SEARCH).reverse()) {
    const author = bioAuthor(piece.text, byline);
    if (!author) continue;
    piece.label = "author-bio";
    return { text: piece.text.replace(/^[—–-]\s*/, ""), author };
  }
  return undefined;
}

function unlabelled(pieces: Piece[]): Piece[] {
  return pieces.filter((p) => !p.label);
}

/** "More from Foreign Policy" → "Foreign Policy", from the first teaser heading that names a site. */
function firstTeaserSite(pieces: Piece[]): string | undefined {
  for (const piece of pieces) {
    const site = piece.section === piece.text ? siteFromTeaserHeading(piece.text) : undefined;
    if (site) return site;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Report

const REMOVAL_SET = new Set<string>(REMOVAL_REASONS);
const isRemoval = (label?: Label): label is RemovalReason => !!label && REMOVAL_SET.has(label);

/** One removal per removed piece; consecutive caption lines are one caption; a teaser section one removal per teaser. */
function removalsIn(pieces: Piece[], paragraphIds: Map<Piece, string>): Removal[] {
  const removals: Removal[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (!isRemoval(piece.label)) continue;
    if (piece.section !== undefined) {
      let end = i + 1;
      while (end < pieces.length && pieces[end]!.section === piece.section && pieces[end]!.label === piece.label) end++;
      removals.push(...teaserRemovals(pieces.slice(i, end), piece.label));
      i = end - 1;
      continue;
    }
    const previous = pieces[i - 1];
    const last = removals.at(-1);
    if (piece.label === "caption" && previous?.label === "caption" && last?.reason === "caption") {
      last.text += `\n${piece.text}`;
      continue;
    }
    const repeats = piece.repeats && paragraphIds.get(piece.repeats);
    removals.push({ index: piece.index, reason: piece.label, text: piece.text, line: piece.line, ...(repeats && { repeats }) });
  }
  return removals;
}

/**
 * A teaser heading and what follows it, one removal per teaser: an optional
 * image caption (printed twice), a title, and an optional one-sentence dek.
 */
function teaserRemovals(pieces: Piece[], reason: RemovalReason): Removal[] {
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
  if (teasers.length === 0) return [{ index: heading.index, reason, text: heading.text, line: heading.line }];
  return teasers.map(({ pieces: [first, ...more] }) => ({
    index: first!.index,
    reason,
    text: [first!, ...more].map((p) => p.text).join("\n"),
    line: first!.line,
    section: heading.text,
  }));
}


function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
