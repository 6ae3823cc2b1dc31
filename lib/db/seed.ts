/**
 * Demo data for a newcomer: a teacher, a class with a join code, a few
 * students, a self-study learner, and the readings in content/ assigned to
 * the class. Idempotent: running it again changes nothing that exists.
 */
import { hashPassword } from "../auth/password";
import type { Database } from "./client";

export const DEMO_PASSWORD = "read-closely-demo";
export const DEMO_TEACHER = { email: "teacher@example.org", displayName: "Ms. Rivera" };
export const DEMO_LEARNER = { email: "learner@example.org", displayName: "Sam (self-study)" };
export const DEMO_STUDENTS = [
  { username: "ava", displayName: "Ava Moreno" },
  { username: "ben", displayName: "Ben Okafor" },
  { username: "chen", displayName: "Chen Li" },
  { username: "dara", displayName: "Dara Singh" },
];
export const DEMO_CLASS = { name: "Period 2 · World Affairs", joinCode: "DEMO42" };

/** The sign-in names and join code of a seeded class. */
export type SeededDemo = {
  teacherEmail: string;
  learnerEmail: string;
  /** Usernames by the demo's: ava, ben, chen, dara. */
  students: Record<string, string>;
  joinCode: string;
};

/** `name@example.org` → `name-<suffix>@example.org` */
const withSuffix = (email: string, suffix: string) => (suffix ? email.replace("@", `-${suffix}@`) : email);

/**
 * The demo data. With a `suffix` (six lower-case letters and digits), a copy
 * of it under accounts and a join code of its own: each browser test seeds
 * one (e2e/support/world.ts), so no test depends on what another did.
 */
export async function seedDemo(database: Database, readingSlugs: string[], suffix = ""): Promise<SeededDemo> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const teacherEmail = withSuffix(DEMO_TEACHER.email, suffix);
  const learnerEmail = withSuffix(DEMO_LEARNER.email, suffix);
  const joinCode = suffix ? suffix.toUpperCase() : DEMO_CLASS.joinCode;

  const teacher = await database.user.upsert({
    where: { email: teacherEmail },
    update: {},
    create: { role: "teacher", ...DEMO_TEACHER, email: teacherEmail, passwordHash },
  });
  await database.user.upsert({
    where: { email: learnerEmail },
    update: {},
    create: { role: "learner", ...DEMO_LEARNER, email: learnerEmail, passwordHash },
  });

  const classroom = await database.classroom.upsert({
    where: { joinCode },
    update: {},
    create: { ...DEMO_CLASS, joinCode, teacherId: teacher.id },
  });

  const students: Record<string, string> = {};
  for (const student of DEMO_STUDENTS) {
    const username = suffix ? `${student.username}-${suffix}` : student.username;
    students[student.username] = username;
    const user = await database.user.upsert({
      where: { username },
      update: {},
      create: { role: "student", ...student, username, passwordHash },
    });
    await database.enrollment.upsert({
      where: { classroomId_studentId: { classroomId: classroom.id, studentId: user.id } },
      update: {},
      create: { classroomId: classroom.id, studentId: user.id },
    });
  }

  const inTwoWeeks = new Date(Date.now() + 14 * 24 * 60 * 60 * 1000);
  for (const readingSlug of readingSlugs) {
    const existing = await database.assignment.findFirst({ where: { classroomId: classroom.id, readingSlug } });
    if (existing) continue;
    await database.assignment.create({
      data: { classroomId: classroom.id, readingSlug, dueAt: inTwoWeeks, feedbackMode: "immediate", unlockInOrder: true },
    });
  }
  return { teacherEmail, learnerEmail, students, joinCode };
}
