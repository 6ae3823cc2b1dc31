"use client";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { deleteStudentDataAction } from "@/lib/students/actions";

export function DeleteStudentForm({ classId, studentId, username }: { classId: string; studentId: string; username: string }) {
  const { state, pending, formProps } = useFormAction(deleteStudentDataAction);
  return (
    <form {...formProps} aria-labelledby="delete-heading">
      <FormMessage state={state} />
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      <TextField
        name="confirmUsername"
        label={
          <>
            Type the username <code>{username}</code> to confirm
          </>
        }
        state={state}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
      <SubmitButton pending={pending} className="danger">
        Delete this student&rsquo;s data
      </SubmitButton>
    </form>
  );
}
