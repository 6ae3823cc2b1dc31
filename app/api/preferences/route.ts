import { handleJsonRequest, jsonResponse } from "@/lib/http/json-route";
import { preferencesSchema } from "@/lib/reading/preferences";
import { saveUserPreferences } from "@/lib/reading/user-preferences";

/** Save the signed-in user's reading preferences (text size, theme, distraction-free mode). */
export async function PUT(request: Request) {
  return handleJsonRequest(request, preferencesSchema, async ({ user, input }) =>
    jsonResponse({ preferences: await saveUserPreferences(user, input) }),
  );
}
