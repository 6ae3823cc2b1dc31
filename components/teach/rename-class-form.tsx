"use client";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { renameClassroomAction } from "@/lib/classes/actions";

export function RenameClassForm({ classId, name }: { classId: string; name: string }) {
  const { state, pending, formProps } = useFormAction(renameClassroomAction);
  return (
    <form {...formProps} aria-label="Rename the class">
      <FormMessage state={state} />
      <input type="hidden" name="classId" value={classId} />
      <TextField name="name" label="Class name" state={state} defaultValue={name} autoComplete="off" />
      <SubmitButton pending={pending} className="small">
        Rename
      </SubmitButton>
    </form>
  );
}
