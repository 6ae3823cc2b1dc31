/**
 * A chunk's text as the page renders it: paragraphs of sentences (the unit a
 * student selects as evidence), with the first use in the chunk of each
 * glossary term marked, and context-note anchors marked and numbered. Pure:
 * built on the server, rendered by components/reading/chunk-text.tsx.
 */
import type { ContextNote, GlossaryEntry, Paragraph } from "@/lib/content/schema";
import { sentencesOf } from "@/lib/content/sentences";

export type Inline = { kind: "text"; text: string } | { kind: "term"; text: string; termId: string };
/** A context note's anchor: its words (which may hold a term), then the note's marker. */
export type NoteAnchor = { kind: "note"; noteId: string; number: number; children: Inline[] };
export type Segment = Inline | NoteAnchor;

export type TextSentence = { id: string; segments: Segment[] };
export type TextParagraph = { id: string; sentences: TextSentence[] };
export type TextTerm = { id: string; term: string; definition: string };
export type TextNote = { id: string; number: number; anchor: string; note: string };

export type ChunkTextData = { paragraphs: TextParagraph[]; terms: TextTerm[]; notes: TextNote[] };

type Range = { start: number; end: number };
type TermRange = Range & { termId: string };
type NoteRange = Range & { note: ContextNote };

export function chunkTextData(
  paragraphs: readonly Paragraph[],
  glossary: readonly GlossaryEntry[],
  contextNotes: readonly ContextNote[],
): ChunkTextData {
  const usedTerms: TextTerm[] = [];
  const notes: TextNote[] = [];
  const rendered = paragraphs.map((paragraph) => ({
    id: paragraph.id,
    sentences: sentencesOf(paragraph).map((sentence) => {
      const noteRanges = notesIn(sentence.text, contextNotes.filter((note) => note.paragraphId === paragraph.id));
      const termRanges: TermRange[] = [];
      for (const entry of glossary) {
        if (usedTerms.some((term) => term.id === entry.id)) continue;
        const range = firstUse(sentence.text, entry, [...termRanges, ...noteRanges]);
        if (!range) continue;
        termRanges.push({ ...range, termId: entry.id });
        usedTerms.push({ id: entry.id, term: entry.term, definition: entry.definition });
      }
      const numbered = noteRanges.map((range) => ({ ...range, number: notes.length + noteRanges.indexOf(range) + 1 }));
      for (const range of numbered) notes.push({ id: range.note.id, number: range.number, anchor: range.note.anchor, note: range.note.note });
      return { id: sentence.id, segments: segmentsOf(sentence.text, numbered, termRanges) };
    }),
  }));
  return { paragraphs: rendered, terms: usedTerms, notes };
}

/** Anchors of notes that lie inside this sentence, in order, without overlaps. */
function notesIn(text: string, notes: readonly ContextNote[]): NoteRange[] {
  const ranges: NoteRange[] = [];
  for (const note of notes) {
    const start = text.indexOf(note.anchor);
    if (start < 0) continue;
    const range = { start, end: start + note.anchor.length, note };
    if (!ranges.some((other) => overlaps(other, range))) ranges.push(range);
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * The first use of a term (or an alias) that stands as a word of its own and
 * sits entirely inside or outside each taken range (a term may lie inside a
 * note's anchor, not across its edge).
 */
function firstUse(text: string, entry: GlossaryEntry, taken: readonly (Range & { note?: ContextNote })[]): Range | undefined {
  let best: Range | undefined;
  for (const form of [entry.term, ...(entry.aliases ?? [])]) {
    for (let start = text.indexOf(form); start >= 0; start = text.indexOf(form, start + 1)) {
      const range = { start, end: start + form.length };
      if (!isWord(text, range)) continue;
      const clashes = taken.some((other) => overlaps(other, range) && !("note" in other && other.note && contains(other, range)));
      if (clashes) continue;
      if (!best || range.start < best.start) best = range;
      break;
    }
  }
  return best;
}

function segmentsOf(text: string, notes: readonly (NoteRange & { number: number })[], terms: readonly TermRange[]): Segment[] {
  const inlines = (from: number, to: number): Inline[] => {
    const result: Inline[] = [];
    let at = from;
    for (const term of [...terms].sort((a, b) => a.start - b.start)) {
      if (term.start < from || term.end > to) continue;
      if (term.start > at) result.push({ kind: "text", text: text.slice(at, term.start) });
      result.push({ kind: "term", text: text.slice(term.start, term.end), termId: term.termId });
      at = term.end;
    }
    if (at < to) result.push({ kind: "text", text: text.slice(at, to) });
    return result;
  };

  const segments: Segment[] = [];
  let at = 0;
  for (const note of notes) {
    segments.push(...inlines(at, note.start));
    segments.push({ kind: "note", noteId: note.note.id, number: note.number, children: inlines(note.start, note.end) });
    at = note.end;
  }
  segments.push(...inlines(at, text.length));
  return segments;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWord(text: string, range: Range): boolean {
  return !WORD_CHARACTER.test(text[range.start - 1] ?? "") && !WORD_CHARACTER.test(text[range.end] ?? "");
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** A sentence's plain text, from its segments. */
export function sentenceText(sentence: TextSentence): string {
  return sentence.segments.map((segment) => (segment.kind === "note" ? segment.children.map((child) => child.text).join("") : segment.text)).join("");
}
