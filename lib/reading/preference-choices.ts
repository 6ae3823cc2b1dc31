/**
 * The choices and defaults of reading preferences, free of dependencies so
 * the reading toolbar does not bundle zod (the schema is in preferences.ts).
 */

export const TEXT_SIZES = ["s", "m", "l", "xl"] as const;
export const THEMES = ["system", "light", "dark"] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type Theme = (typeof THEMES)[number];

/** What preferences.ts's schema accepts (it checks it matches). */
export type ReadingPreferences = { textSize: TextSize; theme: Theme; focusMode: boolean; updatedAt: number };

export const DEFAULT_PREFERENCES: ReadingPreferences = { textSize: "m", theme: "system", focusMode: false, updatedAt: 0 };

export const PREFERENCES_STORAGE_KEY = "closeread:preferences";
