import { csvHeaders } from "@/lib/export/csv";
import { responsesCsv } from "@/lib/export/responses";
import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";

/** Every response, one row each (long format), streamed. */
export const GET = route({ roles: ["teacher"], params: idParams("assignmentId"), reply: "download" }, async ({ user, params }) => {
  const { filename, stream } = await responsesCsv(user, params.assignmentId);
  return new Response(stream, { headers: csvHeaders(filename) });
});
