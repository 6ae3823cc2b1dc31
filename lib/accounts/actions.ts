"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changePassword, createAccount, joinAsNewStudent, joinAsStudent } from "@/lib/accounts/mutations";
import {
  changePasswordSchema,
  deleteAccountSchema,
  joinAsNewStudentSchema,
  joinAsStudentSchema,
  SIGN_UP_ROLES,
  signUpSchema,
} from "@/lib/accounts/schemas";
import { deleteOwnAccount } from "@/lib/accounts/own-data";
import { signInWithPassword } from "@/lib/accounts/sign-in";
import { clientAddress } from "@/lib/auth/client-address";
import { credentialsSchema } from "@/lib/auth/credentials";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { configuredOAuthProviders, OAUTH_SIGN_UP_COOKIE } from "@/lib/auth/oauth";
import { homePathFor, safeNextPath } from "@/lib/auth/paths";
import { secureCookies } from "@/lib/auth/secret";
import { currentSessionId, getCurrentUser, requireUser, requireUserForPasswordChange } from "@/lib/auth/current-user";
import { endSession } from "@/lib/auth/sign-in-sessions";
import { runFormAction } from "@/lib/forms/run-action";
import type { FormState } from "@/lib/forms/state";

async function requestAddress(): Promise<string> {
  return clientAddress(await headers());
}

const signInFormSchema = credentialsSchema.extend({ next: z.string().optional() });

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, signInFormSchema, async ({ identifier, password, next }) => {
    const role = await signInWithPassword(identifier, password);
    redirect(safeNextPath(next) ?? homePathFor(role));
  });
}

export async function signOutAction(): Promise<void> {
  // Ended here rather than only in next-auth's signOut event, which logs and swallows a database error.
  const sessionId = await currentSessionId();
  if (sessionId) await endSession(sessionId);
  await signOut({ redirectTo: "/" });
}

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, signUpSchema, async (input) => {
    await createAccount(input, await requestAddress());
    redirect(homePathFor(await signInWithPassword(input.email, input.password)));
  });
}

const oauthSchema = z.object({
  provider: z.enum(["google", "microsoft-entra-id"]),
  role: z.enum(SIGN_UP_ROLES).optional(),
});

/**
 * Starts Google or Microsoft sign-in. From the sign-up page it also records
 * the chosen role, so the first sign-in can create the account.
 */
export async function oauthSignInAction(formData: FormData): Promise<void> {
  const parsed = oauthSchema.safeParse({ provider: formData.get("provider"), role: formData.get("role") ?? undefined });
  const configured = configuredOAuthProviders().map(({ id }) => id);
  if (!parsed.success || !configured.includes(parsed.data.provider)) redirect("/sign-in?error=provider");
  const { provider, role } = parsed.data;
  if (role) {
    (await cookies()).set(OAUTH_SIGN_UP_COOKIE, role, {
      httpOnly: true,
      sameSite: "lax",
      secure: secureCookies(),
      maxAge: 10 * 60,
      path: "/",
    });
  }
  // The sign-in page sends a signed-in user on to their role's home.
  await signIn(provider, { redirectTo: "/sign-in" });
}

/**
 * Joins a class by its code: a signed-in student just joins; anyone else
 * creates a student account, which is then signed in.
 */
export async function joinClassAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (user) {
    return runFormAction(formData, joinAsStudentSchema, async ({ code }) => {
      const joined = await joinAsStudent(user, code, await requestAddress());
      redirect(`/classes?joined=${joined.status}`);
    });
  }
  return runFormAction(formData, joinAsNewStudentSchema, async (input) => {
    const joined = await joinAsNewStudent(input, await requestAddress());
    await signInWithPassword(input.username, input.password);
    redirect(`/classes?joined=${joined.status}`);
  });
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUserForPasswordChange();
  return runFormAction(formData, changePasswordSchema, async (input) => {
    await changePassword(user, input, { sessionId: await currentSessionId(), address: await requestAddress() });
    // A temporary password replaced: the rest of closeread opens now.
    if (user.mustChangePassword) redirect(homePathFor(user.role));
    return { status: "success", message: "Your password is changed. You were signed out everywhere else." };
  });
}

/** Deletes the signed-in user's account (lib/accounts/own-data.ts), then clears this browser's cookie. */
export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runFormAction(formData, deleteAccountSchema, async (confirmation) => {
    await deleteOwnAccount(user, confirmation, await requestAddress());
    await signOut({ redirectTo: "/?account=deleted" });
  });
}
