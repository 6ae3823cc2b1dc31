import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { getAttemptState } from "@/lib/reading/attempts";

/** The attempt's answers and drafts, for resuming on another device. */
export const GET = route({ roles: "any", params: idParams("attemptId"), reply: "json" }, ({ user, params }) => getAttemptState(user, params.attemptId));
