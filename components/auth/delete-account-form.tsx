"use client";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { deleteAccountAction } from "@/lib/accounts/actions";

/** Deleting one's own account, confirmed by the password (or, without one, the sign-in email). */
export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const { state, pending, formProps } = useFormAction(deleteAccountAction);
  return (
    <form {...formProps} aria-labelledby="delete-heading">
      <FormMessage state={state} />
      {hasPassword ? (
        <TextField name="currentPassword" label="Your password, to confirm" type="password" state={state} autoComplete="current-password" />
      ) : (
        <TextField name="confirmSignInName" label="Your email address, to confirm" type="email" state={state} autoComplete="off" />
      )}
      <div className="actions">
        <SubmitButton pending={pending} className="danger">
          {pending ? "Deleting…" : "Delete my account"}
        </SubmitButton>
      </div>
    </form>
  );
}
