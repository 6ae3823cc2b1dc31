"use client";
import { useId } from "react";
import type { Confidence } from "@/lib/reading/views";
import segmented from "@/components/reading/segmented.module.css";
import styles from "./confidence-picker.module.css";

export const CONFIDENCE_WORDS: Record<Confidence, string> = { 1: "Guessing", 2: "Fairly sure", 3: "Sure" };

const LEVELS = ([1, 2, 3] as const).map((value) => ({ value, label: CONFIDENCE_WORDS[value] }));

/** "How sure are you?": optional, three levels, stored with the answer. */
export function ConfidencePicker({ value, onChange, disabled = false }: { value: Confidence | null; onChange: (value: Confidence) => void; disabled?: boolean }) {
  const name = useId();
  return (
    <fieldset className={styles.confidence} disabled={disabled} data-unspoken>
      <legend>
        How sure are you? <span className="muted">(optional)</span>
      </legend>
      <div className={segmented.segmented}>
        {LEVELS.map((level) => (
          <label key={level.value}>
            <input type="radio" name={name} checked={value === level.value} onChange={() => onChange(level.value)} />
            <span>{level.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
