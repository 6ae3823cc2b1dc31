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

export async function seedDemo(database: Database, readingSlugs: string[]): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const teacher = await database.user.upsert({
    where: { email: DEMO_TEACHER.email },
    update: {},
    create: { role: "teacher", ...DEMO_TEACHER, passwordHash },
  });
  await database.user.upsert({
    where: { email: DEMO_LEARNER.email },
    update: {},
    create: { role: "learner", ...DEMO_LEARNER, passwordHash },
  });

  const classroom = await database.classroom.upsert({
    where: { joinCode: DEMO_CLASS.joinCode },
    update: {},
    create: { ...DEMO_CLASS, teacherId: teacher.id },
  });

  for (const student of DEMO_STUDENTS) {
    const user = await database.user.upsert({
      where: { username: student.username },
      update: {},
      create: { role: "student", ...student, passwordHash },
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
}
