/**
 * A learner's review settings: how many new cards a day may bring (as Anki
 * caps new cards, so a long reading missed in one sitting does not bury the
 * next days under reviews) and whether glossary terms become flashcards (an
 * opt-in: most learners come to review the questions they missed).
 */
import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

export const NEW_CARDS_PER_DAY_DEFAULT = 20;
export const NEW_CARDS_PER_DAY_MAX = 200;

export type ReviewSettings = { newCardsPerDay: number; glossaryCards: boolean };

export const reviewSettingsSchema = z.object({
  newCardsPerDay: z.coerce
    .number("Enter a number.")
    .int("Enter a whole number.")
    .min(0, "Enter 0 or more (0: no new cards, only reviews).")
    .max(NEW_CARDS_PER_DAY_MAX, `Enter at most ${NEW_CARDS_PER_DAY_MAX}.`),
  // A checkbox sends "on" when ticked and nothing when not.
  glossaryCards: z.literal("on").optional().transform((value) => value === "on"),
});

export async function getReviewSettings(learner: SessionUser): Promise<ReviewSettings> {
  return db.user.findUniqueOrThrow({ where: { id: learner.id }, select: { newCardsPerDay: true, glossaryCards: true } });
}

export async function updateReviewSettings(learner: SessionUser, settings: ReviewSettings): Promise<void> {
  await db.user.update({ where: { id: learner.id }, data: settings });
}
