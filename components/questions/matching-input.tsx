"use client";
import { useId } from "react";
import { MarkText } from "./option-mark";
import type { InputProps } from "./types";
import styles from "./matching-input.module.css";

/** Each left item gets its partner from a labelled list (keyboard, touch and screen readers alike). */
export function MatchingInput({ question, value, onChange, disabled, feedback, promptId }: InputProps<"matching">) {
  const baseId = useId();
  const pairs = value.pairs ?? {};
  const key = feedback && "pairs" in feedback.key ? feedback.key.pairs : null;
  const rightText = new Map(question.right.map((item) => [item.id, item.text]));

  return (
    <div role="group" aria-labelledby={promptId} className="matching">
      <ul className={styles.list}>
        {question.left.map((left) => {
          const selectId = `${baseId}-${left.id}`;
          const right = key ? pairs[left.id] === key[left.id] : null;
          return (
            <li key={left.id} className={right === null ? undefined : right ? styles.right : styles.wrong}>
              <label htmlFor={selectId} className="match-left">
                {left.text}
              </label>
              <select
                id={selectId}
                value={pairs[left.id] ?? ""}
                disabled={disabled}
                onChange={(event) => {
                  const next = { ...pairs };
                  if (event.target.value) next[left.id] = event.target.value;
                  else delete next[left.id];
                  onChange({ pairs: next });
                }}
              >
                <option value="">Choose a match…</option>
                {question.right.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.text}
                  </option>
                ))}
              </select>
              {/* A closed select shows one line, cut off on a phone: the whole choice is written out under it. */}
              {pairs[left.id] ? (
                <span className={styles.chosen} aria-hidden="true" data-testid="chosen-match">
                  {rightText.get(pairs[left.id]!)}
                </span>
              ) : null}
              {key ? (
                <MarkText mark={right ? "chosen-right" : "chosen-wrong"}>
                  {right ? "✓ Right" : `✗ Matches “${rightText.get(key[left.id] ?? "")}”`}
                </MarkText>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
