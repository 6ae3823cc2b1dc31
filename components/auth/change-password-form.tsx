"use client";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { changePasswordAction } from "@/lib/accounts/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-length";

export function ChangePasswordForm() {
  const { state, pending, formProps } = useFormAction(changePasswordAction);
  return (
    <form {...formProps} aria-labelledby="password-heading">
      <FormMessage state={state} />
      <TextField name="currentPassword" label="Current password" type="password" state={state} autoComplete="current-password" />
      <TextField
        name="password"
        label="New password"
        type="password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        state={state}
        autoComplete="new-password"
      />
      <TextField name="confirmPassword" label="New password again" type="password" state={state} autoComplete="new-password" />
      <div className="actions">
        <SubmitButton pending={pending}>{pending ? "Saving…" : "Change password"}</SubmitButton>
      </div>
    </form>
  );
}
