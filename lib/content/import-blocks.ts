/**
 * Raw text → the blocks the importer labels: one per line of a page copied
 * as text (one line a paragraph), or one per paragraph of hard-wrapped text
 * (Project Gutenberg, e-mail, text taken out of a PDF), where paragraphs may
 * be marked by blank lines, by an indented first line, or only by a line that
 * stops short of the wrap width.
 */
import { createRequire } from "node:module";

export interface SourceLine {
  text: string;
  /** 1-based line of the raw text. */
  line: number;
  /** Leading spaces (a tab counts as four). */
  indent: number;
}

export interface SourceBlock {
  text: string;
  line: number;
  /** Blank-line-separated group of the raw text the block came from. */
  group: number;
}

/** Lines longer than this are a paragraph each, not a wrapped line. */
const WRAP_MAX = 100;
/** A text is hard-wrapped when at most this share of its lines is longer than WRAP_MAX... */
const LONG_LINE_SHARE = 0.1;
/** ...and at least this many of its lines are wrapped-line long. */
const WRAPPED_LINES_MIN = 3;
const WRAPPED_LINE_MIN = 40;
/**
 * Room a line must leave at its end, as a share of the width, for the next
 * word to have fitted: hand-wrapped lines and PDF lines set in a proportional
 * font vary by a few characters.
 */
const WRAP_SLACK = 0.1;
/** More than this share of lines that run on within their group ending a sentence: they are paragraphs, one a line. */
const SENTENCE_END_SHARE = 0.5;
const SENTENCE_END = /[.!?:;]["”’)\]]*$/;
/** A line this much shorter than the wrap width, followed by a capital, ends its paragraph (headings, short last lines). */
const SHORT_LINE_SHARE = 0.6;

export function toBlocks(raw: string): SourceBlock[] {
  const groups = toLineGroups(raw);
  const width = wrapWidth(groups);
  const document = groups.flatMap((lines) => lines.map((l) => l.text)).join("\n");
  const blocks: SourceBlock[] = [];
  groups.forEach((lines, group) => {
    const paragraphs = width ? unwrap(lines, width) : lines.map((l) => [l]);
    for (const paragraph of paragraphs) {
      blocks.push({ text: joinLines(paragraph.map((l) => l.text), document), line: paragraph[0]!.line, group });
    }
  });
  return blocks;
}

function toLineGroups(raw: string): SourceLine[][] {
  const groups: SourceLine[][] = [[]];
  raw
    .replace(/\u00ad/g, "") // soft hyphens are invisible break points, not text
    .split(/\r\n?|\n|\f/)
    .forEach((rawLine, index) => {
      const expanded = rawLine.replace(/\t/g, "    ").replace(/[\u00a0\u2007\u202f]/g, " ");
      const text = expanded.replace(/\s+/g, " ").trim();
      if (text) groups.at(-1)!.push({ text, line: index + 1, indent: expanded.length - expanded.trimStart().length });
      else if (groups.at(-1)!.length > 0) groups.push([]);
    });
  return groups.filter((g) => g.length > 0);
}

/**
 * The column a hard-wrapped text is wrapped at, or undefined when its lines
 * are whole paragraphs: some long, or (short paragraphs, one a line) most
 * lines that run on within their group ending a sentence, where wrapped lines
 * mostly stop mid-sentence.
 */
function wrapWidth(groups: SourceLine[][]): number | undefined {
  const lines = groups.flat();
  const long = lines.filter((l) => l.text.length > WRAP_MAX).length;
  const wrapped = lines.filter((l) => l.text.length >= WRAPPED_LINE_MIN && l.text.length <= WRAP_MAX);
  const runOn = groups.flatMap((group) => group.slice(0, -1)).filter((l) => l.text.length >= WRAPPED_LINE_MIN);
  const sentenceEnds = runOn.filter((l) => SENTENCE_END.test(l.text)).length;
  if (long > lines.length * LONG_LINE_SHARE || wrapped.length < WRAPPED_LINES_MIN || sentenceEnds > runOn.length * SENTENCE_END_SHARE) {
    return undefined;
  }
  return Math.max(...wrapped.map((l) => l.text.length));
}

/**
 * Splits one blank-line-separated group of wrapped lines into paragraphs. A
 * line continues the one before it when that one was full (the next word
 * would not have fitted), so a wrapped line that begins like a byline ("by
 * the time...") stays inside its paragraph. A new paragraph starts at an
 * indented first line, or after a line that stopped short: ending a sentence
 * with room to spare, or well short of the width before a capital (a
 * heading glued onto its paragraph).
 */
function unwrap(lines: SourceLine[], width: number): SourceLine[][] {
  const baseIndent = Math.min(...lines.map((l) => l.indent));
  const paragraphs: SourceLine[][] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (!previous || startsParagraph(previous, line, width, baseIndent)) paragraphs.push([line]);
    else paragraphs.at(-1)!.push(line);
  });
  return paragraphs;
}

