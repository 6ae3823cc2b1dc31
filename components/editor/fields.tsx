"use client";
/**
 * What every part of the reading editor shares: a labelled text field with
 * its checks' messages under it (and linked to it), the message list itself,
 * and moving focus to an element once an edit has put it on the page.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { EditorIssue } from "@/lib/authoring/draft";
import styles from "./fields.module.css";

type ShownIssue = Pick<EditorIssue, "severity" | "message">;

/** The issues beside a field; `id` is what the field's aria-describedby names. */
export function IssueList({ id, issues }: { id: string; issues: readonly ShownIssue[] }) {
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

/** The ids a control's aria-describedby lists: its hint and its issues, when present. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(" ") : undefined;
}

export function hasError(issues: readonly ShownIssue[]): true | undefined {
  return issues.some((issue) => issue.severity === "error") || undefined;
}

type TextFieldProps = {
  /** The element id (the checks summary links to it). */
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  issues?: readonly ShownIssue[];
  /** Rows of a textarea; a single-line input when absent. */
  rows?: number;
  type?: "text" | "url" | "date";
  className?: string;
  /** Keeps what is typed as typed while the field has focus (the value may be normalised, as a paragraph's sentences are). */
  typedWhileFocused?: boolean;
};

/** A labelled field of the draft, its hint and its checks' messages linked to it. */
export function TextField({ id, label, value, onChange, hint, issues = [], rows, type = "text", className, typedWhileFocused }: TextFieldProps) {
  const [typed, setTyped] = useState<string | null>(null);
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value: typed ?? value,
    "aria-describedby": describedBy(hintId, issues.length > 0 && `${id}-issues`),
    "aria-invalid": hasError(issues),
    onChange: (event: { target: { value: string } }) => {
      if (typedWhileFocused) setTyped(event.target.value);
      onChange(event.target.value);
    },
    onBlur: () => setTyped(null),
  };
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      {rows ? <textarea rows={rows} {...common} /> : <input type={type} autoComplete="off" {...common} />}
      <IssueList id={`${id}-issues`} issues={issues} />
    </div>
  );
}

/**
 * Focus that follows an edit: the element with the given DOM id is focused
 * once it is on the page (after the list the edit changed has rendered),
 * e.g. the text of an option just added, or Undo after a removal.
 */
export function useFocusLater(): (id: string) => void {
  const target = useRef<string | null>(null);
  const [, rerender] = useState(0);
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
    rerender((n) => n + 1);
  }, []);
}
