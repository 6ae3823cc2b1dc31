import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { selfCheckSchema, selfCheckWrittenAnswer } from "@/lib/reading/self-check";

/** A self-study reader rates their own written answer against the rubric (practice only). */
export const POST = route({ roles: "any", params: idParams("attemptId"), body: selfCheckSchema, reply: "json" }, async ({ user, params, body }) => ({
  response: await selfCheckWrittenAnswer(user, params.attemptId, body),
}));
