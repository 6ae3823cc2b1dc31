/**
 * Loads every reading folder under the content directory, validates it and
 * keeps the result in memory for the life of the process. The getters refuse
 * to serve anything while a folder is invalid: a half-valid reading would put
 * answers against ids that do not exist (run `npm run content:check`).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Chunk, Paragraph, Question, Reading } from "./schema";
import { validateQuestions, validateReading, type ContentFile, type ContentIssue } from "./validate";

export type ReadingWithVersion = Reading & {
  /** First 12 hex digits of the sha256 of the canonical reading.json + questions.json. */
  version: string;
};

export interface LoadedReading {
  reading: ReadingWithVersion;
  questions: Question[];
}

export interface FolderIssue extends ContentIssue {
  folder: string;
}

export interface ContentLoad {
  dir: string;
  readings: LoadedReading[];
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
  const readings: LoadedReading[] = [];
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
      const version = contentVersion(readingFile.json, questionsFile.json);
      readings.push({ reading: { ...reading, version }, questions });
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
// Cached getters for the app. Cached per directory, so tests may point
// CONTENT_DIR at fixtures.

const cache = new Map<string, Map<string, LoadedReading>>();

function validContent(): Map<string, LoadedReading> {
  const dir = contentDir();
  let bySlug = cache.get(dir);
  if (!bySlug) {
    const load = loadContent(dir);
    if (load.issues.length > 0) throw new InvalidContentError(load.issues.map((issue) => formatIssue(dir, issue)));
    bySlug = new Map(load.readings.map((loaded) => [loaded.reading.slug, loaded]));
    cache.set(dir, bySlug);
  }
  return bySlug;
}

/** Every reading, by title (published or not: callers decide who may see drafts). */
export function listReadings(): ReadingWithVersion[] {
  return [...validContent().values()].map((loaded) => loaded.reading).sort((a, b) => a.title.localeCompare(b.title));
}

export function getReading(slug: string): ReadingWithVersion | undefined {
  return validContent().get(slug)?.reading;
}

/**
 * The full questions, keys included. For the browser, pass each through
 * `toClientQuestion` (lib/content/client.ts); grading code reads them through
 * the server-only lib/content/keys.ts.
 */
export function getQuestions(slug: string): Question[] | undefined {
  return validContent().get(slug)?.questions;
}

export function getChunk(slug: string, chunkId: string): ChunkWithParagraphs | undefined {
  const reading = getReading(slug);
  const index = reading?.chunks.findIndex((chunk) => chunk.id === chunkId) ?? -1;
  if (!reading || index < 0) return undefined;
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

/** Same content, same version: formatting and key order do not count. */
function contentVersion(readingJson: unknown, questionsJson: unknown): string {
  const canonical = `${canonicalJson(readingJson)}\n${canonicalJson(questionsJson)}`;
  return createHash("sha256").update(canonical).digest("hex").slice(0, 12);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
