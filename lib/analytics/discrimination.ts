/**
 * The upper–lower 27% discrimination index (Kelley 1939), as used in the
 * item analysis: rank the students who finished by total score, take the top
 * 27% and the bottom 27% (rounded, at least one student each, never
 * overlapping), and subtract the lower group's mean score on the question
 * from the upper group's. D runs from −1 to 1: a good question is answered
 * better by the students who did better overall.
 *
 * The groups and means are computed by the database (see item-analysis
 * queries); this module names the share and reads the result for a teacher.
 */
export const DISCRIMINATION_NAME = "Upper–lower 27% discrimination index (D)";

export const UPPER_LOWER_PERCENT = 27;

export type DiscriminationLabel = "very good" | "good" | "fair" | "poor" | "negative";

export function discriminationIndex(upperMean: number | null, lowerMean: number | null): number | null {
  if (upperMean === null || lowerMean === null) return null;
  return upperMean - lowerMean;
}

/** Ebel and Frisbie's (1991) bands, the usual reading of D in classroom testing. */
export function discriminationLabel(index: number): DiscriminationLabel {
  if (index < 0) return "negative";
  if (index >= 0.4) return "very good";
  if (index >= 0.3) return "good";
  if (index >= 0.2) return "fair";
  return "poor";
}

export const DISCRIMINATION_ADVICE: Record<DiscriminationLabel, string> = {
  "very good": "separates students who understood the reading from those who did not",
  good: "separates stronger and weaker readers well",
  fair: "separates stronger and weaker readers only a little; worth a second look",
  poor: "barely separates stronger and weaker readers: too easy, too hard, or unclear",
  negative: "weaker readers did better than stronger ones: check the key and the wording",
};
