"use client";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { linkLmsAccountAction } from "@/lib/lti/actions";

/** Sign in to the closeread account the course should open from now on. */
export function LinkLmsForm({ ticket }: { ticket: string }) {
  const { state, pending, formProps } = useFormAction(linkLmsAccountAction);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form {...formProps} aria-labelledby="link-lms-heading">
      <p>
        Sign in to your closeread account once. From then on your course opens it, with its classes and work, instead of the account
        your course made for you. Being signed in here already does not count: enter the password.
      </p>
      <FormMessage state={state} />
      <input type="hidden" name="ticket" value={ticket} />
      <TextField name="identifier" label="Email or username" state={state} autoComplete="username" autoCapitalize="none" spellCheck={false} />
      <TextField name="password" label="Password" type="password" state={state} autoComplete="current-password" />
      <div className="actions">
        <SubmitButton pending={pending}>{pending ? "Linking…" : "Sign in and link"}</SubmitButton>
      </div>
    </form>
  );
}
