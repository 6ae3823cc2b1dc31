import "server-only";
import { readingFacts, type ReadingFacts } from "@/lib/content/facts";
import { getReading, listReadings } from "@/lib/content/load";
import type { Reading } from "@/lib/content/schema";

export type ReadingSummary = { slug: string; title: string; author: string; readingMinutes: number };
export type ReadingChoice = ReadingSummary & { facts: ReadingFacts };

const published = () => listReadings().filter((reading) => reading.published);
const summaryOf = ({ slug, title, author, readingMinutes }: Reading): ReadingSummary => ({ slug, title, author, readingMinutes });

/** Published readings a teacher can assign, by title. */
export function assignableReadings(): ReadingSummary[] {
  return published().map(summaryOf);
}

/** The assignable readings with what a teacher weighs before choosing one (length, level, questions, rights). */
export function readingChoices(): ReadingChoice[] {
  return published().map((reading) => ({ ...summaryOf(reading), facts: readingFacts(reading) }));
}

/** A reading's title for lists; the slug when the folder has since been removed. */
export function readingTitle(slug: string): string {
  return getReading(slug)?.title ?? slug;
}
