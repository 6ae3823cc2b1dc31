/**
 * Reading comfort preferences: text size, theme, distraction-free mode.
 * Kept in localStorage on every device and, when signed in, in
 * User.preferences; the newer copy wins (`updatedAt`).
 */
import { z } from "zod";
import { jsonColumn } from "@/lib/db/json-column";
import { TEXT_SIZES, THEMES, type ReadingPreferences } from "./preference-choices";

export const preferencesSchema = z.strictObject({
  textSize: z.enum(TEXT_SIZES),
  theme: z.enum(THEMES),
  focusMode: z.boolean(),
  /** ms since the epoch of the last change. */
  updatedAt: z.number().int().nonnegative(),
}) satisfies z.ZodType<ReadingPreferences>;

/** User.preferences. */
export const preferencesColumn = jsonColumn("User.preferences", preferencesSchema);
