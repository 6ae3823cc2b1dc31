/**
 * Spaced-review scheduling through ts-fsrs (FSRS). This module only converts
 * between the library's card and our ReviewCard columns; every interval and
 * memory figure comes from the library. The clock is always passed in.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from "ts-fsrs";
import type { ReviewCard } from "@/lib/generated/prisma/client";

/** The FSRS columns of a ReviewCard row. */
export type CardSchedule = Pick<
  ReviewCard,
  | "due"
  | "stability"
  | "difficulty"
  | "elapsedDays"
  | "scheduledDays"
  | "learningSteps"
  | "reps"
  | "lapses"
  | "state"
  | "lastReview"
>;

/** What a ReviewLog row records of one review (the card as it was before it). */
export interface ReviewLogFields {
  rating: Grade;
  state: State;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
}

export { Rating, State, type Grade };

/** The four ratings a learner can give, in button and key order (1–4). */
export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

/**
 * Default FSRS parameters (90 % requested retention, 1 and 10 minute learning
 * steps). Fuzz spreads cards learned together over nearby days; ts-fsrs seeds
 * it from the review time and card state, so a fixed clock gives fixed dates.
 */
const scheduler = fsrs({ enable_fuzz: true });

function toLibraryCard(card: CardSchedule): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: card.lastReview ?? undefined,
  };
}

function fromLibraryCard(card: Card): CardSchedule {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** A card never reviewed: new, and due at once. */
export function newCardSchedule(now: Date): CardSchedule {
  return fromLibraryCard(createEmptyCard(now));
}

/** The card after a review rated `rating` at `now`, and the log of that review. */
export function scheduleReview(
  card: CardSchedule,
  rating: Grade,
  now: Date,
): { card: CardSchedule; log: ReviewLogFields } {
  const { card: next, log } = scheduler.next(toLibraryCard(card), now, rating);
  return {
    card: fromLibraryCard(next),
    log: {
      rating,
      state: log.state,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      reviewedAt: log.review,
    },
  };
}

/** When the card would next be due for each rating (shown on the rating buttons). */
export function previewDueDates(card: CardSchedule, now: Date): Record<Grade, Date> {
  const preview = scheduler.repeat(toLibraryCard(card), now);
  return {
    [Rating.Again]: preview[Rating.Again].card.due,
    [Rating.Hard]: preview[Rating.Hard].card.due,
    [Rating.Good]: preview[Rating.Good].card.due,
    [Rating.Easy]: preview[Rating.Easy].card.due,
  };
}
