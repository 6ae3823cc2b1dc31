"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { idSchema } from "@/lib/forms/schemas";
import { runFormAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/state";
import { clearPreview, previewPath } from "./preview";

const previewSchema = z.object({ assignmentId: idSchema });

/** The preview banner's "Start over": clears the teacher's preview and opens its start page again. */
export async function startPreviewOverAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, previewSchema, async ({ assignmentId }) => {
    await clearPreview(user, assignmentId);
    redirect(previewPath(assignmentId));
  });
}
