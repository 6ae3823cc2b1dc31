import { percent } from "./format";
import { FIRST_POSITION_RUN, MIN_WRITTEN_WORDS, RAPID_READING_WPM } from "@/lib/analytics/effort";
import { CONFIDENT_WRONG_MIN, LOW_SCORE_MIN_SCORED, LOW_SCORE_RATE, NEAR_DUE_HOURS, type StudentFlag } from "@/lib/analytics/class-overview";

/** Why a student is flagged, as a short phrase (the assignment is said beside it where it is not obvious). */
export function flagLabel(flag: Pick<StudentFlag, "kind" | "value">): string {
  switch (flag.kind) {
    case "low-score":
      return `scoring ${percent(flag.value)}`;
    case "confident-wrong":
      return `sure of ${flag.value} wrong answers`;
    case "rapid":
      return `too fast to have read it (${flag.value?.toLocaleString("en")} words a minute)`;
    case "first-position":
      return `picked the first option shown ${flag.value} times in a row`;
    case "low-effort-writing":
      return flag.value === 1 ? "a written answer like “I don't know”" : `${flag.value} written answers like “I don't know”`;
    case "not-started":
      return "not started, due soon";
    case "missing":
      return "not submitted, past due";
  }
}

/** The rules behind the flags, stated once wherever flags are listed. */
export function FlagRules() {
  return (
    <p className="muted">
      Flagged when scoring under {percent(LOW_SCORE_RATE)} (after {LOW_SCORE_MIN_SCORED} scored answers), “sure” of at least{" "}
      {CONFIDENT_WRONG_MIN} wrong answers, answering faster than reading allows (over {RAPID_READING_WPM.toLocaleString("en")} words per
      minute over the text reached), picking the first option shown {FIRST_POSITION_RUN} or more times in a row (options are
      shuffled for each student), writing answers like “I don&apos;t know”, fewer than {MIN_WRITTEN_WORDS} words or the question
      copied back, not started within {NEAR_DUE_HOURS} hours of the due date, or missing work after it.
    </p>
  );
}
