/**
 * The four ratings as the learner sees them: ts-fsrs's numbers (Again = 1 …
 * Easy = 4), which are also the keyboard keys. No scheduler code here, so
 * the browser bundle stays small.
 */
export const RATING_CHOICES = [
  { rating: 1, label: "Again", meaning: "I did not remember" },
  { rating: 2, label: "Hard", meaning: "I remembered with effort" },
  { rating: 3, label: "Good", meaning: "I remembered" },
  { rating: 4, label: "Easy", meaning: "I knew it at once" },
] as const;

export type RatingChoice = (typeof RATING_CHOICES)[number]["rating"];

export function ratingLabel(rating: number): string {
  return RATING_CHOICES.find((choice) => choice.rating === rating)?.label ?? String(rating);
}
