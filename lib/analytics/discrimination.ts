/**
 * The discrimination index shown in the item analysis: the item–rest
 * correlation, that is the point-biserial correlation (corrected) between a
 * student's points on the question and their points on the rest of the
 * reading, over the students who submitted. r runs from −1 to 1: a good
 * question is answered better by the students who did better on the rest.
 * Leaving the question out of the total keeps it from correlating with
 * itself, which inflates r on short readings.
 *
 * The database keeps the sums (tallies.ts, QuestionTally); this module turns
 * them into r and reads the result for a teacher.
 */
export const DISCRIMINATION_NAME = "Item–rest correlation (corrected point-biserial, r)";

export type DiscriminationLabel = "very good" | "good" | "fair" | "poor" | "negative";

/** Sums over the students who submitted and have a score on the question: x their points on it, t their total points. */
export type DiscriminationSums = {
  n: number;
  sumScore: number;
  sumScoreSquared: number;
  sumTotal: number;
  sumTotalSquared: number;
  sumScoreTotal: number;
};

// Variances this close to zero are rounding left over from adding and removing students: treat as no spread.
const NO_SPREAD = 1e-9;

/** Pearson's r between x and (t − x), from the sums alone; null with fewer than 2 students or no spread on either side. */
export function itemRestCorrelation(sums: DiscriminationSums): number | null {
  const { n } = sums;
  if (n < 2) return null;
  const sumRest = sums.sumTotal - sums.sumScore;
  const sumRestSquared = sums.sumTotalSquared - 2 * sums.sumScoreTotal + sums.sumScoreSquared;
  const sumScoreRest = sums.sumScoreTotal - sums.sumScoreSquared;
  const scoreSpread = n * sums.sumScoreSquared - sums.sumScore ** 2;
  const restSpread = n * sumRestSquared - sumRest ** 2;
  if (scoreSpread <= NO_SPREAD * n * n || restSpread <= NO_SPREAD * n * n) return null;
  const r = (n * sumScoreRest - sums.sumScore * sumRest) / Math.sqrt(scoreSpread * restSpread);
  return Math.max(-1, Math.min(1, r));
}

/** Ebel and Frisbie's (1991) bands, the usual reading of a discrimination index in classroom testing. */
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