function startsParagraph(previous: SourceLine, line: SourceLine, width: number, baseIndent: number): boolean {
  if (line.indent > previous.indent && line.indent > baseIndent) return true;
  if (/\p{L}-$/u.test(previous.text)) return false;
  const firstWord = line.text.split(" ")[0]!;
  const nextWordFitted = previous.indent + previous.text.length + 1 + firstWord.length <= width * (1 - WRAP_SLACK);
  const endsSentence = SENTENCE_END.test(previous.text);
  if (endsSentence && isHeadingLine(line, width)) return true;
  if (!nextWordFitted) return false;
  const startsCapital = /^["“‘(]?[\p{Lu}\d]/u.test(line.text);
  return endsSentence || (startsCapital && previous.text.length <= width * SHORT_LINE_SHARE);
}

/** A short line that ends neither a sentence nor a clause: a heading, never the last line of a paragraph. */
function isHeadingLine(line: SourceLine, width: number): boolean {
  return line.text.length <= width * SHORT_LINE_SHARE && /^[\p{Lu}\d]/u.test(line.text) && !/[.!?,;:…"”’)\]-]$/.test(line.text);
}

/** Joins wrapped lines with a space, re-joining a word the wrap hyphenated (see `isBrokenWord`). */
export function joinLines(lines: string[], document = lines.join("\n")): string {
  return lines.reduce((joined, line) => {
    if (!joined) return line;
    const before = /(\p{L}+)-$/u.exec(joined)?.[1];
    const after = /^\p{L}+/u.exec(line)?.[0];
    if (!before || !after) return `${joined} ${line}`;
    const broken = /^\p{Ll}/u.test(after) && isBrokenWord(before, after, document);
    return broken ? `${joined.slice(0, -1)}${line}` : `${joined}${line}`;
  }, "");
}

/**
 * Whether "argu-" + "ment" is one word the wrap hyphenated (drop the hyphen)
 * rather than a compound that breaks at its own hyphen ("well-" + "known",
 * keep it). The heuristic: the text's own spelling elsewhere decides first
 * (the joined word, or the hyphenated one, within a line); otherwise the
 * hyphen goes when the joined letters are an English word (a list of ~275,000
 * words and their inflections) and stays when they are not.
 */
export function isBrokenWord(before: string, after: string, document: string): boolean {
  const joined = `${before}${after}`.toLowerCase();
  const text = document.toLowerCase();
  if (new RegExp(`(?<![\\p{L}-])${joined}(?![\\p{L}-])`, "u").test(text)) return true;
  if (new RegExp(`(?<![\\p{L}-])${before.toLowerCase()}-${after}(?![\\p{L}])`, "u").test(text)) return false;
  return englishWords().has(joined);
}

let words: Set<string> | undefined;
function englishWords(): Set<string> {
  words ??= new Set(createRequire(import.meta.url)("an-array-of-english-words") as string[]);
  return words;
}
