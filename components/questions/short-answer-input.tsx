"use client";
import { useId } from "react";
import { countWords } from "@/lib/content/sentences";
import { MAX_ANSWER_CHARACTERS } from "@/lib/scoring/limits";
import type { InputProps } from "./types";
import styles from "./short-answer-input.module.css";

/** A written answer with a word count; over the limit it is kept, but cannot be submitted. */
export function ShortAnswerInput({ question, value, onChange, disabled, promptId, errors }: InputProps<"short_answer">) {
  const id = useId();
  const text = value.text ?? "";
  const words = countWords(text);
  const over = words > question.maxWords;
  const error = errors?.["answer.text"]?.[0];

  return (
    <div className={styles.answer}>
      <textarea
        id={id}
        aria-labelledby={promptId}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
        aria-invalid={over || error ? true : undefined}
        rows={6}
        maxLength={MAX_ANSWER_CHARACTERS}
        value={text}
        disabled={disabled}
        onChange={(event) => onChange({ text: event.target.value })}
      />
      <p id={`${id}-count`} className={over ? `${styles.count} ${styles.over}` : styles.count} data-unspoken>
        {words} of {question.maxWords} words{over ? ": please shorten your answer to submit it." : ""}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {over ? `Over the limit of ${question.maxWords} words.` : ""}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
