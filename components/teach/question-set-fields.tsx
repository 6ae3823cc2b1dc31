"use client";
import { useId, useState, type FormEvent } from "react";
import { CheckboxField, ChoiceGroup, fieldError } from "@/components/forms/fields";
import {
  chooseQuestions,
  describeTotals,
  pickFieldName,
  QUESTION_SET_LABELS,
  QUESTION_SET_MODES,
  questionSetTotals,
  type QuestionSetDefaults,
  type QuestionSetMode,
} from "@/lib/assignments/question-set";
import type { PickableBank, PickableQuestion } from "@/lib/assignments/readings";
import { QUESTION_TYPE_LABELS, SKILL_LABELS } from "@/lib/content/labels";
import type { QuestionType, Skill } from "@/lib/content/schema";
import type { FormState } from "@/lib/forms/state";

const MODE_DESCRIPTIONS: Record<QuestionSetMode, string> = {
  core: "The items the bank marks as core: the whole argument, in about one class period.",
  all: "The whole bank, extension items included.",
  picked: "Tick the questions below, part by part.",
};

/** Ticked pick fields: what the server sent back (no script), else the defaults. */
function initialPicks(banks: readonly PickableBank[], defaults: QuestionSetDefaults, state: FormState): Set<string> {
  if (state.values) return new Set(Object.keys(state.values).filter((name) => state.values![name] === "on" && name.startsWith("pick:")));
  return new Set(banks.flatMap((bank) => (defaults.picked[bank.slug] ?? []).map((id) => pickFieldName(bank.slug, id))));
}

/**
 * Which questions the class gets, with the number of items, points and an
 * estimated time for the chosen set. The totals follow each change in the
 * browser; without script, "Update totals" sends the form back and the
 * server renders them from what was sent. Every pick box stays in the form
 * (filtered rows are only hidden), so filtering never unticks anything.
 */
export function QuestionSetFields({
  banks,
  selectedSlug,
  defaults,
  state,
}: {
  banks: readonly PickableBank[];
  /** The reading chosen in the form; undefined while none is (every bank is listed then). */
  selectedSlug: string | undefined;
  defaults: QuestionSetDefaults;
  state: FormState;
}) {
  const id = useId();
  const [mode, setMode] = useState<QuestionSetMode>((state.values?.questionSet as QuestionSetMode | undefined) ?? defaults.mode);
  const [includeWritten, setIncludeWritten] = useState(state.values ? state.values.includeWritten === "on" : defaults.includeWritten);
  const [picks, setPicks] = useState(() => initialPicks(banks, defaults, state));
  const [typeFilter, setTypeFilter] = useState(state.values?.filterType ?? "");
  const [skillFilter, setSkillFilter] = useState(state.values?.filterSkill ?? "");

  const shown = banks.filter((bank) => selectedSlug === undefined || bank.slug === selectedSlug);
  const all = banks.flatMap((bank) => bank.groups.flatMap((group) => group.questions));
  const types = [...new Set(all.map((question) => question.type))];
  const skills = [...new Set(all.map((question) => question.skill))];

  function onChange(event: FormEvent<HTMLFieldSetElement>) {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    if (input.name === "questionSet") setMode(input.value as QuestionSetMode);
    else if (input.name === "includeWritten") setIncludeWritten((input as HTMLInputElement).checked);
    else if (input.name === "filterType") setTypeFilter(input.value);
    else if (input.name === "filterSkill") setSkillFilter(input.value);
    else if (input.name.startsWith("pick:")) {
      const next = new Set(picks);
      if ((input as HTMLInputElement).checked) next.add(input.name);
      else next.delete(input.name);
      setPicks(next);
    }
  }

  const totalsOf = (bank: PickableBank) => {
    const questions = bank.groups.flatMap((group) => group.questions);
    const picked = questions.filter((question) => picks.has(pickFieldName(bank.slug, question.id))).map((question) => question.id);
    return questionSetTotals(bank.readingMinutes, chooseQuestions(questions, { mode, includeWritten, picked }));
  };
  const matches = (question: PickableQuestion) => (!typeFilter || question.type === typeFilter) && (!skillFilter || question.skill === skillFilter);
  const error = fieldError(state, "questionSet");

  return (
    <fieldset className="question-set" onChange={onChange} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Questions</legend>
      <ChoiceGroup
        name="questionSet"
        legend="Which questions does the class get?"
        state={state}
        defaultValue={mode}
        choices={QUESTION_SET_MODES.map((value) => ({ value, label: QUESTION_SET_LABELS[value], description: MODE_DESCRIPTIONS[value] }))}
      />
      <CheckboxField
        name="includeWritten"
        label="Include written answers"
        hint="Written answers are graded by you; left out, the set is scored automatically."
        state={state}
        defaultChecked={includeWritten}
      />
      <div className="set-totals" aria-live="polite" aria-atomic="true">
        {shown.map((bank) => {
          const totals = totalsOf(bank);
          return (
            <p key={bank.slug}>
              {shown.length > 1 ? <span className="muted">{bank.title}: </span> : null}
              <strong>{describeTotals(totals)}</strong>
              {totals.items === 0 ? <span className="muted"> (nothing to assign with these choices)</span> : null}
            </p>
          );
        })}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <noscript>
        <button type="submit" name="intent" value="totals" className="button-secondary button-small">
          Update totals
        </button>
      </noscript>

      {/* Shown by CSS while "picked" is chosen, with or without script. */}
      <div className="question-picker">
        <h3 className="picker-heading">Pick questions</h3>
        <p className="field-hint">Used when “{QUESTION_SET_LABELS.picked}” is chosen. Filters only hide rows; what is ticked stays ticked.</p>
        <div className="picker-filters">
          <label className="field">
            Type
            <select name="filterType" defaultValue={typeFilter}>
              <option value="">Every type</option>
              {types.map((type) => (
                <option key={type} value={type}>
                  {QUESTION_TYPE_LABELS[type as QuestionType]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Skill
            <select name="filterSkill" defaultValue={skillFilter}>
              <option value="">Every skill</option>
              {skills.map((skill) => (
                <option key={skill} value={skill}>
                  {SKILL_LABELS[skill as Skill]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {banks.map((bank) => (
          <div key={bank.slug} hidden={!shown.includes(bank)}>
            {shown.length > 1 ? <h4 className="picker-reading">{bank.title}</h4> : null}
            {bank.groups.map((group) => {
              const visible = group.questions.filter(matches);
              return (
                <fieldset key={group.id} className="picker-group" hidden={visible.length === 0}>
                  <legend>{group.title}</legend>
                  {group.questions.map((question) => (
                    <PickRow key={question.id} slug={bank.slug} question={question} hidden={!matches(question)} checked={picks.has(pickFieldName(bank.slug, question.id))} />
                  ))}
                </fieldset>
              );
            })}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function PickRow({ slug, question, hidden, checked }: { slug: string; question: PickableQuestion; hidden: boolean; checked: boolean }) {
  const id = useId();
  return (
    <label className="choice pick-row" htmlFor={id} hidden={hidden}>
      <input id={id} type="checkbox" name={pickFieldName(slug, question.id)} defaultChecked={checked} />
      <span className="choice-text">
        <strong>
          Q{question.number}. {question.prompt}
        </strong>
        <span className="muted">
          {QUESTION_TYPE_LABELS[question.type]} · {SKILL_LABELS[question.skill]} · {question.points} {question.points === 1 ? "point" : "points"}
          {question.core ? " · core" : ""}
        </span>
      </span>
    </label>
  );
}
