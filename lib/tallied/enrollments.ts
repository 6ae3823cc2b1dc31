/**
 * Writes to class memberships, and the deletions that take a student's work
 * with them. Only an active member's latest attempts count in a class's
 * reports, so joining, approval, removal and deletion each move the tallies
 * of that student's work in the class; a pending membership counts nothing.
 * Callers check who may make the change.
 */
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { keepTallies, withTallies } from "./tallies";

type Tx = Prisma.TransactionClient;
export type MembershipStatus = "active" | "pending";

/** A student's attempts at the assignments of one class (their work there, which joining or leaving moves). */
function attemptsInClass(studentId: string, classroomId: string) {
  return async (tx: Tx) =>
    (await tx.attempt.findMany({ where: { userId: studentId, assignment: { classroomId } }, select: { id: true } })).map((a) => a.id);
}

/** A student joins a class; a student rejoining one they were removed from brings their earlier work back into its reports. */
export async function joinClass(studentId: string, classroomId: string, status: MembershipStatus): Promise<void> {
  await withTallies(attemptsInClass(studentId, classroomId), (tx) => tx.enrollment.create({ data: { classroomId, studentId, status } }));
}

/** A new student account that joins a class with it (they have no work yet, so nothing is counted). */
export async function createStudentInClass(
  student: { username: string; displayName: string; passwordHash: string },
  classroomId: string,
  status: MembershipStatus,
): Promise<void> {
  await db.user.create({ data: { role: "student", ...student, enrollments: { create: { classroomId, status } } } });
}

/** Puts a student in the class as active, whatever their earlier status (work they did there before counts again). */
export async function activateMembership(studentId: string, classroomId: string): Promise<void> {
  await withTallies(attemptsInClass(studentId, classroomId), (tx) =>
    tx.enrollment.upsert({
      where: { classroomId_studentId: { classroomId, studentId } },
      create: { classroomId, studentId, status: "active" },
      update: { status: "active" },
    }),
  );
}

/** Takes a student out of a class; their account and work stay, out of its reports. */
export async function removeMembership(studentId: string, classroomId: string): Promise<void> {
  await withTallies(attemptsInClass(studentId, classroomId), (tx) =>
    tx.enrollment.delete({ where: { classroomId_studentId: { classroomId, studentId } } }),
  );
}

/** Turns down requests to join (pending memberships: they count nothing). */
export async function deletePendingMemberships(enrollmentIds: string[]): Promise<void> {
  await db.enrollment.deleteMany({ where: { id: { in: enrollmentIds }, status: "pending" } });
}

/**
 * Moves an account's memberships to another account (an LMS identity
 * linked to the person's own account), in the caller's transaction: the
 * target's work in those classes may count from now on.
 */
export async function moveMemberships(tx: Tx, fromUserId: string, toUserId: string): Promise<void> {
  const memberships = await tx.enrollment.findMany({ where: { studentId: fromUserId }, select: { classroomId: true, status: true } });
  const classroomIds = memberships.map((row) => row.classroomId);
  const work = async () =>
    (await tx.attempt.findMany({ where: { userId: toUserId, assignment: { classroomId: { in: classroomIds } } }, select: { id: true } })).map((a) => a.id);
  await keepTallies(tx, work, async () => {
    for (const row of memberships) {
      await tx.enrollment.upsert({
        where: { classroomId_studentId: { classroomId: row.classroomId, studentId: toUserId } },
        create: { classroomId: row.classroomId, studentId: toUserId, status: row.status },
        update: { status: row.status },
      });
    }
  });
}

/**
 * Deletes a student's work and memberships within a teacher's reach
 * (`work`: their attempts there; `memberships`: their enrollments there),
 * taking it out of the reports.
 */
export async function deleteStudentWork(work: Prisma.AttemptWhereInput, memberships: Prisma.EnrollmentWhereInput): Promise<void> {
  await withTallies(
    async (tx) => (await tx.attempt.findMany({ where: work, select: { id: true } })).map((attempt) => attempt.id),
    async (tx) => {
      await tx.attempt.deleteMany({ where: work });
      await tx.enrollment.deleteMany({ where: memberships });
    },
  );
}

/** Deletes an account with its attempts (`ownWork`), memberships and everything else of theirs, out of every report. */
export async function deleteAccount(userId: string, ownWork: Prisma.AttemptWhereInput): Promise<void> {
  await withTallies(
    async (tx) => (await tx.attempt.findMany({ where: ownWork, select: { id: true } })).map((attempt) => attempt.id),
    async (tx) => {
      await tx.attempt.deleteMany({ where: ownWork });
      await tx.user.delete({ where: { id: userId } });
    },
  );
}
