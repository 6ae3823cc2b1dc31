"use client";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { importReadingAction } from "@/lib/content/actions";

export function ImportReadingForm() {
  const { state, pending, formProps } = useFormAction(importReadingAction);
  return (
    <form {...formProps} aria-labelledby="import-heading">
      <FormMessage state={state} />
      <TextField
        name="file"
        type="file"
        accept=".zip,application/zip"
        label="Reading file"
        hint="A .closeread.zip file exported from closeread, here or on another server."
        state={state}
      />
      <TextField
        name="slug"
        label="Name in web addresses (optional)"
        hint="Leave empty to keep the reading's own, e.g. gettysburg-address. Lowercase letters and digits joined by hyphens."
        state={state}
        autoComplete="off"
      />
      <SubmitButton pending={pending}>{pending ? "Importing…" : "Import reading"}</SubmitButton>
    </form>
  );
}
