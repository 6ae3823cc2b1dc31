"use client";
import Link from "next/link";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { signInAction } from "@/lib/accounts/actions";

export function SignInForm({ next, notice }: { next: string | null; notice: string | null }) {
  const { state, pending, formProps } = useFormAction(signInAction);
  return (
    <form {...formProps} aria-labelledby="sign-in-heading">
      <FormMessage state={state.status === "idle" && notice ? { status: "error", message: notice } : state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        name="identifier"
        label="Email or username"
        hint="Teachers and self-study learners: your email. Students: the username you chose when you joined."
        state={state}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField name="password" label="Password" type="password" state={state} autoComplete="current-password" />
      <div className="actions">
        <SubmitButton pending={pending}>{pending ? "Signing in…" : "Sign in"}</SubmitButton>
      </div>
      <p className="muted">
        Forgot your password? Students: ask your teacher to reset it. Teachers and learners: ask whoever runs closeread at your school.
      </p>
      <p>
        New here? <Link href="/join">Join a class with a code</Link> or <Link href="/sign-up">sign up</Link>.
      </p>
    </form>
  );
}
