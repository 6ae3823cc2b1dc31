"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { runFormAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/state";
import { reviewSettingsSchema, updateReviewSettings } from "@/lib/review/settings";

/** The review page's settings form: one's own new cards per day and glossary flashcards. */
export async function updateReviewSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormAction(formData, reviewSettingsSchema, async (settings) => {
    await updateReviewSettings(user, settings);
    revalidatePath("/review");
    return { status: "success", message: "Review settings saved. Today's cards follow them now." };
  });
}
