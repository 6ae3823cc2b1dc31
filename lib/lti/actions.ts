"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { knownDeviceFromHeaders } from "@/lib/auth/known-device";
import { clientAddress } from "@/lib/auth/client-address";
import { requireUser } from "@/lib/auth/current-user";
import { runFormAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/state";
import { z } from "zod";
import { linkAccountSchema, linkLmsIdentity } from "./account-link";
import { platformSchema, registerPlatform } from "./platforms";
import { createRegistrationUrl } from "./registration";
import { requestOrigin } from "./urls";

export async function registerPlatformAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, platformSchema, async (input) => {
    await registerPlatform(user, input);
    revalidatePath("/teach/lti");
    return { status: "success", message: `${input.name} is registered. Launches from it work now.` };
  });
}

export async function createRegistrationUrlAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(["teacher"]);
  return runFormAction(formData, z.object({}), async () => {
    const url = await createRegistrationUrl(user, requestOrigin(await headers()));
    return { status: "success", message: "Registration URL made: paste it into your LMS within 24 hours. It works once.", data: { url } };
  });
}

/** No session needed (nor used): the password proves the account (lib/lti/account-link.ts). */
export async function linkLmsAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, linkAccountSchema, async (input) => {
    const requestHeaders = await headers();
    const name = await linkLmsIdentity(input, { address: clientAddress(requestHeaders), device: knownDeviceFromHeaders(requestHeaders) });
    return { status: "success", message: `Linked. Your course now opens your closeread account (${name}). Open the activity again from your course.` };
  });
}
