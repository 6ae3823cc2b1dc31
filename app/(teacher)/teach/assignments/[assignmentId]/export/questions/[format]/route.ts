import { exportRequest } from "@/lib/export/request";
import { questionsDownload } from "@/lib/interop/download";

/** The reading's questions as a QTI 3.0 package, Moodle XML or GIFT (docs/interop.md). */
export async function GET(request: Request, { params }: { params: Promise<{ assignmentId: string; format: string }> }) {
  const { format } = await params;
  return exportRequest(request, params, (teacher, assignmentId) => questionsDownload(teacher, assignmentId, format));
}
