import { jsonResponse } from "@/lib/http/responses";
import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { submitResponse } from "@/lib/reading/answering";
import { submitResponseSchema } from "@/lib/reading/requests";

/** Submit one answer: graded and stored once; a repeat returns the stored result. */
export const POST = route({ roles: "any", params: idParams("attemptId"), body: submitResponseSchema, reply: "json" }, async ({ user, params, body }) => {
  const { response, created } = await submitResponse(user, params.attemptId, body);
  return jsonResponse({ response }, created ? 201 : 200);
});
