/**
 * How a re-asked question's result becomes an FSRS rating. The score says
 * whether it was recalled; confidence separates a lucky guess from knowing.
 *
 *   no points                          → Again
 *   some points, not all (partial)     → Hard
 *   all points, marked a guess (1)     → Hard
 *   all points                         → Good
 *   all points, marked sure (3)        → Easy
 */
import { Rating, type Grade } from "ts-fsrs";
import type { Confidence } from "@/lib/reading/views";

export function ratingForAnswer(result: { score: number; maxScore: number; confidence?: Confidence | null }): Grade {
  if (result.score <= 0) return Rating.Again;
  if (result.score < result.maxScore) return Rating.Hard;
  if (result.confidence === 1) return Rating.Hard;
  if (result.confidence === 3) return Rating.Easy;
  return Rating.Good;
}
