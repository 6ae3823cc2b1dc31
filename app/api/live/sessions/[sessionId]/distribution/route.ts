import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { liveAnswerDistribution } from "@/lib/live/distribution";

/** The class's answers to the current chunk's questions by authored letter, for the projector; the class's teacher only. */
export const GET = route({ roles: ["teacher"], params: idParams("sessionId"), reply: "json" }, async ({ user, params }) => ({
  questions: await liveAnswerDistribution(user, params.sessionId),
}));
