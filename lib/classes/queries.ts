import "server-only";
import { studentEnrollments, teacherClasses } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

/** The teacher's classes, newest first, with how many students are in and waiting. */
export async function listTeacherClassrooms(actor: SessionUser) {
  const classrooms = await db.classroom.findMany({
    where: teacherClasses(actor),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      joinCode: true,
      joinOpen: true,
      archivedAt: true,
      enrollments: { select: { status: true } },
      _count: { select: { assignments: true } },
    },
  });
  return classrooms.map(({ enrollments, _count, ...classroom }) => ({
    ...classroom,
    studentCount: enrollments.filter((enrollment) => enrollment.status === "active").length,
    pendingCount: enrollments.filter((enrollment) => enrollment.status === "pending").length,
    assignmentCount: _count.assignments,
  }));
}

/** One of the teacher's classes with its roster and assignments, or null (not theirs, or no such class). */
export async function getTeacherClassroom(actor: SessionUser, classId: string) {
  return db.classroom.findFirst({
    where: { id: classId, ...teacherClasses(actor) },
    include: {
      enrollments: {
        orderBy: { student: { displayName: "asc" } },
        select: {
          status: true,
          createdAt: true,
          student: { select: { id: true, displayName: true, username: true } },
        },
      },
      assignments: { orderBy: [{ createdAt: "desc" }] },
    },
  });
}

export type TeacherClassroom = NonNullable<Awaited<ReturnType<typeof getTeacherClassroom>>>;

/**
 * The classes a student belongs to or asked to join (archived ones hidden);
 * for active ones, each assignment with the student's latest attempt.
 */
export async function listStudentClasses(actor: SessionUser) {
  const enrollments = await db.enrollment.findMany({
    where: { ...studentEnrollments(actor), classroom: { archivedAt: null } },
    orderBy: { createdAt: "asc" },
    select: {
      status: true,
      classroom: {
        select: {
          id: true,
          name: true,
          teacher: { select: { displayName: true } },
          assignments: {
            orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
            select: {
              id: true,
              readingSlug: true,
              dueAt: true,
              closedAt: true,
              attempts: {
                where: { userId: actor.id },
                orderBy: { number: "desc" },
                take: 1,
                select: { submittedAt: true, late: true },
              },
            },
          },
        },
      },
    },
  });
  return enrollments.map(({ status, classroom }) => ({
    id: classroom.id,
    name: classroom.name,
    teacherName: classroom.teacher.displayName,
    pending: status === "pending",
    // A pending student sees nothing of the class until the teacher approves.
    assignments:
      status === "active"
        ? classroom.assignments.map(({ attempts, ...assignment }) => ({ ...assignment, latestAttempt: attempts[0] ?? null }))
        : [],
  }));
}

export type StudentClass = Awaited<ReturnType<typeof listStudentClasses>>[number];
