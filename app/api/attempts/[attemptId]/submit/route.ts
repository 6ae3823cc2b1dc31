import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { submitAttempt } from "@/lib/reading/attempts";
import { emptyBodySchema } from "@/lib/reading/requests";

/** Submit the whole reading (releases feedback in after_submit mode). */
export const POST = route({ roles: "any", params: idParams("attemptId"), body: emptyBodySchema, reply: "json" }, ({ user, params }) =>
  submitAttempt(user, params.attemptId),
);
