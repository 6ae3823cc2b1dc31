/**
 * Readings in the database: each reading row names its current version; each
 * version is immutable (its two files as canonical JSON, validated before it
 * is stored). A version is parsed once per process and kept by slug and hash:
 * it never changes, so every instance may cache it. Which version is current,
 * and who may see a reading, is read from the database on every lookup.
 *
 * Not server-only: `db:migrate` and the seed load the built-in library through it.
 */
import { z } from "zod";
import { db, type Database } from "../db/client";
import { jsonColumn } from "../db/json-column";
import type { Prisma } from "../generated/prisma/client";
import { canonicalJson, contentHash } from "./canonical";
import type { Question, Reading } from "./schema";
import { validateQuestions, validateReading, type ContentIssue } from "./validate";

export type ReadingWithVersion = Reading & {
  /** First 12 hex digits of the sha256 of the canonical reading.json + questions.json (lib/content/canonical.ts). */
  version: string;
};

export interface LoadedReading {
  reading: ReadingWithVersion;
  questions: Question[];
}

/** A reading's two files as parsed JSON: the folder format, and what an editor publishes. */
export interface ReadingBundle {
  reading: unknown;
  questions: unknown;
}

/**
 * ReadingVersion.readingJson and .questionsJson, as canonical JSON. The codecs
 * check the files' outline; validateBundle checks the rest, with the
 * references between the two files.
 */
export const readingJsonColumn = jsonColumn("ReadingVersion.readingJson", z.looseObject({ title: z.string() }), canonicalJson);
export const questionsJsonColumn = jsonColumn("ReadingVersion.questionsJson", z.looseObject({ questions: z.array(z.unknown()) }), canonicalJson);

/** Who owns a reading: null for the built-in library. */
export interface ReadingOwnership {
  ownerId: string | null;
  sharedWithServer: boolean;
}

/** The reading of a bundle with its questions, or the issues that stop it (the checker's rules). */
export function validateBundle(bundle: ReadingBundle): { loaded?: LoadedReading; issues: ContentIssue[] } {
  const slug = (bundle.reading as { slug?: unknown } | null)?.slug;
  const { reading, issues } = validateReading(typeof slug === "string" ? slug : "", bundle.reading);
  if (!reading) return { issues };
  const checked = validateQuestions(reading, bundle.questions);
  const all = [...issues, ...checked.issues];
  if (all.length > 0 || !checked.questions) return { issues: all };
  return { loaded: { reading: { ...reading, version: contentHash(bundle.reading, bundle.questions) }, questions: checked.questions }, issues: [] };
}

// ---------------------------------------------------------------------------
// Immutable versions, parsed once per process.

/** What reads readings: the app's client, or a transaction's. */
type ReadingClient = Pick<Database, "reading" | "readingVersion">;

type VersionRow = { hash: string; readingJson: string; questionsJson: string };

const parsedVersions = new Map<string, LoadedReading>();
const versionKey = (slug: string, hash: string) => `${slug}@${hash}`;

function parsedVersion(slug: string, row: VersionRow): LoadedReading {
  const key = versionKey(slug, row.hash);
  let loaded = parsedVersions.get(key);
  if (!loaded) {
    const checked = validateBundle({ reading: readingJsonColumn.read(row.readingJson), questions: questionsJsonColumn.read(row.questionsJson) });
    if (!checked.loaded) throw new Error(`Stored version ${row.hash} of "${slug}" no longer validates: ${checked.issues.map((i) => `${i.id}: ${i.message}`).join("; ")}`);
    // The stored hash names the version, whatever the parse gives (versions made before a schema change keep theirs).
    loaded = { ...checked.loaded, reading: { ...checked.loaded.reading, version: row.hash } };
    parsedVersions.set(key, loaded);
  }
  return loaded;
}

/** The version's parse when this process already holds it: a reading object from the getters guarantees it. */
export function cachedVersion(slug: string, hash: string): LoadedReading | undefined {
  return parsedVersions.get(versionKey(slug, hash));
}

const VERSION_FIELDS = { id: true, hash: true } as const;

