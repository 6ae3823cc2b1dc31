"use client";
import { useState } from "react";
import type { EditorIssue } from "@/lib/authoring/draft";
import styles from "./annotations.module.css";
import { IssueList, useFocusLater } from "./fields";

/**
 * A list of glossary entries or notes as the editors change it: update one,
 * remove one (focus goes to Undo), put the last removed one back where it was
 * (focus goes to `restoredFocusId`), and the ids a new item must not take.
 */
export function useEntryList<T extends { id: string }>(
  items: readonly T[],
  save: (items: T[]) => void,
  focus: { undoButtonId: string; restoredFocusId(id: string): string },
) {
  const [removed, setRemoved] = useState<{ item: T; index: number } | null>(null);
  const focusLater = useFocusLater();
  return {
    focusLater,
    removed: removed?.item ?? null,
    takenIds: [...items.map((item) => item.id), ...(removed ? [removed.item.id] : [])],
    update(id: string, change: Partial<T>) {
      save(items.map((item) => (item.id === id ? { ...item, ...change } : item)));
    },
    remove(id: string) {
      const index = items.findIndex((item) => item.id === id);
      if (index < 0) return;
      setRemoved({ item: items[index]!, index });
      save(items.filter((item) => item.id !== id));
      focusLater(focus.undoButtonId);
    },
    undo() {
      setRemoved(null);
      if (!removed || items.some((item) => item.id === removed.item.id)) return;
      const next = [...items];
      next.splice(Math.min(removed.index, next.length), 0, removed.item);
      save(next);
      focusLater(focus.restoredFocusId(removed.item.id));
    },
    dismiss: () => setRemoved(null),
  };
}

/** "Removed …" with Undo; focus goes to Undo when it appears, so the keyboard can take the removal back at once. */
export function RemovalNotice({ id, what, onUndo, onDismiss }: { id: string; what: string | null; onUndo(): void; onDismiss(): void }) {
  return (
    <div role="status" className={what ? styles.removed : undefined}>
      {what ? (
        <>
          <span>Removed {what}.</span>
          <span className={styles.removedActions}>
            <button id={id} type="button" className="secondary small" onClick={onUndo}>
              Undo
            </button>
            <button type="button" className="secondary small" onClick={onDismiss} aria-label={`Dismiss: removed ${what}`}>
              OK
            </button>
          </span>
        </>
      ) : null}
    </div>
  );
}

/** The class of a live "where will it show" line: found, not yet typed, or a problem. */
export function statusClass(kind: string): string | undefined {
  return styles[kind === "shown" ? "status-ok" : kind === "empty" ? "status-neutral" : "status-warn"];
}

type EntryEndProps = {
  textId: string;
  label: string;
  value: string;
  onText(value: string): void;
  issues: readonly EditorIssue[];
  issuesId: string;
  /** Completes "Remove" for a screen reader: "term insurgency", "note 2". */
  removeName: string;
  onRemove(): void;
};

/** The end of a glossary entry or note: its long text (definition, note), the checks' findings, Remove. */
export function EntryEnd({ textId, label, value, onText, issues, issuesId, removeName, onRemove }: EntryEndProps) {
  return (
    <>
      <div className="field">
        <label htmlFor={textId}>{label}</label>
        <textarea
          id={textId}
          rows={3}
          value={value}
          aria-describedby={issues.length > 0 ? issuesId : undefined}
          onChange={(event) => onText(event.target.value)}
        />
      </div>
      <IssueList id={issuesId} issues={issues} />
      <div className={styles.entryActions}>
        <button type="button" className="secondary small" onClick={onRemove}>
          Remove<span className="visually-hidden"> {removeName}</span>
        </button>
      </div>
    </>
  );
}
