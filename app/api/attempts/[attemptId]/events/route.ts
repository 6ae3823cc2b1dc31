import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { recordVisibleTime } from "@/lib/reading/attempts";
import { visibleTimeSchema } from "@/lib/reading/requests";

/** Visible time on a chunk, sent with navigator.sendBeacon (as an application/json Blob) when the page is hidden or left. */
export const POST = route({ roles: "any", params: idParams("attemptId"), body: visibleTimeSchema, reply: "json" }, async ({ user, params, body }) => {
  await recordVisibleTime(user, params.attemptId, body);
  return new Response(null, { status: 204 });
});
