import type { ReactNode } from "react";
import styles from "./choice.module.css";

/** How an option fared, said in words (never by colour alone). */
export type Mark = "chosen-right" | "chosen-wrong" | "missed-key" | null;

const LABELS: Record<Exclude<Mark, null>, string> = {
  "chosen-right": "Your answer: right",
  "chosen-wrong": "Your answer: not right",
  "missed-key": "The right answer",
};

export function markFor(chosen: boolean, key: boolean | undefined): Mark {
  if (key === undefined) return null;
  if (chosen) return key ? "chosen-right" : "chosen-wrong";
  return key ? "missed-key" : null;
}

/** The words under an option, item or sentence saying how it fared, in the mark's colour. */
export function MarkText({ mark, children }: { mark: Exclude<Mark, null>; children: ReactNode }) {
  return <span className={`${styles.mark} ${styles[mark]}`}>{children}</span>;
}

function OptionMark({ mark }: { mark: Mark }) {
  if (!mark) return null;
  return (
    <MarkText mark={mark}>
      <span aria-hidden="true">{mark === "chosen-wrong" ? "✗" : "✓"}</span> {LABELS[mark]}
    </MarkText>
  );
}

/** One option of a choice list: its radio or checkbox, its text, and how it fared once marked. */
export function ChoiceItem({
  type = "radio",
  name,
  value,
  checked,
  onChange,
  text,
  mark,
}: {
  type?: "radio" | "checkbox";
  name: string;
  value?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  text: string;
  mark: Mark;
}) {
  return (
    <li className={mark ? `${styles.marked} ${styles[mark]}` : undefined}>
      <label className={styles.choice}>
        <input type={type} name={name} value={value} checked={checked} onChange={(event) => onChange(event.target.checked)} />
        <span className={styles.text}>{text}</span>
      </label>
      <OptionMark mark={mark} />
    </li>
  );
}
