import { z } from "zod";
import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { saveDraft } from "@/lib/reading/answering";
import { saveDraftSchema } from "@/lib/reading/requests";

/** Save a draft answer (the browser debounces); no grading, no feedback. */
export const PUT = route({ roles: "any", params: idParams("attemptId").extend({ questionId: z.string() }), body: saveDraftSchema, reply: "json" }, async ({ user, params, body }) => ({
  draft: await saveDraft(user, params.attemptId, params.questionId, body),
}));
