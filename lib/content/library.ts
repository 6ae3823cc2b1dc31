/**
 * A teacher's own readings: publishing a version (what an import, and later
 * the browser editor, calls), sharing with the whole server, and carrying a
 * reading to another server as one file (lib/content/bundle-file.ts).
 */
import "server-only";
import { z } from "zod";
import { teacherReadings, visibleReadings } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { bundleFileName, bundleFromFile, bundleToFile } from "./bundle-file";
import { findReading, listReadings, SERVER_LIBRARY } from "./load";
import { isOpenlyLicensed } from "./rights";
import { slugSchema } from "./schema";
import { readingJsonColumn, saveVersion, storedBundle, validateBundle, type PublishOutcome, type ReadingBundle } from "./store";
import type { ContentIssue } from "./validate";

const SLUG_TAKEN = "Another reading on this server has this name (slug). Choose another one below.";

/** content:check's issues as the form's messages: slug problems on the slug field, everything else on the file. */
function issueFields(issues: ContentIssue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = issue.file === "reading.json" && issue.id === "slug" ? "slug" : "file";
    (fields[field] ??= []).push(`${issue.file}: ${issue.id}: ${issue.message}`);
  }
  return fields;
}

/**
 * Makes `bundle` (a reading.json and questions.json, as parsed JSON) the
 * current version of the teacher's reading `slug`, creating the reading when
 * the slug is free. An unchanged bundle makes no new version; attempts already
 * made keep the version they were given on. Refuses a bundle that fails the
 * content checks (field messages), and a slug that is not the teacher's.
 */
export async function publishReadingVersion(teacher: SessionUser, slug: string, bundle: ReadingBundle): Promise<PublishOutcome> {
  const mine = teacherReadings(teacher);
  const { loaded, issues } = validateBundle(bundle);
  if (!loaded) throw new AppError("invalid", "This reading does not pass the content checks.", issueFields(issues));
  if (loaded.reading.slug !== slug) throw new AppError("invalid", "The reading's slug does not match.", { slug: [`reading.json names "${loaded.reading.slug}"`] });
  const existing = await db.reading.findUnique({ where: { slug }, select: { ownerId: true } });
  if (existing && existing.ownerId !== mine.ownerId) throw new AppError("conflict", SLUG_TAKEN, { slug: [SLUG_TAKEN] });
  try {
    return await saveVersion(db, bundle, loaded, { ownerId: teacher.id, sharedWithServer: false }, teacher.id);
  } catch (error) {
    // Someone took the slug (or published the same version) a moment ago.
    if (isUniqueViolation(error)) throw new AppError("conflict", SLUG_TAKEN, { slug: [SLUG_TAKEN] });
    throw error;
  }
}

/** Shares the teacher's reading with every teacher on the server (and self-study, when its rights allow), or stops sharing it. */
export async function shareReading(teacher: SessionUser, slug: string, shared: boolean): Promise<void> {
  const { count } = await db.reading.updateMany({ where: { slug, ...teacherReadings(teacher) }, data: { sharedWithServer: shared } });
  if (count !== 1) throw new AppError("not_found", "That reading does not exist or is not yours.");
}

export type OwnReading = { slug: string; title: string; shared: boolean; versions: number; updatedAt: Date };

/** The teacher's own readings, newest change first. */
export async function listOwnReadings(teacher: SessionUser): Promise<OwnReading[]> {
  const rows = await db.reading.findMany({
    where: teacherReadings(teacher),
    orderBy: { updatedAt: "desc" },
    select: { slug: true, sharedWithServer: true, updatedAt: true, _count: { select: { versions: true } }, currentVersion: { select: { readingJson: true } } },
  });
  return rows.map((row) => ({
    slug: row.slug,
    title: row.currentVersion ? readingJsonColumn.read(row.currentVersion.readingJson).title : row.slug,
    shared: row.sharedWithServer,
    versions: row._count.versions,
    updatedAt: row.updatedAt,
  }));
}

/**
 * The current version of a reading as one file, for the teacher to carry to
 * another server: their own readings, and readings of the server's library
 * whose text anyone may copy (public domain, open licence). Anything else
 * reads as "not found".
 */
export async function exportReadingFile(teacher: SessionUser, slug: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const mine = teacherReadings(teacher);
  const reading = await findReading(visibleReadings(teacher), slug);
  const owned = reading && (await db.reading.count({ where: { slug, ...mine } })) === 1;
  const stored = reading && (owned || isOpenlyLicensed(reading)) ? await storedBundle({ slug }) : null;
  if (!stored) throw new AppError("not_found", "That reading does not exist, or its licence does not let it be copied to another server.");
  return { fileName: bundleFileName(stored.slug), bytes: bundleToFile(stored.slug, stored.bundle) };
}

export const importReadingSchema = z.object({
  /** Empty: keep the reading's own slug. */
  slug: z.union([z.literal(""), slugSchema.max(80, "At most 80 characters.")], { error: "Use lowercase letters and digits joined by hyphens, e.g. my-reading." }),
});

export const shareReadingSchema = z.object({ slug: slugSchema, shared: z.enum(["yes", "no"]).transform((value) => value === "yes") });

const uploadSchema = z
  .instanceof(File, { message: "Choose the reading's .closeread.zip file." })
  .refine((file) => file.size > 0, "Choose the reading's .closeread.zip file.");

/**
 * A reading file exported from closeread (here or on another server) becomes
 * a reading owned by the teacher, under its own slug or `slug` when given.
 */
export async function importReadingFile(teacher: SessionUser, upload: unknown, input: z.output<typeof importReadingSchema>): Promise<{ slug: string; title: string }> {
  teacherReadings(teacher);
  const file = uploadSchema.safeParse(upload);
  if (!file.success) throw new AppError("invalid", "Choose a file to import.", { file: [file.error.issues[0]!.message] });
  const parsed = bundleFromFile(new Uint8Array(await file.data.arrayBuffer()));
  if (!parsed.ok) throw new AppError("invalid", "This file cannot be imported.", { file: [parsed.message] });
  const reading = parsed.bundle.reading;
  const bundle = input.slug && reading !== null && typeof reading === "object" ? { ...parsed.bundle, reading: { ...reading, slug: input.slug } } : parsed.bundle;
  const slug = String((bundle.reading as { slug?: unknown } | null)?.slug ?? "");
  if (await db.reading.count({ where: { slug } })) throw new AppError("conflict", SLUG_TAKEN, { slug: [SLUG_TAKEN] });
  await publishReadingVersion(teacher, slug, bundle);
  return { slug, title: String((bundle.reading as { title?: unknown }).title ?? slug) };
}

export type LibraryReading = { slug: string; title: string; author: string; exportable: boolean };

/** The server's shared readings that are not the teacher's own, with whether their text may be carried elsewhere. */
export async function listServerLibrary(teacher: SessionUser): Promise<LibraryReading[]> {
  // "Not the teacher's" must keep the built-in readings: NOT (ownerId = …) is not true of a null owner in SQL.
  const readings = await listReadings({ AND: [SERVER_LIBRARY, { OR: [{ ownerId: null }, { NOT: teacherReadings(teacher) }] }] });
  return readings.map((reading) => ({ slug: reading.slug, title: reading.title, author: reading.author, exportable: isOpenlyLicensed(reading) }));
}
