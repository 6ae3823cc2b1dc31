/**
 * Co-teachers: a class's other teachers, who see and teach it like its
 * owner (lib/auth/scopes.ts teacherClasses). Only the owner adds or removes
 * them; the LMS adds a course's other instructors (lib/lti).
 */
import "server-only";
import { ownedClasses, teacherClasses } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { userLookup } from "@/lib/auth/credentials";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

const NOT_OWNER = "That class does not exist, or only its owner can change its teachers.";

async function assertOwner(actor: SessionUser, classId: string): Promise<void> {
  const owned = await db.classroom.count({ where: { id: classId, ...ownedClasses(actor) } });
  if (!owned) throw new AppError("not_found", NOT_OWNER);
}

/** Adds the teacher with this username or email; returns their name. Anyone but a teacher account reads as unknown. */
export async function addCoTeacher(actor: SessionUser, classId: string, identifier: string): Promise<string> {
  await assertOwner(actor, classId);
  const teacher = await db.user.findFirst({ where: { ...userLookup(identifier), role: "teacher" }, select: { id: true, displayName: true } });
  if (!teacher) throw new AppError("not_found", "No teacher has that username or email.", { identifier: ["No teacher has that username or email."] });
  if (teacher.id === actor.id) throw new AppError("conflict", "You already teach this class.", { identifier: ["That is you: you own this class."] });
  await addClassTeacher(classId, teacher.id);
  return teacher.displayName;
}

/** The owner removes a co-teacher: from then on, the class reads to them as one that does not exist. */
export async function removeCoTeacher(actor: SessionUser, classId: string, teacherId: string): Promise<void> {
  await assertOwner(actor, classId);
  await db.classTeacher.deleteMany({ where: { classroomId: classId, teacherId } });
}

/** A class's co-teachers, for any of its teachers; and whether the actor owns it. */
export async function listCoTeachers(actor: SessionUser, classId: string) {
  const classroom = await db.classroom.findFirst({
    where: { id: classId, ...teacherClasses(actor) },
    select: {
      teacherId: true,
      teacher: { select: { displayName: true } },
      coTeachers: { orderBy: { createdAt: "asc" }, select: { teacher: { select: { id: true, displayName: true } } } },
    },
  });
  if (!classroom) throw new AppError("not_found", "That class does not exist or is not yours.");
  return {
    owner: classroom.teacher.displayName,
    isOwner: classroom.teacherId === actor.id,
    coTeachers: classroom.coTeachers.map((row) => row.teacher),
  };
}

/** Makes the teacher a co-teacher unless they already teach the class (owner or co-teacher). No actor: the caller has authorized it. */
export async function addClassTeacher(classId: string, teacherId: string): Promise<void> {
  const owner = await db.classroom.count({ where: { id: classId, teacherId } });
  if (owner) return;
  await db.classTeacher.upsert({
    where: { classroomId_teacherId: { classroomId: classId, teacherId } },
    create: { classroomId: classId, teacherId },
    update: {},
  });
}
