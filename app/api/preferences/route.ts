import { route } from "@/lib/http/route";
import { preferencesSchema } from "@/lib/reading/preferences";
import { saveUserPreferences } from "@/lib/reading/user-preferences";

/** Save the signed-in user's reading preferences (text size, theme, distraction-free mode). */
export const PUT = route({ roles: "any", body: preferencesSchema, reply: "json" }, async ({ user, body }) => ({
  preferences: await saveUserPreferences(user, body),
}));
