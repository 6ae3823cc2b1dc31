/**
 * What the glossary and context-note editors tell a teacher as they type:
 * where the reading page will show each term and note (worked out by the
 * page's own renderer, lib/reading/text.ts, so the editor never says "found"
 * for something a student will not see), new ids, and a WordNet sense turned
 * into a glossary definition. Client-safe and pure.
 */
import type { ContextNote, GlossaryEntry, Paragraph, Reading } from "@/lib/content/schema";
import { paragraphText } from "@/lib/content/sentences";
import { chunkTextData } from "@/lib/reading/text";
import type { SuggestedSense } from "./suggest";

/** The paragraph where the reading page marks each term (its first) and note, taking the text as one part. */
export type Placements = { terms: Map<string, string>; notes: Map<string, string> };

export function placements(reading: Pick<Reading, "paragraphs" | "glossary" | "contextNotes">): Placements {
  const data = chunkTextData(reading.paragraphs, reading.glossary, reading.contextNotes);
  const terms = new Map<string, string>();
  const notes = new Map<string, string>();
  for (const paragraph of data.paragraphs) {
    for (const sentence of paragraph.sentences) {
      for (const segment of sentence.segments) {
        if (segment.kind === "note") notes.set(segment.noteId, paragraph.id);
        for (const inline of segment.kind === "note" ? segment.children : [segment]) {
          if (inline.kind === "term" && !terms.has(inline.termId)) terms.set(inline.termId, paragraph.id);
        }
      }
    }
  }
  return { terms, notes };
}

export type TermStatus =
  | { kind: "empty" }
  | { kind: "shown"; paragraphId: string }
  /** In the text only inside a longer word ("insurgent" in "insurgents") or where another term or note's edge cuts it. */
  | { kind: "not-marked" }
  | { kind: "missing" };

export function termStatus(reading: Pick<Reading, "paragraphs">, entry: GlossaryEntry, shown: Placements): TermStatus {
  const forms = [entry.term, ...(entry.aliases ?? [])].filter((form) => form.trim() !== "");
  if (forms.length === 0) return { kind: "empty" };
  const paragraphId = shown.terms.get(entry.id);
  if (paragraphId) return { kind: "shown", paragraphId };
  const text = reading.paragraphs.map(paragraphText).join("\n");
  return forms.some((form) => text.includes(form)) ? { kind: "not-marked" } : { kind: "missing" };
}

export type AnchorStatus =
  | { kind: "empty" }
  | { kind: "shown" }
  | { kind: "across-sentences" }
  /** Inside one sentence, but over the words of a note placed before it. */
  | { kind: "overlaps" }
  | { kind: "missing" };

export function anchorStatus(paragraph: Paragraph | undefined, note: ContextNote, shown: Placements): AnchorStatus {
  if (note.anchor.trim() === "") return { kind: "empty" };
  if (shown.notes.has(note.id)) return { kind: "shown" };
  if (!paragraph || !paragraphText(paragraph).includes(note.anchor)) return { kind: "missing" };
  return paragraph.sentences.some((sentence) => sentence.includes(note.anchor)) ? { kind: "overlaps" } : { kind: "across-sentences" };
}

/** An id made from `name` (letters, digits, - and _), unique among `taken`: "insurgency", "insurgency-2"... */
export function uniqueId(name: string, fallback: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || fallback;
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** WordNet's gloss as a glossary sentence: capitalized, a verb's with "To", ending in a full stop. */
export function definitionFromSense(sense: SuggestedSense): string {
  const gloss = sense.definition.trim();
  const sentence = sense.partOfSpeech === "verb" && !/^to /i.test(gloss) ? `to ${gloss}` : gloss;
  const capitalized = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return /[.!?)]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

/** A paragraph as a choice in a list: its number and how it begins. */
export function paragraphLabel(paragraph: Paragraph, length = 70): string {
  return `${Number(paragraph.id.slice(1))}. ${shorten(paragraphText(paragraph), length)}`;
}

export function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}