/** Fetches the version's JSON only when this process has not parsed it yet. */
async function loadVersion(client: ReadingClient, slug: string, version: { id: string; hash: string }): Promise<LoadedReading> {
  const cached = cachedVersion(slug, version.hash);
  if (cached) return cached;
  const row = await client.readingVersion.findUniqueOrThrow({ where: { id: version.id }, select: { hash: true, readingJson: true, questionsJson: true } });
  return parsedVersion(slug, row);
}

/**
 * A reading at a version: the stored version with that hash, else (no hash,
 * or an attempt made before readings were stored) the current one.
 */
export async function storedReading(slug: string, hash?: string, client: ReadingClient = db): Promise<LoadedReading | undefined> {
  if (hash) {
    const cached = cachedVersion(slug, hash);
    if (cached) return cached;
    const version = await client.readingVersion.findFirst({ where: { hash, reading: { slug } }, select: VERSION_FIELDS });
    if (version) return loadVersion(client, slug, version);
  }
  const reading = await client.reading.findUnique({ where: { slug }, select: { currentVersion: { select: VERSION_FIELDS } } });
  return reading?.currentVersion ? loadVersion(client, slug, reading.currentVersion) : undefined;
}

/** The current versions of the readings `where` selects. */
export async function storedReadings(where: Prisma.ReadingWhereInput, client: ReadingClient = db): Promise<LoadedReading[]> {
  const rows = await client.reading.findMany({ where, select: { slug: true, currentVersion: { select: VERSION_FIELDS } } });
  return Promise.all(rows.flatMap((row) => (row.currentVersion ? [loadVersion(client, row.slug, row.currentVersion)] : [])));
}

/** The current version's two files as stored (parsed JSON), with the reading row `where` selects. */
export async function storedBundle(where: Prisma.ReadingWhereInput, client: ReadingClient = db): Promise<{ slug: string; bundle: ReadingBundle } | null> {
  const row = await client.reading.findFirst({ where, select: { slug: true, currentVersion: { select: { readingJson: true, questionsJson: true } } } });
  if (!row?.currentVersion) return null;
  return { slug: row.slug, bundle: { reading: readingJsonColumn.read(row.currentVersion.readingJson), questions: questionsJsonColumn.read(row.currentVersion.questionsJson) } };
}

// ---------------------------------------------------------------------------
// Writing versions.

/** The version now current, and whether it was stored just now. */
export type PublishOutcome = { version: string; created: boolean };

/**
 * Makes `loaded` (already validated, from `bundle`) the current version of
 * its reading, creating the reading with `ownership` when there is none. An
 * unchanged bundle changes nothing; a bundle equal to an older version makes
 * that version current again. Callers check who may write first.
 */
export async function saveVersion(
  client: Database,
  bundle: ReadingBundle,
  loaded: LoadedReading,
  ownership: ReadingOwnership,
  createdById: string | null,
): Promise<PublishOutcome> {
  const { slug, version: hash } = loaded.reading;
  return client.$transaction(async (tx) => {
    const reading =
      (await tx.reading.findUnique({ where: { slug }, select: { id: true, currentVersion: { select: { hash: true } } } })) ??
      (await tx.reading.create({ data: { slug, ...ownership }, select: { id: true, currentVersion: { select: { hash: true } } } }));
    if (reading.currentVersion?.hash === hash) return { version: hash, created: false };
    const existing = await tx.readingVersion.findUnique({ where: { readingId_hash: { readingId: reading.id, hash } }, select: { id: true } });
    const version =
      existing ??
      (await tx.readingVersion.create({
        data: {
          readingId: reading.id,
          hash,
          // The bundle as given (validated above; write checks it again): the hash was taken of it.
          readingJson: readingJsonColumn.write(bundle.reading as { title: string }),
          questionsJson: questionsJsonColumn.write(bundle.questions as { questions: unknown[] }),
          createdById,
        },
        select: { id: true },
      }));
    await tx.reading.update({ where: { id: reading.id }, data: { currentVersionId: version.id } });
    return { version: hash, created: !existing };
  });
}

