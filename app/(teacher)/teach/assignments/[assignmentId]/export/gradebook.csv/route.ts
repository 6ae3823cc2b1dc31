import { csvHeaders } from "@/lib/export/csv";
import { gradebookCsv } from "@/lib/export/gradebook";
import { exportRequest } from "@/lib/export/request";

/** The gradebook CSV: one row per student, a column per question, the total. */
export async function GET(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  return exportRequest(request, params, async (teacher, assignmentId) => {
    const { filename, csv } = await gradebookCsv(teacher, assignmentId);
    return new Response(csv, { headers: csvHeaders(filename) });
  });
}
