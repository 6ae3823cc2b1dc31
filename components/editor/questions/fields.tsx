"use client";
/** The labelled inputs and issue lists every part of the question editor uses. */
import { useCallback, useEffect, useRef, type ReactNode } from "react";
import type { PlacedIssue } from "@/lib/authoring/questions/issues";
import styles from "./questions-editor.module.css";

/** The issues beside a field; `id` is what the field's aria-describedby names. */
export function IssueList({ id, issues }: { id: string; issues: readonly PlacedIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} className={styles.issues}>
      {issues.map((issue, i) => (
        <li key={i} className={issue.severity === "error" ? styles.issueError : styles.issueWarning}>
          <strong>{issue.severity === "error" ? "Error:" : "Warning:"}</strong> {issue.message}
        </li>
      ))}
    </ul>
  );
}

/** The ids a control's aria-describedby lists: its hint and its issues, when present. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(" ") : undefined;
}

export function hasError(issues: readonly PlacedIssue[]): true | undefined {
  return issues.some((i) => i.severity === "error") || undefined;
}

interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  issues?: readonly PlacedIssue[];
  /** Rows of a textarea; a single-line input when absent. */
  rows?: number;
  className?: string;
}

export function TextField({ id, label, value, onChange, hint, issues = [], rows, className }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const issuesId = issues.length ? `${id}-issues` : undefined;
  const common = {
    id,
    value,
    "aria-describedby": describedBy(hintId, issuesId),
    "aria-invalid": hasError(issues),
  };
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      <IssueList id={`${id}-issues`} issues={issues} />
    </div>
  );
}

/** A whole number ≥ 1. While the input holds anything else (empty, mid-typing) the question keeps its last good number. */
export function WholeNumberField({ id, label, value, onChange, issues }: { id: string; label: string; value: number; onChange(value: number): void; issues: readonly PlacedIssue[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={styles.number}
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        defaultValue={value}
        aria-describedby={describedBy(issues.length > 0 && `${id}-issues`)}
        aria-invalid={hasError(issues)}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (e.target.value.trim() !== "" && Number.isInteger(n) && n >= 1) onChange(n);
        }}
      />
      <IssueList id={`${id}-issues`} issues={issues} />
    </div>
  );
}

/**
 * Focus that follows an edit: the element with the given DOM id is focused
 * once it is on the page (after the new list has rendered), e.g. the text of
 * an option just added, or the button that moved with its row.
 */
export function useFocusLater(): (id: string) => void {
  const target = useRef<string | null>(null);
  // No dependency list: the element appears in whichever render follows the edit.
  useEffect(() => {
    const element = target.current && document.getElementById(target.current);
    if (element) {
      element.focus();
      target.current = null;
    }
  });
  return useCallback((id: string) => {
    target.current = id;
  }, []);
}

/** The move button to keep focus on after a row moved to `to`: the same direction, unless that end is reached. */
export function buttonAfterMove(to: number, count: number, delta: -1 | 1): "up" | "down" {
  if (to <= 0) return "down";
  if (to >= count - 1) return "up";
  return delta < 0 ? "up" : "down";
}

/** Up, down and remove buttons for a row of a list, named after the row ("option 2"). */
export function RowButtons(props: {
  idBase: string;
  name: string;
  index: number;
  count: number;
  minimum: number;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}) {
  const { idBase, name, index, count, minimum } = props;
  return (
    <div className={styles.rowButtons}>
      <button type="button" id={`${idBase}-up`} className="secondary small" disabled={index === 0} onClick={() => props.onMove(-1)}>
        <span aria-hidden="true">↑</span> Up<span className="visually-hidden"> ({name})</span>
      </button>
      <button type="button" id={`${idBase}-down`} className="secondary small" disabled={index === count - 1} onClick={() => props.onMove(1)}>
        <span aria-hidden="true">↓</span> Down<span className="visually-hidden"> ({name})</span>
      </button>
      <button type="button" className="secondary small" disabled={count <= minimum} onClick={props.onRemove}>
        Remove<span className="visually-hidden"> {name}</span>
      </button>
    </div>
  );
}
