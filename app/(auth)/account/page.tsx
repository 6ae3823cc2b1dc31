import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { DeleteAccountForm } from "@/components/auth/delete-account-form";
import { getOwnAccount } from "@/lib/accounts/queries";
import { requireUserForPasswordChange } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "Your account" };

/** What deleting takes with it, per role: said before the person types their password. */
const WHAT_DELETING_REMOVES: Record<string, string> = {
  student: "Your answers leave your classes' reports, and you leave your classes.",
  learner: "Your practice answers and review cards go.",
  teacher:
    "Classes without students go with it. A class that still has students must be emptied first (remove the students or delete their data on the class page): their work is the class's record.",
};

const PROVIDER_NAMES: Record<string, string> = { google: "Google", "microsoft-entra-id": "Microsoft" };

export default async function AccountPage() {
  const user = await requireUserForPasswordChange();
  const account = await getOwnAccount(user);
  return (
    <div className="page-narrow stack">
      <h1>Your account</h1>
      {user.mustChangePassword ? (
        <p className="form-message" role="status">
          Your teacher gave you a one-time password. Choose your own password now; the rest of closeread opens once you have.
        </p>
      ) : null}
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
      {account.passwordResets.length > 0 ? (
        <section className="card" aria-labelledby="resets-heading">
          <h2 id="resets-heading">Password resets by a teacher</h2>
          <ul>
            {account.passwordResets.map((reset) => (
              <li key={reset.createdAt.toISOString()}>
                {reset.resetByName}, {formatDateTime(reset.createdAt)}
              </li>
            ))}
          </ul>
          <p className="muted">If you did not ask for one of these, tell your teacher or school.</p>
        </section>
      ) : null}
      {user.mustChangePassword ? null : (
        <>
          <section className="card" aria-labelledby="export-heading">
            <h2 id="export-heading">Your data</h2>
            <p>
              Download everything closeread holds about you as one JSON file: your profile, classes, answers, reading time and review
              cards{user.role === "teacher" ? ", and the classes you teach with their assignments (not your students' work)" : ""}.
            </p>
            <p>
              <a href="/account/export" className="button button-secondary" download>
                Download my data
              </a>
            </p>
          </section>
          <section className="card" aria-labelledby="delete-heading">
            <h2 id="delete-heading">Delete your account</h2>
            <p>
              This deletes your account and everything that is yours, and signs you out on every device. It cannot be undone.{" "}
              {WHAT_DELETING_REMOVES[user.role]}
            </p>
            <DeleteAccountForm hasPassword={account.hasPassword} />
          </section>
        </>
      )}
    </div>
  );
}
