import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { notFound } from "next/navigation";
import { routeId } from "@/lib/pages";
import { getDraft, type StoredDraft } from "./drafts";

/** The teacher's draft a page shows, or the 404 page (missing and not-yours look the same). */
export async function loadOwnDraft(teacher: SessionUser, draftId: string): Promise<StoredDraft> {
  try {
    return await getDraft(teacher, routeId(draftId));
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
