import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { TOO_MANY_SIGN_INS, WRONG_CREDENTIALS } from "@/lib/accounts/sign-in";
import { configuredOAuthProviders } from "@/lib/auth/oauth";
import { homePathFor, safeNextPath } from "@/lib/auth/paths";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Sign in" };

/** Messages for next-auth's redirects back here (direct API use, Google or Microsoft refusals). */
function noticeFor(error: unknown, code: unknown): string | null {
  if (typeof error !== "string") return null;
  switch (error) {
    case "CredentialsSignin":
      return code === "rate_limited" ? TOO_MANY_SIGN_INS : WRONG_CREDENTIALS;
    case "no_account":
      return "No closeread account uses that Google or Microsoft account yet. Sign up first, or sign in with your password.";
    case "email_in_use":
      return "An account with that email exists already. Sign in with your password.";
    default:
      return "Sign-in did not work. Please try again.";
  }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  const user = await getCurrentUser();
  if (user) redirect(next ?? homePathFor(user.role));
  return (
    <div className="page-narrow">
      <h1 id="sign-in-heading">Sign in</h1>
      <div className="card form-card">
        <SignInForm next={next} notice={noticeFor(params.error, params.code)} />
        <OAuthButtons providers={configuredOAuthProviders()} verb="Sign in" />
      </div>
    </div>
  );
}
