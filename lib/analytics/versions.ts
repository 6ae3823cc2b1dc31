/**
 * Which versions of its reading an assignment's attempts were given on, for
 * reports: a reading edited after some students answered has attempts on
 * more than one, and each is graded against its own.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { formatDate, formatDateTime } from "@/lib/dates";

export type VersionUse = { version: string; label: string; attempts: number };

export type VersionsAnswered = {
  /** Oldest first; a single entry (or none) means there is nothing to tell apart. */
  versions: VersionUse[];
  /** The label of an attempt's version, by attempt id. */
  labelOf: (attemptId: string | null) => string | null;
};

export async function versionsAnswered(assignmentId: string, readingSlug: string): Promise<VersionsAnswered> {
  const attempts = await db.attempt.findMany({ where: { assignmentId }, select: { id: true, contentVersion: true } });
  const hashes = [...new Set(attempts.map((attempt) => attempt.contentVersion))];
  const stored = await db.readingVersion.findMany({ where: { hash: { in: hashes }, reading: { slug: readingSlug } }, select: { hash: true, createdAt: true } });
  const createdAt = new Map(stored.map((version) => [version.hash, version.createdAt]));
  // "version of 3 Dec 2026"; the time too when two were made that day, and the version id when even that is shared.
  const namings = [
    (hash: string) => `version of ${formatDate(createdAt.get(hash)!)}`,
    (hash: string) => `version of ${formatDateTime(createdAt.get(hash)!)}`,
    (hash: string) => `version of ${formatDateTime(createdAt.get(hash)!)} (${hash.slice(0, 6)})`,
  ];
  const unique = (naming: (hash: string) => string, hash: string) => hashes.filter((other) => createdAt.has(other) && naming(other) === naming(hash)).length === 1;
  const label = (hash: string) =>
    createdAt.has(hash) ? (namings.find((naming) => unique(naming, hash)) ?? namings[namings.length - 1]!)(hash) : "an earlier version";
  const versions = hashes
    .map((hash) => ({ version: hash, label: label(hash), attempts: attempts.filter((attempt) => attempt.contentVersion === hash).length }))
    .sort((a, b) => (createdAt.get(a.version)?.getTime() ?? 0) - (createdAt.get(b.version)?.getTime() ?? 0));
  const versionOf = new Map(attempts.map((attempt) => [attempt.id, attempt.contentVersion]));
  return {
    versions,
    labelOf: (attemptId) => (versions.length > 1 && attemptId && versionOf.has(attemptId) ? label(versionOf.get(attemptId)!) : null),
  };
}
