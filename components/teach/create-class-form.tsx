"use client";
import { CheckboxField, FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { createClassroomAction } from "@/lib/classes/actions";

export function CreateClassForm() {
  const { state, pending, formProps } = useFormAction(createClassroomAction);
  return (
    <form {...formProps} aria-labelledby="create-class-heading">
      <FormMessage state={state} />
      <TextField name="name" label="Class name" hint="e.g. Period 2 · World Affairs" state={state} autoComplete="off" />
      <CheckboxField
        name="requireApproval"
        label="Approve new students before they join"
        hint="Students who use the code wait until you let them in. Safer if the code might spread."
        state={state}
      />
      <SubmitButton pending={pending}>{pending ? "Creating…" : "Create class"}</SubmitButton>
    </form>
  );
}
