/**
 * The teacher's "Export questions" downloads: the question bank of an
 * assignment's reading in one format, for the teacher who owns the
 * assignment. The export report's summary travels in a header; the report
 * itself is inside the file (report.txt in the QTI zip, a comment atop the
 * Moodle XML and GIFT files).
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { ownedAssignment } from "@/lib/auth/owned";
import { getQuestions, getReading } from "@/lib/content/load";
import { AppError } from "@/lib/errors";
import { attachmentHeaders } from "@/lib/export/attachment";
import type { QuestionBank } from "./bank";
import { inQuestionSet } from "@/lib/assignments/question-set";
import { exportFile, interopFormatSchema } from "./files";
import { reportSummary } from "./report";

export const REPORT_HEADER = "X-Closeread-Export-Report";

export async function assignmentQuestionBank(viewer: SessionUser, assignmentId: string): Promise<QuestionBank> {
  const assignment = await ownedAssignment(viewer, assignmentId);
  const reading = await getReading(assignment.readingSlug);
  const bank = reading && getQuestions(reading);
  if (!reading || !bank) throw new AppError("not_found", "This assignment's reading is no longer in the content folder.");
  // The assignment's own questions: what the class was given.
  return { reading, questions: inQuestionSet(bank, assignment) };
}

/** `format` as it came in the URL: one of interopFormatSchema's, or a 404. */
export async function questionsDownload(viewer: SessionUser, assignmentId: string, format: string): Promise<Response> {
  const parsed = interopFormatSchema.safeParse(format);
  if (!parsed.success) throw new AppError("not_found", "There is no such export format.");
  const file = exportFile(await assignmentQuestionBank(viewer, assignmentId), parsed.data);
  return new Response(file.body, {
    headers: { ...attachmentHeaders(file.filename, file.contentType), [REPORT_HEADER]: reportSummary(file.report) },
  });
}
