import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { getOwnAccount } from "@/lib/accounts/queries";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your account" };

const PROVIDER_NAMES: Record<string, string> = { google: "Google", "microsoft-entra-id": "Microsoft" };

export default async function AccountPage() {
  const user = await requireUser();
  const account = await getOwnAccount(user);
  return (
    <div className="page-narrow stack">
      <h1>Your account</h1>
      <dl className="card details">
        <dt>Name</dt>
        <dd>{user.displayName}</dd>
        <dt>{account.signsInWithEmail ? "Email" : "Username"}</dt>
        <dd>{account.signInName}</dd>
      </dl>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        {account.hasPassword ? (
          <ChangePasswordForm />
        ) : (
          <p>
            You sign in with {account.providers.map((provider) => PROVIDER_NAMES[provider] ?? provider).join(" or ")}; there is no
            closeread password to change.
          </p>
        )}
      </section>
    </div>
  );
}
