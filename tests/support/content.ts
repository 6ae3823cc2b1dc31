/**
 * The built-in readings as their folders under content/ hold them, read
 * synchronously for test set-up (the app reads them from the database, where
 * the first lookup stores these same folders).
 */
import { loadContent, type ContentLoad } from "../../lib/content/load";

let folders: ContentLoad | undefined;

export function builtInReading(slug: string): ContentLoad["readings"][number] {
  folders ??= loadContent();
  const found = folders.readings.find((entry) => entry.reading.slug === slug);
  if (!found) throw new Error(`No built-in reading "${slug}" under ${folders.dir}`);
  return found;
}
