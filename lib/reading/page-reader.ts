/**
 * The reader behind a page's URL, for the thin pages under
 * app/(reading): the signed-in user (else the sign-in page), and the
 * assignment, practice reading or preview they may open (else the 404 page).
 * Cached per request, so a page and its metadata resolve it once.
 */
import "server-only";
import { cache } from "react";
import { requireUser, type SessionUser } from "@/lib/auth/current-user";
import { foundOr404, routeId } from "@/lib/pages";
import { practiceClosure, type PracticeClosure } from "./practice";
import { openAssignmentReading, openPracticeReading, openPreviewReading, type Reader, type ReadingAccess } from "./reader";

const OPEN: Record<ReadingAccess["kind"], (user: SessionUser, id: string) => Promise<Reader | null>> = {
  assignment: (user, id) => openAssignmentReading(user, routeId(id)),
  practice: openPracticeReading,
  preview: (user, id) => openPreviewReading(user, routeId(id)),
};

export const readerFor = cache(async (kind: ReadingAccess["kind"], id: string): Promise<Reader> => {
  const user = await requireUser();
  return foundOr404(await OPEN[kind](user, id));
});

/** Why practice of the reading at this address is closed to the signed-in user, or null (see practiceClosure). */
export const practiceClosureFor = cache(async (slug: string): Promise<PracticeClosure | null> => practiceClosure(await requireUser(), slug));
