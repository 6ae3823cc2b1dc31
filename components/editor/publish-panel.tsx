"use client";
import Link from "next/link";
import { startTransition, useActionState, useState } from "react";
import { FormMessage } from "@/components/forms/fields";
import { publishDraftAction } from "@/lib/authoring/actions";
import { IDLE } from "@/lib/forms/state";

type Props = {
  draftId: string;
  errors: number;
  /** The reading is already published: publishing again makes a new version. */
  editsPublished: boolean;
  classes: { id: string; name: string }[];
  /** Saves the draft now; false when the server does not have every change. */
  flush(): Promise<boolean>;
};

/** Publish (after saving), the checks' messages if it is refused, then where to assign it. */
export function PublishPanel({ draftId, errors, editsPublished, classes, flush }: Props) {
  const [state, publish, pending] = useActionState(publishDraftAction, IDLE);
  const [notSaved, setNotSaved] = useState(false);
  const slug = state.status === "success" ? state.data?.slug : undefined;
  const messages = Object.values(state.fieldErrors ?? {}).flatMap((list) => list ?? []);

  async function onPublish() {
    const saved = await flush();
    setNotSaved(!saved);
    if (!saved) return;
    const formData = new FormData();
    formData.set("draftId", draftId);
    startTransition(() => publish(formData));
  }

  return (
    <section className="card stack" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish</h2>
      <p className="muted" id="publish-note">
        {editsPublished
          ? "This reading is already published. Publishing your changes makes a new version: students who already answered keep the version they answered, and reports say which version each answer was given on."
          : "Publishing adds the reading to your readings, where only you see it until you share it, and lets you assign it to a class."}
        {errors > 0 ? ` First fix the ${errors} problem${errors === 1 ? "" : "s"} listed under Checks.` : ""}
      </p>
      <FormMessage state={notSaved ? { status: "error", message: "Your latest changes are not saved yet, so nothing was published. Try again in a moment." } : state} />
      {messages.length > 0 ? (
        <ul className="plain-list">
          {messages.map((message, i) => (
            <li key={i} className="field-error">
              {message}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <button type="button" onClick={() => void onPublish()} disabled={pending} aria-disabled={pending} aria-describedby="publish-note">
          {pending ? "Publishing…" : editsPublished ? "Publish a new version" : "Publish"}
        </button>
      </p>
      {slug ? (
        <div className="stack">
          <h3>Assign to a class</h3>
          {classes.length === 0 ? (
            <p>
              You have no classes yet. <Link href="/teach">Make a class</Link>, then assign the reading from it.
            </p>
          ) : (
            <ul className="plain-list">
              {classes.map((classroom) => (
                <li key={classroom.id}>
                  <Link href={`/teach/classes/${classroom.id}/assignments/new?reading=${encodeURIComponent(slug)}`}>
                    Assign to {classroom.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}
