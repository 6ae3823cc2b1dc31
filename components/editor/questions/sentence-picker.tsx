"use client";
/** The sentences of some paragraphs, each with a checkbox per role (an evidence answer, an acceptable sentence, a key sentence). */
import type { Paragraph } from "@/lib/content/schema";
import { sentencesOf } from "@/lib/content/sentences";
import styles from "./questions-editor.module.css";

export interface PickerColumn {
  /** What ticking it makes the sentence: "Answer", "Also accepted", "Key sentence". */
  label: string;
  selected: readonly string[];
}

interface Props {
  idBase: string;
  paragraphs: readonly Paragraph[];
  columns: readonly PickerColumn[];
  onToggle(sentenceId: string, column: number, checked: boolean): void;
}

export function SentencePicker({ idBase, paragraphs, columns, onToggle }: Props) {
  return (
    <div className={styles.picker}>
      {paragraphs.map((paragraph) => (
        <fieldset key={paragraph.id} className={styles.plain}>
          <legend className={styles.rowLegend}>Paragraph {paragraph.id}</legend>
          <ul className={styles.sentences}>
            {sentencesOf(paragraph).map((sentence) => {
              const textId = `${idBase}-${sentence.id}-text`;
              const chosen = columns.some((c) => c.selected.includes(sentence.id));
              return (
                <li key={sentence.id} className={`${styles.sentence} ${chosen ? styles.sentenceChosen : ""}`}>
                  <p id={textId} className={styles.sentenceText}>
                    <span className={styles.sentenceId}>{sentence.id}</span> {sentence.text}
                  </p>
                  <div className={styles.sentenceMarks}>
                    {columns.map((column, i) => (
                      <label key={column.label} className="choice">
                        <input
                          type="checkbox"
                          checked={column.selected.includes(sentence.id)}
                          aria-describedby={textId}
                          onChange={(e) => onToggle(sentence.id, i, e.target.checked)}
                        />
                        <span>
                          {column.label}
                          <span className="visually-hidden"> {sentence.id}</span>
                        </span>
                      </label>
                    ))}
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
