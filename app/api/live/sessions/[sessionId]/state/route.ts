import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { followLiveSession, studentLiveProgress } from "@/lib/live/sessions";

/** The lesson's state (and a student's own progress in it): what a page polls when its event stream cannot connect. */
export const GET = route({ roles: ["teacher", "student"], params: idParams("sessionId"), reply: "json" }, async ({ user, params }) => {
  const { state, assignment } = await followLiveSession(user, params.sessionId);
  return { state, progress: user.role === "student" ? await studentLiveProgress(user, state, assignment) : null };
});
