import { z } from "zod";
import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { activeLiveSession, startLiveSession } from "@/lib/live/sessions";

/** The running live lesson on the assignment, or null: how a student's page finds the lesson to follow. */
export const GET = route({ roles: "any", params: idParams("assignmentId"), reply: "json" }, async ({ user, params }) => ({
  state: await activeLiveSession(user, params.assignmentId),
}));

/** The teacher starts a live lesson (or rejoins the one running). */
export const POST = route({ roles: ["teacher"], params: idParams("assignmentId"), body: z.object({}), reply: "json" }, async ({ user, params }) => ({
  state: await startLiveSession(user, params.assignmentId),
}));
