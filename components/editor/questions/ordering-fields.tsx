"use client";
/** Ordering: the items written in the correct order; students get them shuffled. */
import { itemsInAnswerOrder, move } from "@/lib/authoring/questions/edit";
import type { QuestionIssues } from "@/lib/authoring/questions/issues";
import { newItem } from "@/lib/authoring/questions/new-question";
import type { OrderingQuestion } from "@/lib/content/schema";
import { IssueList, TextField, useFocusLater } from "../fields";
import { buttonAfterMove, RowButtons } from "./fields";
import styles from "./questions-editor.module.css";

export function OrderingFields({ idBase, question, onChange, issues }: { idBase: string; question: OrderingQuestion; onChange(q: OrderingQuestion): void; issues: QuestionIssues }) {
  const focusLater = useFocusLater();
  const ordered = itemsInAnswerOrder(question);
  const rowId = (itemId: string) => `${idBase}-${itemId}`;
  // The correct order is the answer; items keep their authored order (the app shuffles them anyway).
  const setOrder = (items: typeof ordered) => onChange({ ...question, items: question.items.filter((i) => items.includes(i)).concat(items.filter((i) => !question.items.includes(i))), answer: items.map((i) => i.id) });

  function add() {
    const item = newItem("i", new Set(question.items.map((i) => i.id)));
    setOrder([...ordered, item]);
    focusLater(`${rowId(item.id)}-text`);
  }

  function remove(index: number) {
    const next = ordered[index + 1] ?? ordered[index - 1];
    setOrder(ordered.filter((_, i) => i !== index));
    focusLater(next ? `${rowId(next.id)}-text` : `${idBase}-add`);
  }

  function shift(index: number, delta: -1 | 1) {
    setOrder(move(ordered, index, delta));
    focusLater(`${rowId(ordered[index]!.id)}-${buttonAfterMove(index + delta, ordered.length, delta)}`);
  }

  return (
    <fieldset className={styles.group}>
      <legend>Items, in the correct order</legend>
      <p className="field-hint">Write the items first to last. Students get them in a shuffled order and put them back in this one.</p>
      <IssueList id={`${idBase}-issues`} issues={[...issues.at("items"), ...issues.at("answer")]} />
      <ol className={styles.rows}>
        {ordered.map((item, index) => (
          <li key={item.id} className={styles.row}>
            <TextField
              id={`${rowId(item.id)}-text`}
              label={`Item ${index + 1}`}
              value={item.text}
              onChange={(text) => onChange({ ...question, items: question.items.map((i) => (i.id === item.id ? { ...i, text } : i)) })}
              issues={issues.at(`items[${item.id}].text`)}
              rows={2}
            />
            <RowButtons idBase={rowId(item.id)} name={`item ${index + 1}`} index={index} count={ordered.length} minimum={2} onMove={(d) => shift(index, d)} onRemove={() => remove(index)} />
          </li>
        ))}
      </ol>
      <button type="button" id={`${idBase}-add`} className="secondary small" onClick={add}>
        Add an item
      </button>
    </fieldset>
  );
}
