import { jsonResponse } from "@/lib/http/responses";
import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { startAgain } from "@/lib/reading/attempts";
import { emptyBodySchema } from "@/lib/reading/requests";

/** Start the next attempt, while the assignment allows one. */
export const POST = route({ roles: "any", params: idParams("attemptId"), body: emptyBodySchema, reply: "json" }, async ({ user, params }) =>
  jsonResponse(await startAgain(user, params.attemptId), 201),
);
