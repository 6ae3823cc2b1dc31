"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { importReadingFile, importReadingSchema, shareReading, shareReadingSchema } from "@/lib/content/library";
import { runFormAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/state";

export async function importReadingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, importReadingSchema, async (input) => {
    const imported = await importReadingFile(user, formData.get("file"), input);
    revalidatePath("/teach", "layout");
    return { status: "success", message: `Imported “${imported.title}” (${imported.slug}). It is yours until you share it.` };
  });
}

export async function shareReadingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, shareReadingSchema, async ({ slug, shared }) => {
    await shareReading(user, slug, shared);
    revalidatePath("/teach", "layout");
    return { status: "success", message: shared ? "Shared with every teacher on this server." : "No longer shared: only you see it." };
  });
}
