"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState, useSyncExternalStore } from "react";
import { checkDraft } from "@/lib/authoring/checks";
import type { EditorIssue, ReadingDraft } from "@/lib/authoring/draft";
import { ChunksSection } from "./chunks-section";
import { DetailsSection } from "./details-section";
import { DiscardDraft } from "./discard-draft";
import { anchors, IssueSummary } from "./issues";
import { ContextNotesEditor } from "./context-notes-editor";
import { GlossaryEditor } from "./glossary-editor";
import { PublishPanel } from "./publish-panel";
import { localCopy, useAutosave, type SaveStatus } from "./use-autosave";
import styles from "./editor.module.css";

type Props = {
  draftId: string;
  draft: ReadingDraft;
  revision: number;
  /** checkDraft of `draft`, worked out on the server so the first paint shows them. */
  issues: EditorIssue[];
  editsPublished: boolean;
  classes: { id: string; name: string }[];
};

const CHECK_DELAY_MS = 400;
const noSubscription = () => () => {};

/** The reading editor: the whole draft in state, checked as the teacher types, saved as they go. */
export function DraftEditor(props: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState(props.draft);
  const [issues, setIssues] = useState(props.issues);
  const [olderLocal, setOlderLocal] = useState<ReadingDraft>();
  const [restoredNotice, setRestoredNotice] = useState(false);
  const { status, flush } = useAutosave(props.draftId, draft, { draft: props.draft, revision: props.revision });

  // This device's changes the server never got, read once the page runs in the browser: the same
  // revision's are taken back at once, an older one's only if the teacher says so.
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const [checkedDevice, setCheckedDevice] = useState(false);
  if (inBrowser && !checkedDevice) {
    setCheckedDevice(true);
    const local = localCopy(props.draftId);
    if (local && JSON.stringify(local.draft) !== JSON.stringify(props.draft)) {
      if (local.revision === props.revision) {
        setDraft(local.draft);
        setRestoredNotice(true);
      } else setOlderLocal(local.draft);
    }
  }

  useEffect(() => {
    const timer = setTimeout(() => setIssues(checkDraft(draft)), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  const errors = issues.filter((issue) => issue.severity === "error").length;
  const setReading = (reading: ReadingDraft["reading"]) => setDraft((current) => ({ ...current, reading }));

  async function openPreview() {
    await flush();
    router.push(`/teach/readings/drafts/${props.draftId}/preview`);
  }

  return (
    <div className={styles.layout}>
      <h1>{draft.reading.title ? `Editing “${draft.reading.title}”` : "Editing a new reading"}</h1>
      <div className={styles.toolbar}>
        <SaveStatusLine status={status} />
        <button type="button" className="button-secondary button-small" onClick={() => void openPreview()}>
          Preview as a student
        </button>
        <a href="#publish-heading">Publish…</a>
      </div>
      {restoredNotice ? (
        <p className="form-message ok">Changes made on this device that had not reached the server yet are back. They are being saved now.</p>
      ) : null}
      {olderLocal ? (
        <div className="form-message error stack">
          <p>This device has changes made on an older copy of this draft, which another tab or device has saved over since.</p>
          <p className="actions">
            <button
              type="button"
              onClick={() => {
                setDraft(olderLocal);
                setOlderLocal(undefined);
              }}
            >
              Use this device&apos;s changes
            </button>
            <button type="button" className="button-secondary" onClick={() => setOlderLocal(undefined)}>
              Keep the saved copy
            </button>
          </p>
        </div>
      ) : null}
      <IssueSummary draft={draft} issues={issues} />
      <DetailsSection reading={draft.reading} onChange={setReading} issues={issues} />
      <ChunksSection draft={draft} onChange={setDraft} issues={issues} />
      <div id={anchors.glossary} className="card stack" tabIndex={-1}>
        <GlossaryEditor reading={draft.reading} onChange={setReading} issues={issues} />
      </div>
      <div id={anchors.notes} className="card stack" tabIndex={-1}>
        <ContextNotesEditor reading={draft.reading} onChange={setReading} issues={issues} />
      </div>
      <PublishPanel draftId={props.draftId} errors={errors} editsPublished={props.editsPublished} classes={props.classes} flush={flush} />
      <DiscardDraft draftId={props.draftId} editsPublished={props.editsPublished} />
    </div>
  );
}

const STATUS_TEXT: Record<SaveStatus["kind"], string> = {
  saved: "Saved",
  saving: "Saving…",
  retrying: "Not saved — retrying. Your changes are kept on this device.",
  stopped: "Not saved.",
};

function SaveStatusLine({ status }: { status: SaveStatus }) {
  const bad = status.kind === "retrying" || status.kind === "stopped";
  return (
    <p role="status" className={styles.saveStatus} data-tone={bad ? "bad" : undefined}>
      {STATUS_TEXT[status.kind]}
      {status.kind === "stopped" ? ` ${status.message}` : ""}
    </p>
  );
}
