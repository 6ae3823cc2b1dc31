"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { importArticle } from "@/lib/content/import";
import { ImportFileError, importFile } from "@/lib/content/extract";
import { AppError } from "@/lib/errors";
import { runFormAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/state";
import { idSchema } from "@/lib/forms/schemas";
import { slugSchema } from "@/lib/content/schema";
import { readingDraftSchema } from "./draft-shape";
import { createDraftFromImport, discardDraft, openDraftOfReading, publishDraft } from "./drafts";

const MAX_PASTE_CHARACTERS = 400_000;
const NOTHING_TO_IMPORT = "Paste the article's text here, or choose a file below.";

const importSchema = z.object({ text: z.string().max(MAX_PASTE_CHARACTERS, "This is longer than any one reading; paste one article.").default("") });

/** A non-empty uploaded file, or undefined (a form without a chosen file still sends an empty one). */
function uploadedFile(value: FormDataEntryValue | null): File | undefined {
  return value instanceof File && value.size > 0 ? value : undefined;
}

/**
 * Pasted text or a file through the importer; the result goes back to the
 * page (as JSON in `data.result`), which shows it for the teacher to check
 * and restore removed blocks before a draft is made. Nothing is stored yet.
 */
export async function importArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireUser(["teacher"]);
  return runFormAction(formData, importSchema, async ({ text }) => {
    const file = uploadedFile(formData.get("file"));
    if (file && text.trim()) throw new AppError("invalid", "Paste text or choose a file, not both.", { text: ["Clear this box to import the file instead."] });
    const result = file ? await importUpload(file) : importArticle(text, { slug: "draft" });
    if (result.reading.paragraphs.length === 0) {
      throw new AppError("invalid", "Nothing to import.", file ? { file: [`${file.name} has no paragraphs of text.`] } : { text: [NOTHING_TO_IMPORT] });
    }
    return { status: "success", message: `Found ${result.report.paragraphs} paragraphs; ${result.report.removed.length} blocks were left out.`, data: { result: JSON.stringify(result) } };
  });
}

/** The extractor's own messages (too large, wrong type, a scan without text) go to the file field. */
async function importUpload(file: File) {
  try {
    return await importFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, { slug: "draft" });
  } catch (error) {
    if (error instanceof ImportFileError) throw fileError(error.message);
    throw error;
  }
}

const fileError = (message: string) => new AppError("invalid", "This file cannot be imported.", { file: [message] });

const startSchema = z.object({
  draft: z.string().transform((json, context) => {
    try {
      const parsed = readingDraftSchema.safeParse(JSON.parse(json));
      if (parsed.success) return parsed.data;
    } catch {
      // reported below
    }
    context.addIssue({ code: "custom", message: "The imported text did not arrive whole. Import it again." });
    return z.NEVER;
  }),
});

/** "Start editing": the checked import becomes a draft owned by the teacher, and the editor opens. */
export async function startEditingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  let draftId = "";
  const state = await runFormAction(formData, startSchema, async ({ draft }) => {
    draftId = await createDraftFromImport(user, draft.reading);
  });
  if (draftId) redirect(`/teach/readings/drafts/${draftId}`);
  return state;
}

/** "Edit" on one of the teacher's readings: its open draft, or a new draft of its current version. */
export async function editReadingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  let draftId = "";
  const state = await runFormAction(formData, z.object({ slug: slugSchema }), async ({ slug }) => {
    draftId = await openDraftOfReading(user, slug);
  });
  if (draftId) redirect(`/teach/readings/drafts/${draftId}`);
  return state;
}

/** Publishes the saved draft; its messages (the content checks) come back per field. */
export async function publishDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, z.object({ draftId: idSchema }), async ({ draftId }) => {
    const published = await publishDraft(user, draftId);
    revalidatePath("/teach", "layout");
    return {
      status: "success",
      message: published.created ? `Published “${published.title}”.` : `“${published.title}” is already published as it is.`,
      data: { slug: published.slug },
    };
  });
}

/** "Discard draft": the readings page then says what went (the draft, or only the changes to a published reading). */
export async function discardDraftAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  let notice = "";
  const state = await runFormAction(formData, z.object({ draftId: idSchema }), async ({ draftId }) => {
    notice = (await discardDraft(user, draftId)).published ? "changes" : "draft";
  });
  if (notice) redirect(`/teach/readings?discarded=${notice}`);
  return state;
}
