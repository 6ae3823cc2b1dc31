"use client";
/** Matching: left items each matched to one right item; right items no left item uses are distractors. */
import { removeMatchingItem } from "@/lib/authoring/questions/edit";
import type { QuestionIssues } from "@/lib/authoring/questions/issues";
import { newItem } from "@/lib/authoring/questions/new-question";
import type { LabelledItem, MatchingQuestion } from "@/lib/content/schema";
import { describedBy, IssueList, TextField, useFocusLater } from "../fields";
import styles from "./questions-editor.module.css";

type Side = "left" | "right";

export function MatchingFields({ idBase, question, onChange, issues }: { idBase: string; question: MatchingQuestion; onChange(q: MatchingQuestion): void; issues: QuestionIssues }) {
  const focusLater = useFocusLater();
  const rowId = (side: Side, itemId: string) => `${idBase}-${side}-${itemId}`;
  const used = new Set(Object.values(question.answer));
  const rightLabel = (item: LabelledItem, index: number) => `${index + 1}. ${item.text.trim() || "(empty)"}`;

  function setText(side: Side, itemId: string, text: string) {
    onChange({ ...question, [side]: question[side].map((i) => (i.id === itemId ? { ...i, text } : i)) });
  }

  function add(side: Side) {
    const taken = new Set([...question.left, ...question.right].map((i) => i.id));
    const item = newItem(side === "left" ? "l" : "m", taken);
    const next = { ...question, [side]: [...question[side], item] };
    // A new left item starts matched to a right item nothing else uses, if there is one.
    if (side === "left") {
      const free = question.right.find((r) => !used.has(r.id)) ?? question.right[0];
      if (free) next.answer = { ...question.answer, [item.id]: free.id };
    }
    onChange(next);
    focusLater(`${rowId(side, item.id)}-text`);
  }

  function remove(side: Side, index: number) {
    const list = question[side];
    const next = list[index + 1] ?? list[index - 1];
    onChange(removeMatchingItem(question, side, list[index]!.id));
    focusLater(next ? `${rowId(side, next.id)}-text` : `${idBase}-add-${side}`);
  }

  return (
    <>
      <IssueList id={`${idBase}-answer-issues`} issues={issues.at("answer")} />
      <fieldset className={styles.group}>
        <legend>Left column: what the student matches</legend>
        <IssueList id={`${idBase}-left-issues`} issues={issues.at("left")} />
        <ol className={styles.rows}>
          {question.left.map((item, index) => {
            const selectId = `${rowId("left", item.id)}-match`;
            return (
              <li key={item.id} className={styles.row}>
                <TextField id={`${rowId("left", item.id)}-text`} label={`Left item ${index + 1}`} value={item.text} onChange={(text) => setText("left", item.id, text)} issues={issues.at(`left[${item.id}].text`)} />
                <div className="field">
                  <label htmlFor={selectId}>Left item {index + 1} matches</label>
                  <select
                    id={selectId}
                    value={question.answer[item.id] ?? ""}
                    aria-describedby={describedBy(!question.answer[item.id] && `${selectId}-hint`)}
                    onChange={(e) => onChange({ ...question, answer: { ...question.answer, [item.id]: e.target.value } })}
                  >
                    {question.answer[item.id] ? null : <option value="">Choose its match</option>}
                    {question.right.map((r, i) => (
                      <option key={r.id} value={r.id}>
                        {rightLabel(r, i)}
                      </option>
                    ))}
                  </select>
                  {question.answer[item.id] ? null : (
                    <span id={`${selectId}-hint`} className="field-error">
                      Not matched yet.
                    </span>
                  )}
                </div>
                <div className={styles.rowButtons}>
                  <button type="button" className="secondary small" disabled={question.left.length <= 2} onClick={() => remove("left", index)}>
                    Remove<span className="visually-hidden"> left item {index + 1}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <button type="button" id={`${idBase}-add-left`} className="secondary small" onClick={() => add("left")}>
          Add a left item
        </button>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Right column: the matches</legend>
        <p className="field-hint">A right item no left item is matched to is a distractor. Students get this column shuffled.</p>
        <IssueList id={`${idBase}-right-issues`} issues={issues.at("right")} />
        <ol className={styles.rows}>
          {question.right.map((item, index) => (
            <li key={item.id} className={styles.row}>
              <TextField
                id={`${rowId("right", item.id)}-text`}
                label={
                  <>
                    Right item {index + 1} {used.has(item.id) ? null : <span className="badge">distractor</span>}
                  </>
                }
                value={item.text}
                onChange={(text) => setText("right", item.id, text)}
                issues={issues.at(`right[${item.id}].text`)}
              />
              <div className={styles.rowButtons}>
                <button type="button" className="secondary small" disabled={question.right.length <= 2} onClick={() => remove("right", index)}>
                  Remove<span className="visually-hidden"> right item {index + 1}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button type="button" id={`${idBase}-add-right`} className="secondary small" onClick={() => add("right")}>
          Add a right item
        </button>
      </fieldset>
    </>
  );
}
