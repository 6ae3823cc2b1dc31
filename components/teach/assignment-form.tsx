"use client";
import { useState, type FormEvent } from "react";
import { CheckboxField, ChoiceGroup, FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { createAssignmentAction, updateAssignmentAction } from "@/lib/assignments/actions";
import { MAX_ATTEMPTS } from "@/lib/assignments/limits";
import { describeTotals, QUESTION_SET_LABELS, type FixedQuestionSet, type QuestionSetDefaults } from "@/lib/assignments/question-set";
import type { PickableBank, ReadingChoice } from "@/lib/assignments/readings";
import type { FeedbackMode } from "@/lib/generated/prisma/enums";
import { ReadingFactsInline } from "@/components/reading/reading-facts";
import { QuestionSetFields } from "./question-set-fields";

export type AssignmentFormDefaults = {
  /** datetime-local value, "" for none */
  dueAt: string;
  feedbackMode: FeedbackMode;
  unlockInOrder: boolean;
  allowPractice: boolean;
  attemptsAllowed: number;
  questionSet: QuestionSetDefaults;
};

/**
 * Assigning a reading (`readings` to choose from, for a class) or changing an
 * assignment's settings (`assignmentId`; the reading stays).
 */
export function AssignmentForm(
  props: { defaults: AssignmentFormDefaults } & (
    | { mode: "create"; classId: string; readings: ReadingChoice[]; banks: PickableBank[]; selected?: string }
    | { mode: "edit"; assignmentId: string; bank: PickableBank; fixedSet: FixedQuestionSet | null }
  ),
) {
  const { state, pending, formProps } = useFormAction(props.mode === "create" ? createAssignmentAction : updateAssignmentAction);
  const { defaults } = props;
  // The reading the page was opened for (?reading=, as the editor's "Assign to a class" links), else the only one.
  const onlyReading =
    props.mode !== "create"
      ? undefined
      : props.readings.some((reading) => reading.slug === props.selected)
        ? props.selected
        : props.readings.length === 1
          ? props.readings[0]?.slug
          : undefined;
  const [readingSlug, setReadingSlug] = useState(props.mode === "create" ? (state.values?.readingSlug ?? onlyReading) : props.bank.slug);
  function onChange(event: FormEvent<HTMLFormElement>) {
    const input = event.target as HTMLInputElement;
    if (input.name === "readingSlug") setReadingSlug(input.value);
  }
  return (
    <form {...formProps} onChange={onChange} aria-labelledby="assignment-heading">
      <FormMessage state={state} />
      {props.mode === "create" ? (
        <>
          <input type="hidden" name="classId" value={props.classId} />
          <ChoiceGroup
            name="readingSlug"
            legend="Reading"
            state={state}
            defaultValue={onlyReading}
            choices={props.readings.map((reading) => ({
              value: reading.slug,
              label: reading.title,
              description: (
                <>
                  {reading.author}
                  <ReadingFactsInline facts={reading.facts} />
                </>
              ),
            }))}
          />
        </>
      ) : (
        <input type="hidden" name="assignmentId" value={props.assignmentId} />
      )}
      {props.mode === "edit" && props.fixedSet ? (
        <FixedSet set={props.fixedSet} />
      ) : (
        <QuestionSetFields
          banks={props.mode === "create" ? props.banks : [props.bank]}
          selectedSlug={readingSlug}
          defaults={defaults.questionSet}
          state={state}
        />
      )}
      <TextField
        name="dueAt"
        label="Due (optional)"
        type="datetime-local"
        hint="Work after this is still accepted, marked late. Leave empty for no due date."
        state={state}
        defaultValue={defaults.dueAt}
      />
      <ChoiceGroup
        name="feedbackMode"
        legend="When do students see feedback?"
        state={state}
        defaultValue={defaults.feedbackMode}
        choices={[
          { value: "immediate", label: "After each answer", description: "Best for practice: they learn as they go." },
          { value: "after_submit", label: "After they submit the whole reading", description: "Best for a check of understanding." },
        ]}
      />
      <CheckboxField
        name="unlockInOrder"
        label="Open the chunks in order"
        hint="A chunk opens once every question of the one before is answered."
        state={state}
        defaultChecked={defaults.unlockInOrder}
      />
      <CheckboxField
        name="allowPractice"
        label="Allow practice of this reading while the assignment is open"
        hint="Practice opens every chunk and shows the answers at once. Left off, a student can practise it once their feedback here is released."
        state={state}
        defaultChecked={defaults.allowPractice}
      />
      <TextField
        name="attemptsAllowed"
        label="Attempts allowed"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_ATTEMPTS}
        hint={`How many times a student may work through the reading (1 to ${MAX_ATTEMPTS}).`}
        state={state}
        defaultValue={String(defaults.attemptsAllowed)}
      />
      <SubmitButton pending={pending}>{props.mode === "create" ? "Assign" : "Save settings"}</SubmitButton>
    </form>
  );
}

function FixedSet({ set }: { set: FixedQuestionSet }) {
  return (
    <section className="question-set fixed-set" aria-labelledby="fixed-set-heading">
      <h2 id="fixed-set-heading">Questions</h2>
      <p>
        <strong>{QUESTION_SET_LABELS[set.mode]}</strong>
        {set.includeWritten ? "" : ", written answers left out"}: {describeTotals(set.totals)}.
      </p>
      <p className="muted">Questions {set.numbers.map((number) => `Q${number}`).join(", ")}.</p>
      <p className="field-hint">
        Students have started, so the questions stay as they are: their answers and scores are over this set. To give other questions, assign the reading
        again.
      </p>
    </section>
  );
}
