/**
 * Sentences are the unit a student selects as evidence. Their ids are derived
 * from the paragraph id and 1-based position (`p04.s2`), never stored.
 */
import type { Paragraph, Reading } from "./schema";

export interface Sentence {
  id: string;
  paragraphId: string;
  /** 1-based position within the paragraph. */
  index: number;
  text: string;
}

export function sentenceId(paragraphId: string, index: number): string {
  return `${paragraphId}.s${index}`;
}

/** `"p04.s2"` → `{ paragraphId: "p04", index: 2 }`; undefined if it is not a sentence id. */
export function parseSentenceId(id: string): { paragraphId: string; index: number } | undefined {
  const match = /^(p\d+)\.s([1-9]\d*)$/.exec(id);
  if (!match) return undefined;
  return { paragraphId: match[1]!, index: Number(match[2]) };
}

export function paragraphText(paragraph: Paragraph): string {
  return paragraph.sentences.join(" ");
}

export function sentencesOf(paragraph: Paragraph): Sentence[] {
  return paragraph.sentences.map((text, i) => ({
    id: sentenceId(paragraph.id, i + 1),
    paragraphId: paragraph.id,
    index: i + 1,
    text,
  }));
}

/** Every sentence of a reading by id. */
export function sentencesById(reading: Pick<Reading, "paragraphs">): Map<string, Sentence> {
  return new Map(reading.paragraphs.flatMap(sentencesOf).map((s) => [s.id, s]));
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Reading time at ~200 words a minute, rounded up (the rule for `readingMinutes`). */
export function readingMinutesFor(paragraphs: readonly Paragraph[]): number {
  const words = paragraphs.reduce((sum, p) => sum + countWords(paragraphText(p)), 0);
  return Math.max(1, Math.ceil(words / 200));
}
