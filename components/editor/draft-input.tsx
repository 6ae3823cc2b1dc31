"use client";
import { useState, type ReactNode } from "react";
import type { EditorIssue } from "@/lib/authoring/draft";
import { FieldIssues } from "./issues";

type Props = {
  /** The element id the checks summary links to. */
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  issues: EditorIssue[];
  hint?: ReactNode;
  multiline?: boolean;
  type?: "text" | "url" | "date";
  className?: string;
  /** Keeps what is typed as typed while the field has focus (the value may be normalised, as a paragraph's sentences are). */
  typedWhileFocused?: boolean;
};

/** A labelled field of the draft, its checks' messages under it and linked to it. */
export function DraftInput({ id, label, value, onChange, issues, hint, multiline, type = "text", className, typedWhileFocused }: Props) {
  const [typed, setTyped] = useState<string | null>(null);
  const hintId = `${id}-hint`;
  const issuesId = `${id}-issues`;
  const describedBy = [hint ? hintId : null, issues.length ? issuesId : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    value: typed ?? value,
    "aria-invalid": issues.some((issue) => issue.severity === "error") || undefined,
    "aria-describedby": describedBy,
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
      {multiline ? <textarea rows={4} {...common} /> : <input type={type} autoComplete="off" {...common} />}
      <FieldIssues issues={issues} id={issuesId} />
    </div>
  );
}
