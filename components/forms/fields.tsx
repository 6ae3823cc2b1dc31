"use client";
import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
import type { FormState } from "@/lib/forms/state";

type FieldProps = {
  name: string;
  label: ReactNode;
  state: FormState;
  hint?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** The first error for a field, from the action's state. */
export function fieldError(state: FormState, name: string): string | undefined {
  return state.fieldErrors?.[name]?.[0];
}

/**
 * A labelled input whose hint and error are linked by aria-describedby, and
 * whose default is what the person typed last (echoed by the action).
 */
export function TextField({ name, label, state, hint, defaultValue, type = "text", ...input }: FieldProps) {
  const id = useId();
  const error = fieldError(state, name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={type === "password" ? undefined : (state.values?.[name] ?? defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {error ? (
        <span id={errorId} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** TextField's multi-line twin: label, error linked by aria-describedby, what was typed kept. */
export function TextAreaField({
  name,
  label,
  state,
  defaultValue,
  ...textarea
}: { name: string; label: ReactNode; state: FormState } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const id = useId();
  const error = fieldError(state, name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        defaultValue={state.values?.[name] ?? defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...textarea}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * The form's message, in a live region that exists before anything is said
 * in it, so screen readers announce errors and confirmations.
 */
export function FormMessage({ state, children }: { state: FormState; children?: ReactNode }) {
  const tone = state.status === "error" ? "error" : "ok";
  return (
    <div aria-live="polite" aria-atomic="true">
      {state.message || children ? (
        <p className={`form-message ${tone}`}>
          {state.message}
          {children}
        </p>
      ) : null}
    </div>
  );
}

export function SubmitButton({ pending, children, className }: { pending: boolean; children: ReactNode; className?: string }) {
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {children}
    </button>
  );
}

type Choice = { value: string; label: ReactNode; description?: ReactNode };

/** Radio buttons in a fieldset whose legend names the question; the error is linked to the group. */
export function ChoiceGroup({
  name,
  legend,
  choices,
  state,
  defaultValue,
}: {
  name: string;
  legend: ReactNode;
  choices: Choice[];
  state: FormState;
  defaultValue?: string;
}) {
  const id = useId();
  const error = fieldError(state, name);
  const selected = state.values?.[name] ?? defaultValue;
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            defaultChecked={selected === choice.value}
          />
          <span className="choice-text">
            <strong>{choice.label}</strong>
            {choice.description ? <span className="muted">{choice.description}</span> : null}
          </span>
        </label>
      ))}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A checkbox with its label beside it and an optional hint. */
export function CheckboxField({
  name,
  label,
  hint,
  state,
  defaultChecked,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  state: FormState;
  defaultChecked?: boolean;
}) {
  const id = useId();
  // Without JavaScript, a re-rendered form keeps the box as it was sent (absent means unticked).
  const checked = state.values ? state.values[name] === "on" : defaultChecked;
  return (
    <label className="choice" htmlFor={id}>
      <input id={id} type="checkbox" name={name} defaultChecked={checked} aria-describedby={hint ? `${id}-hint` : undefined} />
      <span className="choice-text">
        <strong>{label}</strong>
        {hint ? (
          <span id={`${id}-hint`} className="muted">
            {hint}
          </span>
        ) : null}
      </span>
    </label>
  );
}
