"use server";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { runFormAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/state";
import { platformSchema, registerPlatform } from "./platforms";

export async function registerPlatformAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, platformSchema, async (input) => {
    await registerPlatform(user, input);
    revalidatePath("/teach/lti");
    return { status: "success", message: `${input.name} is registered. Launches from it work now.` };
  });
}
