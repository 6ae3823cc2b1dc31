/**
 * What the review endpoint accepts. `reps` is the number of reviews the
 * card had when the browser showed it: a second submission of the same
 * review (double click, a retry, another device) no longer matches and
 * changes nothing.
 */
import { z } from "zod";
import { confidenceSchema } from "@/lib/reading/requests";

const reps = z.number().int().min(0).max(100_000);

export const flashcardReviewSchema = z.strictObject({
  kind: z.literal("glossary"),
  reps,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: "Choose Again (1), Hard (2), Good (3) or Easy (4).",
  }),
});

export const questionReviewSchema = z.strictObject({
  kind: z.literal("question"),
  reps,
  answer: z.unknown(),
  confidence: confidenceSchema.nullish(),
});

export const reviewSubmissionSchema = z.discriminatedUnion("kind", [flashcardReviewSchema, questionReviewSchema], {
  error: "A review is a flashcard rating or an answer to a question.",
});

export type ReviewSubmission = z.infer<typeof reviewSubmissionSchema>;
