import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { ReadingPreferences } from "./preference-choices";
import { preferencesColumn } from "./preferences";

/** The signed-in user's saved reading preferences, or null. */
export async function getUserPreferences(user: SessionUser): Promise<ReadingPreferences | null> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { preferences: true } });
  if (!row?.preferences) return null;
  // Preferences saved in an older shape are simply not applied: the reader chooses again.
  try {
    return preferencesColumn.read(row.preferences);
  } catch {
    return null;
  }
}

/** Saves preferences unless the stored ones are newer (another device changed them since). */
export async function saveUserPreferences(user: SessionUser, preferences: ReadingPreferences): Promise<ReadingPreferences> {
  const current = await getUserPreferences(user);
  if (current && current.updatedAt > preferences.updatedAt) return current;
  await db.user.update({ where: { id: user.id }, data: { preferences: preferencesColumn.write(preferences) } });
  return preferences;
}
