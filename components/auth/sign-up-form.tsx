"use client";
import { ChoiceGroup, FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { signUpAction } from "@/lib/accounts/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-length";

export function SignUpForm({ defaultRole }: { defaultRole: "teacher" | "learner" }) {
  const { state, pending, formProps } = useFormAction(signUpAction);
  return (
    <form {...formProps} aria-labelledby="sign-up-heading">
      <FormMessage state={state} />
      <ChoiceGroup
        name="role"
        legend="I am"
        state={state}
        defaultValue={defaultRole}
        choices={[
          { value: "teacher", label: "A teacher", description: "Create classes, assign readings, follow results." },
          { value: "learner", label: "A self-study learner", description: "Practise on readings by yourself." },
        ]}
      />
      <TextField name="displayName" label="Your name" hint="Shown to your students, e.g. Ms. Rivera." state={state} autoComplete="name" />
      <TextField name="email" label="Email" type="email" state={state} autoComplete="email" autoCapitalize="none" spellCheck={false} />
      <TextField
        name="password"
        label="Password"
        type="password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
        state={state}
        autoComplete="new-password"
      />
      <TextField name="confirmPassword" label="Password again" type="password" state={state} autoComplete="new-password" />
      <div className="actions">
        <SubmitButton pending={pending}>{pending ? "Creating your account…" : "Create account"}</SubmitButton>
      </div>
    </form>
  );
}
