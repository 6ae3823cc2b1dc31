/**
 * A reading's profile (lib/content/profile.ts) with its rights, as the lists
 * of readings and the reading's own page show them. Worked out once per
 * reading version: the syllable count is the costly part.
 */
import "server-only";
import { getFullQuestions } from "./keys";
import type { ReadingWithVersion } from "./load";
import { readingProfile, type ReadingProfile } from "./profile";
import type { Rights } from "./schema";

export type ReadingFacts = ReadingProfile & { rights: Rights | null };

const cache = new Map<string, ReadingFacts>();

export function readingFacts(reading: ReadingWithVersion): ReadingFacts {
  const key = `${reading.slug}@${reading.version}`;
  let facts = cache.get(key);
  if (!facts) {
    facts = { ...readingProfile(reading, getFullQuestions(reading)), rights: reading.rights ?? null };
    cache.set(key, facts);
  }
  return facts;
}
