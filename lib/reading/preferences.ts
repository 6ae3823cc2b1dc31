/**
 * Reading comfort preferences: text size, theme, distraction-free mode.
 * Kept in localStorage on every device and, when signed in, in
 * User.preferences; the newer copy wins (`updatedAt`).
 */
import { z } from "zod";
import { TEXT_SIZES, THEMES } from "./preference-choices";

export const preferencesSchema = z.strictObject({
  textSize: z.enum(TEXT_SIZES),
  theme: z.enum(THEMES),
  focusMode: z.boolean(),
  /** ms since the epoch of the last change. */
  updatedAt: z.number().int().nonnegative(),
});

export type ReadingPreferences = z.infer<typeof preferencesSchema>;

/** Stored preferences, or null when missing or not in today's shape. */
export function parsePreferences(value: unknown): ReadingPreferences | null {
  return preferencesSchema.safeParse(value).data ?? null;
}
