import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { routeId } from "@/lib/pages";
import { exportStudentData } from "@/lib/students/queries";

/** A student's data in this teacher's classes, as a JSON download. */
export async function GET(_request: Request, { params }: { params: Promise<{ classId: string; studentId: string }> }) {
  const user = await requireUser(["teacher"]);
  const { classId, studentId } = await params;
  const data = await exportStudentData(user, routeId(classId), routeId(studentId));
  if (!data) notFound();
  const filename = `closeread-${data.student.username ?? "student"}.json`;
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
