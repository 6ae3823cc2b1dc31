import "server-only";
import { assertRole, teacherClasses } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { generateJoinCode } from "@/lib/classes/join-code";
import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

const NOT_YOUR_CLASS = "That class does not exist or is not yours.";

/**
 * Changes one of the teacher's classes. The where clause holds the owner, so
 * another teacher's class reads exactly like one that does not exist.
 */
async function updateOwnedClassroom(actor: SessionUser, classId: string, data: Prisma.ClassroomUpdateManyMutationInput) {
  const { count } = await db.classroom.updateMany({ where: { id: classId, ...teacherClasses(actor) }, data });
  if (count === 0) throw new AppError("not_found", NOT_YOUR_CLASS);
}

/** Tries fresh codes until one is free (a clash is rare: 887 million codes). */
async function withFreshJoinCode<T>(write: (joinCode: string) => Promise<T>): Promise<T> {
  for (let tries = 0; tries < 5; tries++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("Could not find a free join code");
}

export async function createClassroom(actor: SessionUser, input: { name: string; requireApproval: boolean }) {
  assertRole(actor, "teacher");
  return withFreshJoinCode((joinCode) =>
    db.classroom.create({
      data: { teacherId: actor.id, name: input.name, requireApproval: input.requireApproval, joinCode },
      select: { id: true },
    }),
  );
}

export async function renameClassroom(actor: SessionUser, classId: string, name: string): Promise<void> {
  await updateOwnedClassroom(actor, classId, { name });
}

/** Archiving hides the class from its students and closes joining; restoring reopens neither automatically. */
export async function setClassroomArchived(actor: SessionUser, classId: string, archived: boolean): Promise<void> {
  await updateOwnedClassroom(actor, classId, archived ? { archivedAt: new Date(), joinOpen: false } : { archivedAt: null });
}

/** A new join code: the old one stops working at once. */
export async function regenerateJoinCode(actor: SessionUser, classId: string): Promise<void> {
  await withFreshJoinCode((joinCode) => updateOwnedClassroom(actor, classId, { joinCode }));
}

export async function updateJoinSettings(
  actor: SessionUser,
  classId: string,
  settings: { joinOpen?: boolean; requireApproval?: boolean },
): Promise<void> {
  await updateOwnedClassroom(actor, classId, settings);
}
