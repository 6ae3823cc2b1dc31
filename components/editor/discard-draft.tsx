import { ButtonForm } from "@/components/forms/button-form";
import { discardDraftAction } from "@/lib/authoring/actions";

/**
 * "Discard draft…" opens what goes and a second, confirming button (the
 * app's confirm step, as closing an assignment asks: no script needed, the
 * summary keeps focus and says it is expanded). The server then opens the
 * readings page with a message.
 */
export function DiscardDraft({ draftId, editsPublished }: { draftId: string; editsPublished: boolean }) {
  return (
    <section className="card stack" aria-labelledby="discard-heading">
      <h2 id="discard-heading">Discard</h2>
      <details className="confirm-step">
        <summary className="button button-secondary button-small">Discard draft…</summary>
        <p id="discard-consequences">
          {editsPublished
            ? "This drops the changes in this draft that are not published. The published reading stays as it is, for you and your classes."
            : "This deletes the draft and everything in it. It has not been published, so no class has it."}{" "}
          It cannot be undone.
        </p>
        <ButtonForm
          action={discardDraftAction}
          hidden={{ draftId }}
          label="Confirm discarding the draft"
          describedBy="discard-consequences"
          buttons={[{ label: editsPublished ? "Yes, discard my changes" : "Yes, discard the draft", variant: "danger" }]}
        />
      </details>
    </section>
  );
}
