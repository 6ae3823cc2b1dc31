/**
 * The bodies the reading endpoints accept (docs/reading-api.md). The answer
 * itself is checked against its question afterwards (lib/scoring/answers.ts).
 */
import { z } from "zod";
import { contentIdSchema } from "@/lib/content/schema";
import { MAX_VISIBLE_MS_PER_REPORT } from "./limits";

export const confidenceSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: "must be 1 (guessing), 2 (fairly sure) or 3 (sure)",
});

const contentId = contentIdSchema.max(100);

export const submitResponseSchema = z.strictObject({
  questionId: contentId,
  answer: z.unknown(),
  confidence: confidenceSchema.nullish(),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, "must be 8 to 100 letters, digits, - or _"),
});

export const saveDraftSchema = z.strictObject({
  answer: z.unknown(),
  confidence: confidenceSchema.nullish(),
});

export const visibleTimeSchema = z.strictObject({
  chunkId: contentId,
  visibleMs: z.number().int().positive().max(MAX_VISIBLE_MS_PER_REPORT),
});

export const emptyBodySchema = z.strictObject({});

export type SubmitResponseInput = z.output<typeof submitResponseSchema>;
export type SaveDraftInput = z.output<typeof saveDraftSchema>;
export type VisibleTimeInput = z.output<typeof visibleTimeSchema>;
