"use client";
import { CheckboxField, FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { updateReviewSettingsAction } from "@/lib/review/actions";

/** New cards per day and the glossary opt-in, on the review page. */
export function ReviewSettingsForm({ newCardsPerDay, glossaryCards }: { newCardsPerDay: number; glossaryCards: boolean }) {
  const { state, pending, formProps } = useFormAction(updateReviewSettingsAction);
  return (
    <form {...formProps} aria-labelledby="review-settings-heading">
      <FormMessage state={state} />
      <TextField
        name="newCardsPerDay"
        label="New cards a day"
        hint="Cards you have never reviewed, brought in each day at most (0 to 200). Cards you are already learning always come."
        type="number"
        inputMode="numeric"
        min={0}
        max={200}
        defaultValue={String(newCardsPerDay)}
        state={state}
      />
      <CheckboxField
        name="glossaryCards"
        label="Glossary flashcards"
        hint="Also review the words explained in each reading you open."
        defaultChecked={glossaryCards}
        state={state}
      />
      <div className="actions">
        <SubmitButton pending={pending} className="secondary">
          {pending ? "Saving…" : "Save review settings"}
        </SubmitButton>
      </div>
    </form>
  );
}
