"use client";
import { useId, useState, type FormEvent } from "react";
import type { RubricCriterion } from "@/lib/scoring/feedback";
import { submitSelfCheck } from "@/lib/http/client";
import type { ResponseView, SelfCheckLevel } from "@/lib/reading/views";
import choice from "./choice.module.css";
import questionText from "./question-text.module.css";

export const LEVEL_WORDS: Record<SelfCheckLevel, string> = { full: "Fully", partial: "Partly", none: "Not yet" };

/** The levels a criterion offers: "partly" only where there are points to split. */
function levelsOf(criterion: RubricCriterion): SelfCheckLevel[] {
  return criterion.points > 1 ? ["full", "partial", "none"] : ["full", "none"];
}

function points(level: SelfCheckLevel, max: number): number {
  return level === "full" ? max : level === "partial" ? max / 2 : 0;
}

/**
 * Practice's stand-in for a teacher: the reader rates their written answer
 * against each rubric point, seeing what a full, partial and missing answer
 * looks like. The rating becomes the answer's score.
 */
export function SelfCheckForm({
  attemptId,
  questionId,
  rubric,
  onChecked,
}: {
  attemptId: string;
  questionId: string;
  rubric: RubricCriterion[];
  onChecked: (response: ResponseView) => void;
}) {
  const id = useId();
  const [levels, setLevels] = useState<Record<string, SelfCheckLevel>>({});
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(null);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = rubric.filter((criterion) => !levels[criterion.id]);
    if (missing.length > 0) {
      const fields = Object.fromEntries(missing.map((criterion) => [`levels.${criterion.id}`, ["Choose how well your answer meets this point."]]));
      setError({ message: "Rate your answer against every point.", fields });
      return;
    }
    setSending(true);
    const result = await submitSelfCheck(attemptId, { questionId, levels });
    setSending(false);
    if (result.ok) onChecked(result.data.response);
    else setError(result.kind === "rejected" ? { message: result.error.message, fields: result.error.fields } : { message: result.message });
  }

  return (
    <form className="self-check" onSubmit={save} noValidate aria-labelledby={`${id}-heading`}>
      <p id={`${id}-heading`} className={questionText.subPrompt}>
        Check your answer: how well does it make each point?
      </p>
      {rubric.map((criterion) => {
        const fieldError = error?.fields?.[`levels.${criterion.id}`]?.[0];
        return (
          <fieldset key={criterion.id} aria-describedby={fieldError ? `${id}-${criterion.id}-error` : undefined}>
            <legend>
              {criterion.description}{" "}
              <span className="muted">
                ({criterion.points} point{criterion.points === 1 ? "" : "s"})
              </span>
            </legend>
            {levelsOf(criterion).map((level) => (
              <label key={level} className={choice.choice}>
                <input
                  type="radio"
                  name={`${id}-${criterion.id}`}
                  value={level}
                  checked={levels[criterion.id] === level}
                  onChange={() => {
                    setLevels((current) => ({ ...current, [criterion.id]: level }));
                    setError(null);
                  }}
                />
                <span className={choice.text}>
                  <strong>
                    {LEVEL_WORDS[level]} · {points(level, criterion.points)} of {criterion.points}
                  </strong>
                  {criterion.levels?.[level] ? <span className="muted">{criterion.levels[level]}</span> : null}
                </span>
              </label>
            ))}
            {fieldError ? (
              <p id={`${id}-${criterion.id}-error`} className="field-error">
                {fieldError}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <div aria-live="polite">{error ? <p className="form-message error">{error.message}</p> : null}</div>
      <button type="submit" disabled={sending} aria-disabled={sending}>
        {sending ? "Saving…" : "Save my self-check"}
      </button>
    </form>
  );
}
