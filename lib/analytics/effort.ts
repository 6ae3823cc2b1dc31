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

/**
 * First-position runs. Options are shuffled per attempt (lib/content/presentation.ts),
 * so the key is first in about 1 of n shown lists: a reader picks the first
 * option shown about a quarter of the time on four-option questions (a
 * little more with two-option reasons), and FIRST_POSITION_RUN picks of it
 * in a row (on single-pick questions: single choice and a true/false's
 * reason, in reading order) has a chance of about 1 in 200 over 30 such
 * questions ((1/4)^6 per start; 1 in 120 if a reader picked it 28% of the
 * time). A run that long says the options were not read. A flag starts a
 * conversation; nothing is marked down.
 */
export const FIRST_POSITION_RUN = 6;

/** The longest run of `true` (a pick of the first option shown) in reading order. */
export function longestRun(picks: readonly boolean[]): number {
  let longest = 0;
  let current = 0;
  for (const first of picks) {
    current = first ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

/**
 * "idk"-like written work: an answer that says the student did not try.
 * Three rules, each named for the teacher: a refusal ("idk", "I don't know",
 * "?", "no idea"), very short (under MIN_WRITTEN_WORDS words), or the
 * question copied back (every word of the answer is in the prompt, or the
 * prompt plus fewer than MIN_WRITTEN_WORDS words).
 */
export const MIN_WRITTEN_WORDS = 3;

export type LowEffortWriting = "refusal" | "very-short" | "copied-prompt";

export const LOW_EFFORT_WRITING_LABELS: Record<LowEffortWriting, string> = {
  refusal: "“I don't know”",
  "very-short": `fewer than ${MIN_WRITTEN_WORDS} words`,
  "copied-prompt": "copies the question",
};

const REFUSALS = new Set([
  "",
  "idk",
  "idc",
  "i dont know",
  "i do not know",
  "dont know",
  "dunno",
  "no idea",
  "i have no idea",
  "no clue",
  "not sure",
  "im not sure",
  "na",
  "n a",
  "nothing",
  "pass",
  "no",
  "none",
]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Why a written answer looks like no attempt, or null when it is an answer. */
export function lowEffortWriting(text: string, prompt: string): LowEffortWriting | null {
  const answer = words(text);
  if (REFUSALS.has(answer.join(" "))) return "refusal";
  const asked = words(prompt);
  const fromPrompt = new Set(asked);
  const added = answer.filter((word) => !fromPrompt.has(word)).length;
  if (answer.length >= MIN_WRITTEN_WORDS && added < MIN_WRITTEN_WORDS && (added === 0 || answer.length >= asked.length)) return "copied-prompt";
  if (answer.length < MIN_WRITTEN_WORDS) return "very-short";
  return null;
}
