import { AppError } from "@/lib/errors";
import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { exportStudentData } from "@/lib/students/queries";

/** A student's data in this teacher's classes, as a JSON download. */
export const GET = route(
  { roles: ["teacher"], params: idParams("classId", "studentId"), reply: "download" },
  async ({ user, params }) => {
    const data = await exportStudentData(user, params.classId, params.studentId);
    if (!data) throw new AppError("not_found", "That student is not in this class, or the class is not yours.");
    const filename = `closeread-${data.student.username ?? "student"}.json`;
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
