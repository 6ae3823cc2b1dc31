import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { ratingForAnswer } from "./rating";

describe("rating a re-asked question from its score and confidence", () => {
  it.each([
    [{ score: 0, maxScore: 1 }, Rating.Again],
    [{ score: 0, maxScore: 1, confidence: 3 as const }, Rating.Again],
    [{ score: 0.5, maxScore: 1 }, Rating.Hard],
    [{ score: 0.5, maxScore: 1, confidence: 3 as const }, Rating.Hard],
    [{ score: 1, maxScore: 1, confidence: 1 as const }, Rating.Hard],
    [{ score: 1, maxScore: 1 }, Rating.Good],
    [{ score: 1, maxScore: 1, confidence: 2 as const }, Rating.Good],
    [{ score: 1, maxScore: 1, confidence: 3 as const }, Rating.Easy],
  ])("%o → %i", (result, rating) => {
    expect(ratingForAnswer(result)).toBe(rating);
  });
});
