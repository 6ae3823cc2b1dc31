import { z } from "zod";
import { csvHeaders } from "@/lib/export/csv";
import { gradebookCsv } from "@/lib/export/gradebook";
import { AppError } from "@/lib/errors";
import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";

/** `?ungraded=zero`: written answers awaiting review count as 0 (the teacher's choice; by default they are left out). */
const querySchema = z.object({ ungraded: z.enum(["zero"]).optional() });

/** The gradebook CSV: one row per student, a column per question, the score. */
export const GET = route({ roles: ["teacher"], params: idParams("assignmentId"), reply: "download" }, async ({ user, params, request }) => {
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError("invalid", "Unknown export option.", { ungraded: ["may only be \"zero\""] });
  const { filename, csv } = await gradebookCsv(user, params.assignmentId, { ungradedAsZero: query.data.ungraded === "zero" });
  return new Response(csv, { headers: csvHeaders(filename) });
});
