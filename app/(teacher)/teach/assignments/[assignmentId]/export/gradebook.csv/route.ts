import { z } from "zod";
import { csvHeaders } from "@/lib/export/csv";
import { gradebookCsv } from "@/lib/export/gradebook";
import { exportRequest } from "@/lib/export/request";
import { AppError } from "@/lib/errors";

/** `?ungraded=zero`: written answers awaiting review count as 0 (the teacher's choice; by default they are left out). */
const querySchema = z.object({ ungraded: z.enum(["zero"]).optional() });

/** The gradebook CSV: one row per student, a column per question, the score. */
export async function GET(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  return exportRequest(request, params, async (teacher, assignmentId) => {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError("invalid", "Unknown export option.", { ungraded: ["may only be \"zero\""] });
    const { filename, csv } = await gradebookCsv(teacher, assignmentId, { ungradedAsZero: query.data.ungraded === "zero" });
    return new Response(csv, { headers: csvHeaders(filename) });
  });
}
