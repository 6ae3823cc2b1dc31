import "server-only";
import { teacherAssignments } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

/** One of the teacher's assignments with its class, or null. */
export async function getTeacherAssignment(actor: SessionUser, assignmentId: string) {
  return db.assignment.findFirst({
    where: { id: assignmentId, ...teacherAssignments(actor) },
    include: { classroom: { select: { id: true, name: true } }, _count: { select: { attempts: true } } },
  });
}
