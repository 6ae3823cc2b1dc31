import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { followLiveSession } from "@/lib/live/sessions";
import { liveEventStream, resumeSeq } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

/** The lesson as Server-Sent Events, resumed after Last-Event-ID (lib/live/stream.ts). */
export const GET = route({ roles: ["teacher", "student"], params: idParams("sessionId"), reply: "json" }, async ({ user, params, request }) => {
  const { state } = await followLiveSession(user, params.sessionId);
  const after = resumeSeq(request);
  // 204 tells EventSource to stop reconnecting: the lesson ended and the browser has seen it end.
  if (state.status === "ended" && after >= state.seq) return new Response(null, { status: 204 });
  return liveEventStream(params.sessionId, after, request.signal);
});
