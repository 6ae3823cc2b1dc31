"use client";
/** The options of a single choice, a multiple select or a true/false follow-up: text, key mark and the reason shown to the student. */
import { move, removeOption, replaceAt, toggleKey } from "@/lib/authoring/questions/edit";
import type { QuestionIssues } from "@/lib/authoring/questions/issues";
import { newOption } from "@/lib/authoring/questions/new-question";
import type { ChoiceOption } from "@/lib/content/schema";
import { IssueList, TextField, useFocusLater } from "../fields";
import { buttonAfterMove, RowButtons } from "./fields";
import styles from "./questions-editor.module.css";

type Choice = { options: ChoiceOption[]; answer: string } | { options: ChoiceOption[]; answer: string[] };

interface Props<T extends Choice> {
  idBase: string;
  value: T;
  onChange(value: T): void;
  issues: QuestionIssues;
  /** "" for a question's own options, "why." for a true/false follow-up's. */
  fieldPrefix: "" | "why.";
  legend: string;
}

export function ChoiceOptions<T extends Choice>({ idBase, value, onChange, issues, fieldPrefix, legend }: Props<T>) {
  const focusLater = useFocusLater();
  const multiple = Array.isArray(value.answer);
  const keys = multiple ? (value.answer as string[]) : [value.answer as string];
  const minimum = multiple ? 3 : 2;
  const groupIssues = [...issues.at(`${fieldPrefix}options`), ...issues.at(`${fieldPrefix}answer`)];
  const rowId = (optionId: string) => `${idBase}-${optionId}`;

  function setOption(index: number, option: ChoiceOption) {
    onChange({ ...value, options: replaceAt(value.options, index, option) });
  }

  function setKey(optionId: string, isKey: boolean) {
    if (multiple) onChange({ ...value, answer: toggleKey(value.options, value.answer as string[], optionId, isKey) });
    else if (isKey) onChange({ ...value, answer: optionId });
  }

  function add() {
    const option = newOption(new Set(value.options.map((o) => o.id)));
    onChange({ ...value, options: [...value.options, option] });
    focusLater(`${rowId(option.id)}-text`);
  }

  function remove(index: number) {
    const next = value.options[index + 1] ?? value.options[index - 1];
    onChange(removeOption(value, value.options[index]!.id));
    focusLater(next ? `${rowId(next.id)}-text` : `${idBase}-add`);
  }

  function shift(index: number, delta: -1 | 1) {
    const option = value.options[index]!;
    onChange({ ...value, options: move(value.options, index, delta) });
    focusLater(`${rowId(option.id)}-${buttonAfterMove(index + delta, value.options.length, delta)}`);
  }

  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      <p className="field-hint">
        {multiple ? "Tick every correct answer (at least two, and at least one wrong option)." : "Choose the one correct answer."} Students see
        the options in a new random order each time.
      </p>
      <IssueList id={`${idBase}-issues`} issues={groupIssues} />
      <ol className={styles.rows}>
        {value.options.map((option, index) => {
          const isKey = keys.includes(option.id);
          const at = `${fieldPrefix}options[${option.id}]`;
          const name = `option ${index + 1}`;
          return (
            <li key={option.id} className={`${styles.row} ${isKey ? styles.keyRow : ""}`}>
              <fieldset className={styles.plain}>
                <legend className={styles.rowLegend}>
                  Option {index + 1}
                  {isKey ? <span className="badge ok">{multiple ? "a correct answer" : "the correct answer"}</span> : null}
                </legend>
                <label className="choice">
                  <input
                    type={multiple ? "checkbox" : "radio"}
                    name={`${idBase}-key`}
                    checked={isKey}
                    onChange={(e) => setKey(option.id, e.target.checked)}
                  />
                  <span>{multiple ? "A correct answer" : "The correct answer"}</span>
                </label>
                <TextField
                  id={`${rowId(option.id)}-text`}
                  label={`Option ${index + 1} text`}
                  value={option.text}
                  onChange={(text) => setOption(index, { ...option, text })}
                  issues={issues.at(`${at}.text`)}
                  rows={2}
                />
                <TextField
                  id={`${rowId(option.id)}-feedback`}
                  label={isKey ? "Why this answer is right, shown to the student" : "Why this answer is wrong, shown to the student"}
                  hint={isKey ? undefined : "Shown to a student who chose it: what it gets wrong, pointing to the text."}
                  value={option.feedback}
                  onChange={(feedback) => setOption(index, { ...option, feedback })}
                  issues={issues.at(`${at}.feedback`)}
                  rows={2}
                />
                <RowButtons
                  idBase={rowId(option.id)}
                  name={name}
                  index={index}
                  count={value.options.length}
                  minimum={minimum}
                  onMove={(delta) => shift(index, delta)}
                  onRemove={() => remove(index)}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" id={`${idBase}-add`} className="secondary small" onClick={add}>
        Add an option
      </button>
    </fieldset>
  );
}
