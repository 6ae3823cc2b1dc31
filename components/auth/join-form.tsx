"use client";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { joinClassAction } from "@/lib/accounts/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-length";

/**
 * Joining a class: the code, and for someone not signed in the student
 * account to create (a name and username, no email).
 */
export function JoinForm({ defaultCode, newAccount }: { defaultCode: string; newAccount: boolean }) {
  const { state, pending, formProps } = useFormAction(joinClassAction);
  return (
    <form {...formProps} aria-labelledby="join-heading">
      <FormMessage state={state} />
      <TextField
        name="code"
        label="Class code"
        hint="Six letters and digits from your teacher, e.g. K7M2PQ."
        state={state}
        defaultValue={defaultCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
      />
      {newAccount ? (
        <>
          <TextField
            name="displayName"
            label="Your name"
            hint="What your teacher sees, e.g. your first name and last initial."
            state={state}
            autoComplete="given-name"
          />
          <TextField
            name="username"
            label="Choose a username"
            hint="You sign in with it on any device. Letters, digits, dots, dashes or underscores; no email needed."
            state={state}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
          <TextField
            name="password"
            label="Choose a password"
            type="password"
            hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well.`}
            state={state}
            autoComplete="new-password"
          />
          <TextField name="confirmPassword" label="Password again" type="password" state={state} autoComplete="new-password" />
        </>
      ) : null}
      <div className="actions">
        <SubmitButton pending={pending}>{pending ? "Joining…" : "Join class"}</SubmitButton>
      </div>
    </form>
  );
}
