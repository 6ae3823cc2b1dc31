/**
 * A teacher's drafts: readings being written in the browser editor, one row
 * each, only ever seen by their owner (anyone else's draft is "not found").
 * Every save names the revision it was made from; a save from a stale copy
 * (another tab, another device) is refused, never written over the newer one.
 * Publishing makes the draft a version of the teacher's reading through
 * publishReadingVersion, the one way readings are published.
 */
import "server-only";
import { assertRole, teacherReadings } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { publishReadingVersion } from "@/lib/content/library";
import { storedBundle } from "@/lib/content/store";
import type { Question, Reading } from "@/lib/content/schema";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReadingDraft } from "./draft";
import { parseDraftJson } from "./draft-shape";
import { slugFromTitle } from "./slug";

export const STALE_DRAFT =
  "This draft was changed somewhere else (another tab or device) since this page opened. Reload the page to see the newer version; what you typed here is kept on this device.";
const NOT_FOUND = "That draft does not exist or is not yours.";

/** The teacher's own drafts. */
function ownDrafts(teacher: SessionUser): Prisma.ReadingDraftWhereInput {
  assertRole(teacher, "teacher");
  return { ownerId: teacher.id };
}

export type StoredDraft = { id: string; slug: string; draft: ReadingDraft; revision: number; updatedAt: Date; editsPublished: boolean };

export async function getDraft(teacher: SessionUser, draftId: string): Promise<StoredDraft> {
  const row = await db.readingDraft.findFirst({ where: { id: draftId, ...ownDrafts(teacher) } });
  const draft = row && parseDraftJson(row.draftJson);
  if (!row || !draft) throw new AppError("not_found", NOT_FOUND);
  const published = await db.reading.count({ where: { slug: row.slug, ...teacherReadings(teacher) } });
  return { id: row.id, slug: row.slug, draft, revision: row.revision, updatedAt: row.updatedAt, editsPublished: published === 1 };
}

export type DraftSummary = { id: string; slug: string; title: string; updatedAt: Date };

/** The teacher's drafts, last changed first. */
export async function listDrafts(teacher: SessionUser): Promise<DraftSummary[]> {
  const rows = await db.readingDraft.findMany({ where: ownDrafts(teacher), orderBy: { updatedAt: "desc" }, select: { id: true, slug: true, draftJson: true, updatedAt: true } });
  return rows.map((row) => ({ id: row.id, slug: row.slug, title: parseDraftJson(row.draftJson)?.reading.title || row.slug, updatedAt: row.updatedAt }));
}

/**
 * A new draft from an import: its slug comes from the title, made unique
 * against every reading on the server and the teacher's other drafts.
 */
export async function createDraftFromImport(teacher: SessionUser, reading: Reading): Promise<string> {
  const slug = await freeSlug(teacher, slugFromTitle(reading.title)); // freeSlug checks the role first
  const draft: ReadingDraft = { reading: { ...reading, slug }, questions: [] };
  const row = await db.readingDraft.create({ data: { ownerId: teacher.id, slug, draftJson: JSON.stringify(draft) }, select: { id: true } });
  return row.id;
}

/** A draft of the current version of the teacher's own reading `slug`: the one already open for it, else a new one. */
export async function openDraftOfReading(teacher: SessionUser, slug: string): Promise<string> {
  const open = await db.readingDraft.findFirst({ where: { slug, ...ownDrafts(teacher) }, orderBy: { updatedAt: "desc" }, select: { id: true } });
  if (open) return open.id;
  const stored = await storedBundle({ slug, ...teacherReadings(teacher) });
  if (!stored) throw new AppError("not_found", "That reading does not exist or is not yours.");
  const reading = await db.reading.findUniqueOrThrow({ where: { slug }, select: { currentVersionId: true } });
  const draft = { reading: stored.bundle.reading, questions: (stored.bundle.questions as { questions: Question[] }).questions };
  const row = await db.readingDraft.create({
    data: { ownerId: teacher.id, slug, draftJson: JSON.stringify(draft), baseVersionId: reading.currentVersionId },
    select: { id: true },
  });
  return row.id;
}

/** Stores `draft` over revision `revision`; a stale revision is a conflict. Returns the new revision. */
export async function saveDraft(teacher: SessionUser, draftId: string, input: { draft: ReadingDraft; revision: number }): Promise<{ revision: number; savedAt: Date }> {
  const savedAt = new Date();
  const { count } = await db.readingDraft.updateMany({
    where: { id: draftId, revision: input.revision, ...ownDrafts(teacher) },
    data: { draftJson: JSON.stringify(input.draft), slug: input.draft.reading.slug, revision: { increment: 1 }, updatedAt: savedAt },
  });
  if (count === 1) return { revision: input.revision + 1, savedAt };
  const exists = await db.readingDraft.count({ where: { id: draftId, ...ownDrafts(teacher) } });
  throw exists ? new AppError("conflict", STALE_DRAFT) : new AppError("not_found", NOT_FOUND);
}

/**
 * Publishes the draft as stored (the editor saves before it publishes): a
 * new reading, or a new version of the teacher's reading of that slug
 * (attempts already made keep the version they were given on).
 */
export async function publishDraft(teacher: SessionUser, draftId: string): Promise<{ slug: string; title: string; created: boolean }> {
  const { draft } = await getDraft(teacher, draftId);
  const slug = draft.reading.slug;
  const bundle = { reading: { ...draft.reading, published: true }, questions: { questions: draft.questions } };
  const outcome = await publishReadingVersion(teacher, slug, bundle);
  const reading = await db.reading.findUniqueOrThrow({ where: { slug }, select: { currentVersionId: true } });
  await db.readingDraft.updateMany({ where: { id: draftId, ...ownDrafts(teacher) }, data: { baseVersionId: reading.currentVersionId } });
  return { slug, title: draft.reading.title, created: outcome.created };
}

/**
 * Deletes the draft and nothing else: the reading it edits, when published,
 * stays as published (its versions, assignments and answers are untouched).
 * `published` says whether there is such a reading, for the message after.
 */
export async function discardDraft(teacher: SessionUser, draftId: string): Promise<{ published: boolean }> {
  const where = { id: draftId, ...ownDrafts(teacher) };
  const row = await db.readingDraft.findFirst({ where, select: { slug: true } });
  const { count } = await db.readingDraft.deleteMany({ where });
  if (!row || count !== 1) throw new AppError("not_found", NOT_FOUND);
  const published = await db.reading.count({ where: { slug: row.slug, ...teacherReadings(teacher) } });
  return { published: published === 1 };
}

/** `base`, or `base-2`, `base-3`…: the first no reading on the server and none of the teacher's drafts uses. */
async function freeSlug(teacher: SessionUser, base: string): Promise<string> {
  const taken = async (slug: string) =>
    (await db.reading.count({ where: { slug } })) + (await db.readingDraft.count({ where: { slug, ...ownDrafts(teacher) } })) > 0;
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(slug))) return slug;
  }
}
