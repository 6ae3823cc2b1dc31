import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { followLiveSession } from "@/lib/live/sessions";
import { liveEventStream, resumeSeq } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

/** The lesson as Server-Sent Events, resumed after Last-Event-ID (lib/live/stream.ts). */
export const GET = route({ roles: ["teacher", "student"], params: idParams("sessionId"), reply: "json" }, async ({ user, params, request }) => {
  await followLiveSession(user, params.sessionId);
  return liveEventStream(params.sessionId, resumeSeq(request), request.signal);
});
