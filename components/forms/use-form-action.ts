"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import { IDLE, type FormState } from "@/lib/forms/state";

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * useActionState for a form that keeps what was typed. React resets a form
 * after its `action` runs; submitting through a transition from onSubmit does
 * not, so a rejected form keeps every field (passwords too). Without
 * JavaScript the form posts to the same action and the server echoes the
 * typed values (except passwords) back as defaults. `confirm` asks before
 * submitting.
 */
export function useFormAction(action: FormAction, options: { confirm?: string } = {}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // For changes that are hard to undo: a native dialog, reachable by keyboard and screen readers.
    if (options.confirm && !window.confirm(options.confirm)) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  }
  return { state, pending, formProps: { action: formAction, onSubmit, noValidate: true } };
}
