"use client";
/** Beside the rubric: send the answer back to the student with a comment saying what to change (lib/grading/revision.ts). */
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { returnForRevisionAction } from "@/lib/grading/actions";

export function ReturnForRevisionForm({ responseId, returnComment }: { responseId: string; returnComment: string | null }) {
  const router = useRouter();
  const { state, pending, formProps } = useFormAction(returnForRevisionAction);
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  return (
    <form {...formProps} className="card" aria-labelledby="return-heading">
      <h2 id="return-heading">Return for revision</h2>
      {returnComment ? (
        <p>
          Returned, waiting for the student. Your comment: “{returnComment}”
        </p>
      ) : null}
      <input type="hidden" name="responseId" value={responseId} />
      <TextAreaField name="comment" label="What should the student change?" state={state} rows={3} maxLength={2000} defaultValue="" />
      <FormMessage state={state} />
      <div className="actions">
        <SubmitButton pending={pending}>{returnComment ? "Return again" : "Return for revision"}</SubmitButton>
      </div>
    </form>
  );
}
