/**
 * Reading comfort preferences: text size, theme, distraction-free mode.
 * Kept in localStorage on every device and, when signed in, in
 * User.preferences; the newer copy wins (`updatedAt`).
 */
import { z } from "zod";

export const TEXT_SIZES = ["s", "m", "l", "xl"] as const;
export const THEMES = ["system", "light", "dark"] as const;

export const preferencesSchema = z.strictObject({
  textSize: z.enum(TEXT_SIZES),
  theme: z.enum(THEMES),
  focusMode: z.boolean(),
  /** ms since the epoch of the last change. */
  updatedAt: z.number().int().nonnegative(),
});

export type ReadingPreferences = z.infer<typeof preferencesSchema>;
export type TextSize = (typeof TEXT_SIZES)[number];
export type Theme = (typeof THEMES)[number];

export const DEFAULT_PREFERENCES: ReadingPreferences = { textSize: "m", theme: "system", focusMode: false, updatedAt: 0 };

export const PREFERENCES_STORAGE_KEY = "closeread:preferences";

/** Stored preferences, or null when missing or not in today's shape. */
export function parsePreferences(value: unknown): ReadingPreferences | null {
  return preferencesSchema.safeParse(value).data ?? null;
}
