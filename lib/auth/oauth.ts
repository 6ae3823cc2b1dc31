import "server-only";
import type { Account, Profile } from "next-auth";
import Google from "next-auth/providers/google";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { withoutControlCharacters } from "@/lib/forms/text";

/**
 * Google and Microsoft sign-in, each switched on by its environment
 * variables. OAuth is for teachers and self-study learners (students have no
 * email); it signs in existing accounts, and creates one only when it started
 * on the sign-up page, which records the chosen role in a short-lived cookie.
 */
export type OAuthProviderId = "google" | "microsoft-entra-id";
export type OAuthSignUpRole = "teacher" | "learner";

export const OAUTH_SIGN_UP_COOKIE = "closeread-oauth-sign-up";

const PROVIDERS: { id: OAuthProviderId; name: string; env: [string, string] }[] = [
  { id: "google", name: "Google", env: ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"] },
  { id: "microsoft-entra-id", name: "Microsoft", env: ["AUTH_MICROSOFT_ENTRA_ID_ID", "AUTH_MICROSOFT_ENTRA_ID_SECRET"] },
];

/** The OAuth providers whose client id and secret are set, for sign-in buttons. */
export function configuredOAuthProviders(env: Record<string, string | undefined> = process.env): { id: OAuthProviderId; name: string }[] {
  return PROVIDERS.filter(({ env: names }) => names.every((name) => env[name]?.trim())).map(({ id, name }) => ({ id, name }));
}

/** next-auth provider objects for the configured providers (they read their own AUTH_* variables). */
export function oauthProviders() {
  return configuredOAuthProviders().map(({ id }) =>
    id === "google"
      ? Google({})
      : // Keeps the profile to name and email: the default also downloads a photo into the session.
        MicrosoftEntraID({ profile: (profile) => ({ id: profile.sub, name: profile.name, email: profile.email }) }),
  );
}

export async function userIdForOAuthAccount(provider: string, providerAccountId: string): Promise<string | null> {
  const account = await db.account.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } } });
  return account?.userId ?? null;
}

export type OAuthIdentity = {
  provider: string;
  providerAccountId: string;
  email: string | null;
  /** Whether the provider vouches that the person controls the email (Google's email_verified). */
  emailVerified: boolean;
  name: string | null;
};

export type OAuthOutcome = { userId: string } | { refused: "no_account" | "email_in_use" };

/**
 * Finds or creates the closeread user for an OAuth identity:
 * - an identity already linked signs in its user;
 * - a verified email of an existing teacher or learner gets linked to it;
 * - otherwise a new user is created only when the sign-up page started the flow.
 */
export async function resolveOAuthIdentity(identity: OAuthIdentity, signUpRole: OAuthSignUpRole | null): Promise<OAuthOutcome> {
  const { provider, providerAccountId } = identity;
  const linked = await userIdForOAuthAccount(provider, providerAccountId);
  if (linked) return { userId: linked };

  // The provider's profile is typed by a person too: the same control-character rule as every form (lib/forms/text.ts).
  const email = withoutControlCharacters(identity.email ?? "").trim().toLowerCase() || null;
  const name = withoutControlCharacters(identity.name ?? "").trim();
  const existing = email ? await db.user.findUnique({ where: { email } }) : null;
  if (existing) {
    if (!identity.emailVerified || existing.role === "student") return { refused: "email_in_use" };
    await db.account.create({ data: { userId: existing.id, provider, providerAccountId } });
    return { userId: existing.id };
  }
  if (!signUpRole) return { refused: "no_account" };
  const user = await db.user.create({
    data: {
      role: signUpRole,
      email,
      displayName: name.slice(0, 80) || email?.split("@")[0] || "New user",
      accounts: { create: { provider, providerAccountId } },
    },
  });
  return { userId: user.id };
}

/** next-auth's signIn callback for OAuth: true to continue, or the sign-in page with the reason. */
export async function resolveOAuthSignIn(account: Account, profile: Profile | undefined): Promise<true | string> {
  const jar = await cookies();
  const cookieRole = jar.get(OAUTH_SIGN_UP_COOKIE)?.value;
  const signUpRole = cookieRole === "teacher" || cookieRole === "learner" ? cookieRole : null;
  const outcome = await resolveOAuthIdentity(
    {
      provider: account.provider,
      providerAccountId: account.providerAccountId,
      email: profile?.email ?? null,
      emailVerified: account.provider === "google" && profile?.email_verified === true,
      name: profile?.name ?? null,
    },
    signUpRole,
  );
  if (signUpRole) jar.delete(OAUTH_SIGN_UP_COOKIE);
  return "userId" in outcome ? true : `/sign-in?error=${outcome.refused}`;
}
