/**
 * A small school for authorization tests: two teachers with a class each,
 * a student in each class, a student waiting for approval in the first, a
 * self-study learner, and an assignment in each class.
 */
import type { SessionUser } from "@/lib/auth/current-user";
import { generateJoinCode } from "@/lib/classes/join-code";
import { db } from "@/lib/db/client";

export const ACTORS = ["anonymous", "student", "otherStudent", "teacher", "otherTeacher", "learner"] as const;
export type Actor = (typeof ACTORS)[number];

let counter = 0;

export async function createWorld(passwordHash: string | null = null) {
  const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`;
  const user = (role: SessionUser["role"], name: string) =>
    db.user.create({
      data: {
        role,
        displayName: name,
        passwordHash,
        ...(role === "student" ? { username: `${name.toLowerCase()}-${tag}` } : { email: `${name.toLowerCase()}-${tag}@example.org` }),
      },
    });
  const [teacher, otherTeacher, student, otherStudent, pendingStudent, learner] = await Promise.all([
    user("teacher", "Teacher"),
    user("teacher", "OtherTeacher"),
    user("student", "Student"),
    user("student", "OtherStudent"),
    user("student", "Pending"),
    user("learner", "Learner"),
  ]);
  const classroom = await db.classroom.create({ data: { teacherId: teacher.id, name: "Class A", joinCode: generateJoinCode() } });
  const otherClassroom = await db.classroom.create({ data: { teacherId: otherTeacher.id, name: "Class B", joinCode: generateJoinCode() } });
  await db.enrollment.createMany({
    data: [
      { classroomId: classroom.id, studentId: student.id, status: "active" },
      { classroomId: classroom.id, studentId: pendingStudent.id, status: "pending" },
      { classroomId: otherClassroom.id, studentId: otherStudent.id, status: "active" },
    ],
  });
  const assignment = await db.assignment.create({ data: { classroomId: classroom.id, readingSlug: "test-reading" } });
  const otherAssignment = await db.assignment.create({ data: { classroomId: otherClassroom.id, readingSlug: "test-reading" } });
  const sessionUsers: Record<Exclude<Actor, "anonymous">, SessionUser> = {
    teacher: { id: teacher.id, role: "teacher", displayName: teacher.displayName },
    otherTeacher: { id: otherTeacher.id, role: "teacher", displayName: otherTeacher.displayName },
    student: { id: student.id, role: "student", displayName: student.displayName },
    otherStudent: { id: otherStudent.id, role: "student", displayName: otherStudent.displayName },
    learner: { id: learner.id, role: "learner", displayName: learner.displayName },
  };
  return { tag, classroom, otherClassroom, student, otherStudent, pendingStudent, teacher, otherTeacher, learner, assignment, otherAssignment, sessionUsers };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/** Everything the actions can change, without timestamps that move on every write, to prove a refusal changed nothing. */
export async function snapshot(): Promise<string> {
  const [users, classrooms, enrollments, assignments] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, displayName: true, passwordHash: true, passwordChangedAt: true } }),
    db.classroom.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, joinCode: true, joinOpen: true, requireApproval: true, archivedAt: true } }),
    db.enrollment.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    db.assignment.findMany({
      orderBy: { id: "asc" },
      select: { id: true, dueAt: true, feedbackMode: true, unlockInOrder: true, attemptsAllowed: true, closedAt: true },
    }),
  ]);
  return JSON.stringify({ users, classrooms, enrollments, assignments });
}

/** FormData from a plain object (what a browser form sends). */
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
