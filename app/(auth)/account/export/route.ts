import { exportOwnData } from "@/lib/accounts/own-data";
import { attachmentHeaders } from "@/lib/export/attachment";
import { route } from "@/lib/http/route";

/** Everything closeread holds about the signed-in user, as a JSON download (their own only: the route names nobody). */
export const GET = route({ roles: "any", reply: "download" }, async ({ user }) => {
  const data = await exportOwnData(user);
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), { headers: attachmentHeaders(`closeread-my-data-${day}.json`, "application/json; charset=utf-8") });
});
