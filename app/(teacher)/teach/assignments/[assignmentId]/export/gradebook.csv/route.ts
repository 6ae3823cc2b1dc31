import { csvHeaders } from "@/lib/export/csv";
import { gradebookCsv } from "@/lib/export/gradebook";
import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";

/** The gradebook CSV: one row per student, a column per question, the total. */
export const GET = route({ roles: ["teacher"], params: idParams("assignmentId"), reply: "download" }, async ({ user, params }) => {
  const { filename, csv } = await gradebookCsv(user, params.assignmentId);
  return new Response(csv, { headers: csvHeaders(filename) });
});
