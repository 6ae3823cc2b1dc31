import "server-only";
import { getReading, listReadings } from "@/lib/content/load";

export type ReadingSummary = { slug: string; title: string; author: string; readingMinutes: number };

/** Published readings a teacher can assign, by title. */
export function assignableReadings(): ReadingSummary[] {
  return listReadings()
    .filter((reading) => reading.published)
    .map(({ slug, title, author, readingMinutes }) => ({ slug, title, author, readingMinutes }));
}

/** A reading's title for lists; the slug when the folder has since been removed. */
export function readingTitle(slug: string): string {
  return getReading(slug)?.title ?? slug;
}
