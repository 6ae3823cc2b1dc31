"use client";
import { useId } from "react";
import type { InputProps } from "./types";
import { markFor, OptionMark } from "./option-mark";

/** A statement judged true or false, then the reason that decides it. */
export function TrueFalseInput({ question, value, onChange, disabled, feedback, promptId }: InputProps<"true_false">) {
  const name = useId();
  const statementId = `${name}-statement`;
  const whyId = `${name}-why`;
  const key = feedback && "value" in feedback.key ? feedback.key : null;

  return (
    <div className="true-false">
      <p id={statementId} className="statement">
        {question.statement}
      </p>
      <fieldset className="choice-group" aria-labelledby={`${promptId} ${statementId}`} disabled={disabled}>
        <ul className="choice-list choice-row">
          {[true, false].map((judgement) => {
            const mark = key ? markFor(value.value === judgement, key.value === judgement) : null;
            return (
              <li key={String(judgement)} className={mark ? `marked ${mark}` : undefined}>
                <label className="choice">
                  <input
                    type="radio"
                    name={`${name}-value`}
                    checked={value.value === judgement}
                    onChange={() => onChange({ ...value, value: judgement })}
                  />
                  <span className="choice-text">{judgement ? "True" : "False"}</span>
                </label>
                <OptionMark mark={mark} />
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset className="choice-group" aria-labelledby={whyId} disabled={disabled}>
        <p id={whyId} className="sub-prompt">
          {question.why.prompt}
        </p>
        <ul className="choice-list">
          {question.why.options.map((option) => {
            const mark = key ? markFor(value.whyOptionId === option.id, key.whyOptionId === option.id) : null;
            return (
              <li key={option.id} className={mark ? `marked ${mark}` : undefined}>
                <label className="choice">
                  <input
                    type="radio"
                    name={`${name}-why`}
                    checked={value.whyOptionId === option.id}
                    onChange={() => onChange({ ...value, whyOptionId: option.id })}
                  />
                  <span className="choice-text">{option.text}</span>
                </label>
                <OptionMark mark={mark} />
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
