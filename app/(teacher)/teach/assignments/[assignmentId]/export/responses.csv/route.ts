import { csvHeaders } from "@/lib/export/csv";
import { exportRequest } from "@/lib/export/request";
import { responsesCsv } from "@/lib/export/responses";

/** Every response, one row each (long format), streamed. */
export async function GET(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  return exportRequest(request, params, async (teacher, assignmentId) => {
    const { filename, stream } = await responsesCsv(teacher, assignmentId);
    return new Response(stream, { headers: csvHeaders(filename) });
  });
}
