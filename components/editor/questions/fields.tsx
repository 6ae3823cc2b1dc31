"use client";
/** The question editor's own controls: whole-number fields and a list row's move and remove buttons. */
import type { PlacedIssue } from "@/lib/authoring/questions/issues";
import { describedBy, hasError, IssueList } from "../fields";
import styles from "./questions-editor.module.css";

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
