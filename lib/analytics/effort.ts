/**
 * Effort: was the reading read? Answers given faster than anyone could read
 * the text they are about say little about comprehension (Wise & Kong's
 * response-time effort, RTE, applies the same idea per item). closeread
 * times the reading per chunk, so the test here is a reading-speed floor:
 * the words of the chunks a student reached, over their time on task, as
 * words per minute. Skimming runs at about 450–600 words per minute (Carver,
 * "Reading Rate: Theory, Research, and Practical Implications", 1992);
 * above RAPID_READING_WPM, twice that, the text was not read, and the
 * student is flagged for a conversation, never marked down automatically.
 */
import { countWords, paragraphText } from "@/lib/content/sentences";
import { getReading } from "@/lib/content/load";

/** Words per minute above which the chunks reached cannot have been read. */
export const RAPID_READING_WPM = 1000;
/** Too few answers say nothing either way. */
export const RAPID_MIN_ANSWERS = 5;

/** For each chunk of a reading, the words from the start up to and including it (a student on that chunk has reached them). */
export async function wordsReached(readingSlug: string): Promise<Map<string, number>> {
  const reading = await getReading(readingSlug);
  const reached = new Map<string, number>();
  let total = 0;
  for (const chunk of reading?.chunks ?? []) {
    const paragraphs = reading!.paragraphs.filter((paragraph) => chunk.paragraphIds.includes(paragraph.id));
    total += paragraphs.reduce((sum, paragraph) => sum + countWords(paragraphText(paragraph)), 0);
    reached.set(chunk.id, total);
  }
  return reached;
}

/** Reading speed in words per minute over the chunks reached, or null before enough answers to judge. */
export function readingRate(work: { answered: number; visibleMs: number; words: number }): number | null {
  // No time at all means the browser never reported any (no script), not a fast reader.
  if (work.answered < RAPID_MIN_ANSWERS || work.words <= 0 || work.visibleMs <= 0) return null;
  return Math.round((work.words / work.visibleMs) * 60_000);
}

export function isRapid(rate: number | null): boolean {
  return rate !== null && rate > RAPID_READING_WPM;
}
