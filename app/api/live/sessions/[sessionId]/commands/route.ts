import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { controlLiveSession } from "@/lib/live/sessions";
import { liveCommandSchema } from "@/lib/live/state";

/** The class's teacher moves the lesson on: the next chunk, its questions, the answers on the projector, a discussion, the end. */
export const POST = route({ roles: ["teacher"], params: idParams("sessionId"), body: liveCommandSchema, reply: "json" }, async ({ user, params, body }) => ({
  state: await controlLiveSession(user, params.sessionId, body),
}));
