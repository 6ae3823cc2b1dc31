/**
 * The reading folders under `content/` (the built-in library, and the
 * exchange format), and the catalogue the app reads: readings stored in the
 * database with their versions (lib/content/store.ts), the built-in library
 * loaded into it by `db:migrate`, the seed, and the first lookup of a
 * process. The getters refuse to serve anything while a folder is invalid: a
 * half-valid reading would put answers against ids that do not exist (run
 * `npm run content:check`).
 */
import fs from "node:fs";
import path from "node:path";
import { db, type Database } from "../db/client";
import { isUniqueViolation } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { contentHash } from "./canonical";
import type { Chunk, Paragraph, Question } from "./schema";
import {
  cachedVersion,
  saveVersion,
  storedReading,
  storedReadings,
  type LoadedReading,
  type PublishOutcome,
  type ReadingWithVersion,
} from "./store";
import { validateQuestions, validateReading, type ContentFile, type ContentIssue } from "./validate";

export type { LoadedReading, ReadingWithVersion } from "./store";

export interface FolderIssue extends ContentIssue {
  folder: string;
}

export interface ContentLoad {
  dir: string;
  /** Each valid folder with its files as parsed JSON. */
  readings: (LoadedReading & { files: { reading: unknown; questions: unknown } })[];
  issues: FolderIssue[];
}

export type ChunkWithParagraphs = Chunk & {
  paragraphs: Paragraph[];
  /** 1-based position among the reading's chunks. */
  number: number;
  isLast: boolean;
};

/** `CONTENT_DIR` when set, else `<cwd>/content`. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

/**
 * Reads and validates every folder of `dir` (no cache, never throws on bad
 * content). Readings whose files match the schema are returned even when they
 * have semantic issues, so a checker can still describe them.
 */
export function loadContent(dir: string = contentDir()): ContentLoad {
  const folders = fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
    : [];
  const readings: ContentLoad["readings"] = [];
  const issues: FolderIssue[] = [];
  for (const folder of folders) {
    const readingFile = readJson(path.join(dir, folder, "reading.json"));
    const questionsFile = readJson(path.join(dir, folder, "questions.json"));
    const fileIssue = (file: ContentFile, message: string) => issues.push({ folder, file, id: "(file)", message });
    if (!readingFile.ok) {
      fileIssue("reading.json", readingFile.error);
      continue;
    }
    const { reading, issues: readingIssues } = validateReading(folder, readingFile.json);
    issues.push(...readingIssues.map((issue) => ({ folder, ...issue })));
    if (!questionsFile.ok) fileIssue("questions.json", questionsFile.error);
    if (!reading || !questionsFile.ok) continue;

    const { questions, issues: questionIssues } = validateQuestions(reading, questionsFile.json);
    issues.push(...questionIssues.map((issue) => ({ folder, ...issue })));
    if (questions) {
      const version = contentHash(readingFile.json, questionsFile.json);
      readings.push({ reading: { ...reading, version }, questions, files: { reading: readingFile.json, questions: questionsFile.json } });
    }
  }
  return { dir, readings, issues };
}

/** `content/<folder>/<file>: <id>: <message>`, the path relative to the working directory. */
export function formatIssue(dir: string, issue: FolderIssue): string {
  const file = path.relative(process.cwd(), path.join(dir, issue.folder, issue.file));
  return `${file}: ${issue.id}: ${issue.message}`;
}

export class InvalidContentError extends Error {
  constructor(readonly lines: string[]) {
    super(`Invalid content (run npm run content:check):\n${lines.join("\n")}`);
    this.name = "InvalidContentError";
  }
}

// ---------------------------------------------------------------------------
// The built-in library in the database.

/** Readings shared with the whole server (the built-in library always is): what self-study may find. */
export const SERVER_LIBRARY: Prisma.ReadingWhereInput = { sharedWithServer: true };

/**
 * Stores each folder of `dir` as a built-in reading: a new folder makes a
 * reading, a changed one a new version, an unchanged one nothing. Throws
 * while any folder is invalid. Several instances may run it at once.
 */
