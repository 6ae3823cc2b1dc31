"use client";
import { useId } from "react";
import type { InputProps } from "./types";
import { ChoiceItem, markFor } from "./option-mark";
import questionText from "./question-text.module.css";

/** Single choice (radios) and multiple select (checkboxes), labelled by the prompt. */
export function ChoiceInput(props: InputProps<"single_choice"> | InputProps<"multiple_select">) {
  const { question, disabled, feedback, promptId } = props;
  const name = useId();
  const multiple = question.type === "multiple_select";
  const chosen = multiple ? ((props as InputProps<"multiple_select">).value.optionIds ?? []) : [(props as InputProps<"single_choice">).value.optionId];
  const keys = feedback ? ("optionIds" in feedback.key ? feedback.key.optionIds : "optionId" in feedback.key ? [feedback.key.optionId] : []) : null;

  function toggle(optionId: string, checked: boolean) {
    if (multiple) {
      const next = checked ? [...chosen.filter(Boolean), optionId] : chosen.filter((id) => id !== optionId);
      (props as InputProps<"multiple_select">).onChange({ optionIds: next as string[] });
    } else {
      (props as InputProps<"single_choice">).onChange({ optionId });
    }
  }

  return (
    <fieldset aria-labelledby={promptId} disabled={disabled}>
      {multiple ? (
        <p className={questionText.hint} data-unspoken>
          Choose every answer that fits.
        </p>
      ) : null}
      <ul className={questionText.options}>
        {question.options.map((option) => {
          const isChosen = chosen.includes(option.id);
          const mark = keys ? markFor(isChosen, keys.includes(option.id)) : null;
          return (
            <ChoiceItem
              key={option.id}
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={option.id}
              checked={isChosen}
              onChange={(checked) => toggle(option.id, checked)}
              text={option.text}
              mark={mark}
            />
          );
        })}
      </ul>
    </fieldset>
  );
}
