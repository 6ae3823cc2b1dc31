"use client";
/**
 * The rubric as clickable points (radio groups: arrow keys move within a
 * criterion), a comment box, and keyboard shortcuts to move on. Ctrl/⌘+Enter
 * saves and opens the next answer from anywhere; the single-key shortcuts
 * work only outside text fields and can be switched off (WCAG 2.1.4).
 */
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { FormMessage, SubmitButton, fieldError } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveGradeAction } from "@/lib/grading/actions";
import styles from "./grading-form.module.css";

type Criterion = { id: string; description: string; points: number; levels?: { full: string; partial?: string; none: string } };

const SHORTCUTS_KEY = "closeread.grading.singleKeyShortcuts";

function subscribe(callback: () => void) {
  window.addEventListener("storage", callback);
  return () => window.removeEventListener("storage", callback);
}

function useSingleKeyShortcuts(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(SHORTCUTS_KEY) !== "off",
    () => true,
  );
  return [
    on,
    (next) => {
      window.localStorage.setItem(SHORTCUTS_KEY, next ? "on" : "off");
      window.dispatchEvent(new StorageEvent("storage"));
    },
  ];
}

function isTyping(target: EventTarget | null) {
  return target instanceof HTMLElement && (target.isContentEditable || ["TEXTAREA", "INPUT", "SELECT"].includes(target.tagName) && !(target instanceof HTMLInputElement && target.type === "radio"));
}

export function GradingForm({
  responseId,
  criteria,
  initialPoints,
  initialComment,
  nextHref,
  previousHref,
}: {
  responseId: string;
  criteria: Criterion[];
  initialPoints: Record<string, number>;
  initialComment: string;
  nextHref: string | null;
  previousHref: string | null;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const { state, pending, formProps } = useFormAction(saveGradeAction);
  const [chosen, setChosen] = useState<Record<string, number>>(initialPoints);
  const [singleKeys, setSingleKeys] = useSingleKeyShortcuts();
  const total = criteria.reduce((sum, criterion) => sum + (chosen[criterion.id] ?? 0), 0);
  const max = criteria.reduce((sum, criterion) => sum + criterion.points, 0);

  useEffect(() => {
    if (state.status !== "success" || state.data?.responseId !== responseId) return;
    if (nextHref) router.push(nextHref);
    else router.refresh();
  }, [state, responseId, nextHref, router]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        formRef.current?.requestSubmit();
        return;
      }
      if (!singleKeys || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === "j" && nextHref) router.push(nextHref);
      else if (event.key === "k" && previousHref) router.push(previousHref);
      else if (event.key === "f") setChosen(Object.fromEntries(criteria.map((criterion) => [criterion.id, criterion.points])));
      else if (event.key === "c") commentRef.current?.focus();
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [singleKeys, nextHref, previousHref, router, criteria]);

  return (
    <>
      <form ref={formRef} {...formProps} aria-labelledby="rubric-heading">
        <h2 id="rubric-heading">
          Rubric <span className="muted">({total} of {max} points)</span>
        </h2>
        <input type="hidden" name="responseId" value={responseId} />
        {criteria.map((criterion) => {
          const error = fieldError(state, `criterion.${criterion.id}`);
          return (
            <fieldset key={criterion.id} className={styles.criterion} aria-describedby={error ? `error-${criterion.id}` : undefined}>
              <legend>
                {criterion.description} <span className="muted">(up to {criterion.points})</span>
              </legend>
              <div className={styles.points}>
                {Array.from({ length: criterion.points + 1 }, (_, value) => (
                  <label key={value}>
                    <input
                      type="radio"
                      name={`criterion.${criterion.id}`}
                      value={value}
                      checked={chosen[criterion.id] === value}
                      onChange={() => setChosen({ ...chosen, [criterion.id]: value })}
                    />
                    <span>
                      {value}
                      <span className="visually-hidden"> point{value === 1 ? "" : "s"}</span>
                    </span>
                  </label>
                ))}
              </div>
              {criterion.levels ? (
                <dl className={styles.levels}>
                  <dt>{criterion.points} {criterion.points === 1 ? "point" : "points"}</dt>
                  <dd>{criterion.levels.full}</dd>
                  {criterion.levels.partial ? (
                    <>
                      <dt>{criterion.points > 2 ? `1–${criterion.points - 1} points` : "1 point"}</dt>
                      <dd>{criterion.levels.partial}</dd>
                    </>
                  ) : null}
                  <dt>0 points</dt>
                  <dd>{criterion.levels.none}</dd>
                </dl>
              ) : null}
              {error ? (
                <p id={`error-${criterion.id}`} className="field-error">
                  {error}
                </p>
              ) : null}
            </fieldset>
          );
        })}
        <div className="field">
          <label htmlFor="grade-comment">Comment for the student</label>
          <textarea
            id="grade-comment"
            ref={commentRef}
            name="comment"
            rows={4}
            maxLength={2000}
            defaultValue={state.values?.comment ?? initialComment}
            aria-invalid={fieldError(state, "comment") ? true : undefined}
            aria-describedby={fieldError(state, "comment") ? "comment-error" : undefined}
          />
          {fieldError(state, "comment") ? (
            <span id="comment-error" className="field-error">
              {fieldError(state, "comment")}
            </span>
          ) : null}
        </div>
        <FormMessage state={state} />
        <div className="actions">
          <SubmitButton pending={pending}>{nextHref ? "Save and next" : "Save"}</SubmitButton>
        </div>
      </form>
      <section className={`${styles.shortcuts} card`} aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
        <dl>
          <dt>
            <kbd>Tab</kbd>, then <kbd>←</kbd> <kbd>→</kbd>
          </dt>
          <dd>move between criteria, then choose the points</dd>
          <dt>
            <kbd>Ctrl</kbd>/<kbd>⌘</kbd> + <kbd>Enter</kbd>
          </dt>
          <dd>save and open the next answer (works in the comment box too)</dd>
          <dt>
            <kbd>f</kbd>
          </dt>
          <dd>full marks on every criterion</dd>
          <dt>
            <kbd>c</kbd>
          </dt>
          <dd>write a comment</dd>
          <dt>
            <kbd>j</kbd> / <kbd>k</kbd>
          </dt>
          <dd>next / previous answer without saving</dd>
        </dl>
        <label className="choice">
          <input type="checkbox" checked={singleKeys} onChange={(event) => setSingleKeys(event.target.checked)} />
          <span className="choice-text">Single-key shortcuts (f, c, j, k) on</span>
        </label>
      </section>
    </>
  );
}
