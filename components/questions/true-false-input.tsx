"use client";
import { useId } from "react";
import type { InputProps } from "./types";
import { ChoiceItem, markFor } from "./option-mark";
import styles from "./choice.module.css";
import questionText from "./question-text.module.css";

/** A statement judged true or false, then the reason that decides it. */
export function TrueFalseInput({ question, value, onChange, disabled, feedback, promptId }: InputProps<"true_false">) {
  const name = useId();
  const statementId = `${name}-statement`;
  const whyId = `${name}-why`;
  const key = feedback && "value" in feedback.key ? feedback.key : null;

  return (
    <div className="true-false">
      <p id={statementId} className={questionText.statement}>
        {question.statement}
      </p>
      <fieldset aria-labelledby={`${promptId} ${statementId}`} disabled={disabled}>
        <ul className={`${questionText.options} ${styles.row}`}>
          {[true, false].map((judgement) => {
            const mark = key ? markFor(value.value === judgement, key.value === judgement) : null;
            return (
              <ChoiceItem
                key={String(judgement)}
                name={`${name}-value`}
                checked={value.value === judgement}
                onChange={() => onChange({ ...value, value: judgement })}
                text={judgement ? "True" : "False"}
                mark={mark}
              />
            );
          })}
        </ul>
      </fieldset>
      <fieldset aria-labelledby={whyId} disabled={disabled}>
        <p id={whyId} className={questionText.subPrompt}>
          {question.why.prompt}
        </p>
        <ul className={questionText.options}>
          {question.why.options.map((option) => {
            const mark = key ? markFor(value.whyOptionId === option.id, key.whyOptionId === option.id) : null;
            return (
              <ChoiceItem
                key={option.id}
                name={`${name}-why`}
                checked={value.whyOptionId === option.id}
                onChange={() => onChange({ ...value, whyOptionId: option.id })}
                text={option.text}
                mark={mark}
              />
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
