/** How an option fared, said in words (never by colour alone). */
export type Mark = "chosen-right" | "chosen-wrong" | "missed-key" | null;

const LABELS: Record<Exclude<Mark, null>, string> = {
  "chosen-right": "Your answer: right",
  "chosen-wrong": "Your answer: not right",
  "missed-key": "The right answer",
};

export function markFor(chosen: boolean, key: boolean | undefined): Mark {
  if (key === undefined) return null;
  if (chosen) return key ? "chosen-right" : "chosen-wrong";
  return key ? "missed-key" : null;
}

export function OptionMark({ mark }: { mark: Mark }) {
  if (!mark) return null;
  return (
    <span className={`option-mark ${mark}`}>
      <span aria-hidden="true">{mark === "chosen-wrong" ? "✗" : "✓"}</span> {LABELS[mark]}
    </span>
  );
}