export async function syncBuiltInLibrary(client: Database = db, dir: string = contentDir()): Promise<(PublishOutcome & { slug: string })[]> {
  const load = loadContent(dir);
  if (load.issues.length > 0) throw new InvalidContentError(load.issues.map((issue) => formatIssue(dir, issue)));
  const outcomes: (PublishOutcome & { slug: string })[] = [];
  for (const { reading, questions, files } of load.readings) {
    const stored = await client.reading.findUnique({ where: { slug: reading.slug }, select: { ownerId: true, currentVersion: { select: { hash: true } } } });
    if (stored?.ownerId) throw new Error(`content/${reading.slug}: a teacher's reading already has the slug "${reading.slug}"; rename the folder.`);
    // The usual case, every start: nothing changed, and nothing is written.
    if (stored?.currentVersion?.hash === reading.version) {
      outcomes.push({ slug: reading.slug, version: reading.version, created: false });
      continue;
    }
    const save = () => saveVersion(client, files, { reading, questions }, { ownerId: null, sharedWithServer: true }, null);
    // Another instance storing the same folder at the same moment wins; this one then finds it stored.
    const outcome = await save().catch((error: unknown) => (isUniqueViolation(error) ? save() : Promise.reject(error)));
    outcomes.push({ slug: reading.slug, ...outcome });
  }
  return outcomes;
}

// Once per process and content directory (tests may point CONTENT_DIR at fixtures);
// a failed load is forgotten, so the next lookup reports it again.
const builtInLoads = new Map<string, Promise<unknown>>();

function builtInLibraryStored(): Promise<unknown> {
  const dir = contentDir();
  let loading = builtInLoads.get(dir);
  if (!loading) {
    loading = syncBuiltInLibrary(db, dir).catch((error: unknown) => {
      builtInLoads.delete(dir);
      throw error;
    });
    builtInLoads.set(dir, loading);
  }
  return loading;
}

// ---------------------------------------------------------------------------
// The catalogue.

/**
 * The current versions of the readings `scope` selects (lib/auth/scopes.ts
 * `visibleReadings`; by default the server's shared library), by title,
 * published or not: callers decide who may see drafts.
 */
export async function listReadings(scope: Prisma.ReadingWhereInput = SERVER_LIBRARY): Promise<ReadingWithVersion[]> {
  await builtInLibraryStored();
  const loaded = await storedReadings(scope);
  return loaded.map((entry) => entry.reading).sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * A reading at `version` (an attempt's contentVersion), or its current
 * version. Unscoped: callers reach it through something the user may open
 * (an assignment, their attempt) or check `scope` with `findReading`.
 */
export async function getReading(slug: string, version?: string): Promise<ReadingWithVersion | undefined> {
  await builtInLibraryStored();
  return (await storedReading(slug, version))?.reading;
}

/** Slugs of every stored reading with a version (whoever owns it). */
export async function installedSlugs(): Promise<string[]> {
  await builtInLibraryStored();
  const rows = await db.reading.findMany({ where: { currentVersionId: { not: null } }, select: { slug: true } });
  return rows.map((row) => row.slug);
}

/** The current version of `slug` when `scope` selects it. */
export async function findReading(scope: Prisma.ReadingWhereInput, slug: string): Promise<ReadingWithVersion | undefined> {
  await builtInLibraryStored();
  const [found] = await storedReadings({ AND: [scope, { slug }] });
  return found?.reading;
}

/**
 * The full questions of the reading's version, keys included. For the
 * browser, pass each through `toClientQuestion` (lib/content/client.ts);
 * grading code reads them through the server-only lib/content/keys.ts.
 * Synchronous: a reading object from the getters has its version parsed in this process.
 */
export function getQuestions(reading: Pick<ReadingWithVersion, "slug" | "version">): Question[] {
  const loaded = cachedVersion(reading.slug, reading.version);
  if (!loaded) throw new Error(`Version ${reading.version} of "${reading.slug}" was not loaded through the catalogue`);
  return loaded.questions;
}

export function getChunk(reading: ReadingWithVersion, chunkId: string): ChunkWithParagraphs | undefined {
  const index = reading.chunks.findIndex((chunk) => chunk.id === chunkId);
  if (index < 0) return undefined;
  const chunk = reading.chunks[index]!;
  const paragraphs = new Map(reading.paragraphs.map((p) => [p.id, p]));
  return {
    ...chunk,
    paragraphs: chunk.paragraphIds.map((id) => paragraphs.get(id)!),
    number: index + 1,
    isLast: index === reading.chunks.length - 1,
  };
}

// ---------------------------------------------------------------------------

function readJson(file: string): { ok: true; json: unknown } | { ok: false; error: string } {
  if (!fs.existsSync(file)) return { ok: false, error: "file is missing" };
  try {
    return { ok: true, json: JSON.parse(fs.readFileSync(file, "utf8")) };
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
}
