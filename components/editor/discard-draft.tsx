"use client";
import { useState, type FormEvent, type KeyboardEvent } from "react";
import { FormMessage } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { discardDraftAction } from "@/lib/authoring/actions";
import { useFocusLater } from "./fields";
import { forgetLocalCopy } from "./use-autosave";

const OPENER_ID = "discard-open";
const QUESTION_ID = "discard-question";

/**
 * "Discard draft", asked twice: the first button shows what goes and a second,
 * confirming one (Escape or "Keep editing" steps back). Focus moves to the
 * question, and back to the first button when the teacher keeps the draft.
 * The server then opens the readings page with a message.
 */
export function DiscardDraft({ draftId, editsPublished }: { draftId: string; editsPublished: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const { state, pending, formProps } = useFormAction(discardDraftAction);
  const focusLater = useFocusLater();

  const ask = (open: boolean) => {
    setConfirming(open);
    focusLater(open ? QUESTION_ID : OPENER_ID);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    forgetLocalCopy(draftId);
    formProps.onSubmit(event);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !pending) ask(false);
  };

  return (
    <section className="card stack" aria-labelledby="discard-heading">
      <h2 id="discard-heading">Discard</h2>
      <p className="muted" id="discard-note">
        {editsPublished
          ? "Discarding drops the changes in this draft. The published reading stays exactly as it is, for you and for your classes."
          : "Discarding deletes this draft and everything in it. It has not been published, so no class has it."}
      </p>
      {confirming ? (
        <form {...formProps} onSubmit={onSubmit} onKeyDown={onKeyDown} aria-labelledby={QUESTION_ID} className="stack">
          <input type="hidden" name="draftId" value={draftId} />
          <p id={QUESTION_ID} tabIndex={-1}>
            <strong>{editsPublished ? "Discard your unpublished changes?" : "Discard this draft?"}</strong> This cannot be undone.
          </p>
          <p className="actions">
            <button type="submit" className="danger" disabled={pending} aria-disabled={pending}>
              {pending ? "Discarding…" : "Discard draft"}
            </button>
            <button type="button" className="secondary" onClick={() => ask(false)} disabled={pending}>
              Keep editing
            </button>
          </p>
          <FormMessage state={state} />
        </form>
      ) : (
        <p>
          <button type="button" id={OPENER_ID} className="button-secondary" aria-describedby="discard-note" onClick={() => ask(true)}>
            Discard draft…
          </button>
        </p>
      )}
    </section>
  );
}
