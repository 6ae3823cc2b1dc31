"use client";
/**
 * A written answer the teacher returned for revision: their comment, and the
 * answer open again (only this one) to edit and send back
 * (lib/grading/revision.ts).
 */
import { useRouter } from "next/navigation";
import { useEffect, useId } from "react";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { reviseAnswerAction } from "@/lib/grading/actions";
import questionText from "@/components/questions/question-text.module.css";

export function ReviseAnswerForm({ attemptId, questionId, comment, text }: { attemptId: string; questionId: string; comment: string; text: string }) {
  const router = useRouter();
  const headingId = useId();
  const { state, pending, formProps } = useFormAction(reviseAnswerAction);
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  // The reading page keeps its answers in a client store that a refresh does not replace: once sent, the form goes and the message stays.
  const sent = state.status === "success";
  return (
    <section className="card returned-answer" aria-labelledby={headingId}>
      <h4 id={headingId}>{sent ? "Revised answer sent" : "Returned for revision"}</h4>
      {sent ? null : (
        <form {...formProps}>
          <p className={questionText.subPrompt}>Your teacher’s comment:</p>
          <blockquote>{comment}</blockquote>
          <input type="hidden" name="attemptId" value={attemptId} />
          <input type="hidden" name="questionId" value={questionId} />
          <TextAreaField name="text" label="Your revised answer" state={state} rows={5} defaultValue={text} />
          <div className="actions">
            <SubmitButton pending={pending}>Send revised answer</SubmitButton>
          </div>
        </form>
      )}
      <FormMessage state={state} />
    </section>
  );
}
