"use client";
import { FormMessage, SubmitButton } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { resetStudentPasswordAction } from "@/lib/students/actions";

export function ResetPasswordForm({ classId, studentId, displayName }: { classId: string; studentId: string; displayName: string }) {
  const { state, pending, formProps } = useFormAction(resetStudentPasswordAction, {
    confirm: `Give ${displayName} a new password? Their current one stops working.`,
  });
  return (
    <form {...formProps} aria-label={`Reset ${displayName}'s password`}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      <FormMessage state={state}>
        {state.data?.password ? (
          <>
            {" "}
            One-time password: <code className="secret">{state.data.password}</code>
          </>
        ) : null}
      </FormMessage>
      <SubmitButton pending={pending} className="secondary">
        Reset password
      </SubmitButton>
    </form>
  );
}
