"use client";
import { useEffect, useRef, useState } from "react";
import type { EditorIssue } from "@/lib/authoring/draft";
import styles from "./annotations.module.css";

/** The checks' findings about one entry, next to it; `id` lets its fields point at them (aria-describedby). */
export function IssueList({ id, issues }: { id: string; issues: readonly EditorIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} className={styles.issues}>
      {issues.map((issue, index) => (
        <li key={index} className={issue.severity === "error" ? styles.issueError : styles.issueWarning}>
          <strong>{issue.severity === "error" ? "Fix before publishing:" : "Check:"}</strong> {issue.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * Moves focus to an element once it is on the page: after an add, a removal
 * or an undo the element to focus appears only when the reading comes back
 * from the editor page.
 */
export function useFocusAfterRender(): (elementId: string) => void {
  const pending = useRef<string | null>(null);
  const [, setRequest] = useState(0);
  useEffect(() => {
    if (!pending.current) return;
    const element = document.getElementById(pending.current);
    if (!element) return;
    pending.current = null;
    element.focus();
  });
  return (elementId) => {
    pending.current = elementId;
    setRequest((n) => n + 1);
  };
}

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
  const focusLater = useFocusAfterRender();
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
