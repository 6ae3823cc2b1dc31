import "server-only";
import { visibleReadings } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/session";
import { readingFacts, type ReadingFacts } from "@/lib/content/facts";
import { listReadings } from "@/lib/content/load";
import type { Reading } from "@/lib/content/schema";

export type ReadingSummary = { slug: string; title: string; author: string; readingMinutes: number };
export type ReadingChoice = ReadingSummary & { facts: ReadingFacts };

/** Published readings the teacher may assign: the server's library and their own (the server's library alone for an LMS's picker). */
const published = async (teacher?: SessionUser) => (await listReadings(teacher && visibleReadings(teacher))).filter((reading) => reading.published);
const summaryOf = ({ slug, title, author, readingMinutes }: Reading): ReadingSummary => ({ slug, title, author, readingMinutes });

/** Published readings a teacher can assign, by title. */
export async function assignableReadings(teacher?: SessionUser): Promise<ReadingSummary[]> {
  return (await published(teacher)).map(summaryOf);
}

/** The assignable readings with what a teacher weighs before choosing one (length, level, questions, rights). */
export async function readingChoices(teacher: SessionUser): Promise<ReadingChoice[]> {
  return (await published(teacher)).map((reading) => ({ ...summaryOf(reading), facts: readingFacts(reading) }));
}

/** Readings' titles for lists, by slug (the current version's title); a removed reading is missing. */
export async function readingTitles(slugs: string[]): Promise<Map<string, string>> {
  const readings = await listReadings({ slug: { in: [...new Set(slugs)] } });
  return new Map(readings.map((reading) => [reading.slug, reading.title]));
}

/** A reading's title for lists; the slug when the reading has since been removed. */
export async function readingTitle(slug: string): Promise<string> {
  return (await readingTitles([slug])).get(slug) ?? slug;
}
