import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { configuredOAuthProviders } from "@/lib/auth/oauth";
import { homePathFor } from "@/lib/auth/paths";
import { getCurrentUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ role?: string }> }) {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user.role));
  const { role } = await searchParams;
  const providers = configuredOAuthProviders();
  return (
    <div className="page-narrow">
      <h1 id="sign-up-heading">Sign up</h1>
      <p className="lede">
        For teachers and self-study learners. Students don&rsquo;t sign up here: <Link href="/join">join your class with its code</Link>.
      </p>
      <div className="card form-card">
        <SignUpForm defaultRole={role === "learner" ? "learner" : "teacher"} />
        {providers.length > 0 ? (
          <>
            <h2>Or use your school account</h2>
            <OAuthButtons providers={providers} verb="Sign up" role="teacher" />
            <p className="muted">Those buttons make a teacher account. Learners:</p>
            <OAuthButtons providers={providers} verb="Sign up" role="learner" />
          </>
        ) : null}
        <p>
          Have an account? <Link href="/sign-in">Sign in</Link>.
        </p>
      </div>
    </div>
  );
}
