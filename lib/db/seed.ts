/**
 * Demo data for a newcomer: a teacher, a class with a join code and a few
 * students with no work yet (the browser tests start from them), a second
 * class of 25 simulated students with a week of work on every reading
 * (demo-activity.ts), a self-study learner with a review history, and the
 * readings in content/ assigned to both classes. Idempotent: running it
 * again changes nothing that exists.
 */
import { hashPassword } from "../auth/password";
import { rebuildTallies } from "../tallied/tallies";
import type { Prisma } from "../generated/prisma/client";
import type { Database } from "./client";
import { SIMULATED_STUDENTS, simulateClassWork, simulateReviewHistory } from "./demo-activity";

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
export const DEMO_ACTIVE_CLASS = { name: "Period 4 · World Affairs", joinCode: "DEMO44" };

const DAY = 24 * 60 * 60 * 1000;

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
 * of its quiet part under accounts and a join code of its own: each browser
 * test seeds one (e2e/support/world.ts), so no test depends on what another
 * did. The simulated class and the learner's history come only with the
 * shared demo (no suffix): tests that need them read them there.
 */
export async function seedDemo(database: Database, readingSlugs: string[], suffix = ""): Promise<SeededDemo> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // One transaction: one commit instead of hundreds (the browser tests seed on every run).
  const { seeded, changed } = await database.$transaction((tx) => seedRows(tx, readingSlugs, passwordHash, suffix), {
    maxWait: 15_000,
    timeout: 300_000,
  });
  // The simulated answers went in as rows: count the report totals and tallies once, as the app keeps them.
  for (const assignmentId of changed) await rebuildTallies(assignmentId, database);
  return seeded;
}

async function seedRows(database: Prisma.TransactionClient, readingSlugs: string[], passwordHash: string, suffix: string) {
  const teacherEmail = withSuffix(DEMO_TEACHER.email, suffix);
  const learnerEmail = withSuffix(DEMO_LEARNER.email, suffix);
  const teacher = await database.user.upsert({
    where: { email: teacherEmail },
    update: {},
    create: { role: "teacher", ...DEMO_TEACHER, email: teacherEmail, passwordHash },
  });
  const learner = await database.user.upsert({
    where: { email: learnerEmail },
    update: {},
    create: { role: "learner", ...DEMO_LEARNER, email: learnerEmail, passwordHash },
  });

  // Period 2: the demo students, no work yet; due in two weeks.
  const joinCode = suffix ? suffix.toUpperCase() : DEMO_CLASS.joinCode;
  const students = DEMO_STUDENTS.map((student) => ({ ...student, username: suffix ? `${student.username}-${suffix}` : student.username }));
  const quiet = await classWith(database, teacher.id, { ...DEMO_CLASS, joinCode }, students, passwordHash);
  await assign(database, quiet.id, readingSlugs, new Date(Date.now() + 14 * DAY));
  const seeded: SeededDemo = {
    teacherEmail,
    learnerEmail,
    students: Object.fromEntries(DEMO_STUDENTS.map((student, index) => [student.username, students[index]!.username])),
    joinCode,
  };
  if (suffix) return { seeded, changed: [] };

  // Period 4: the simulated class; its readings were due yesterday, so late and missing work shows.
  const active = await classWith(database, teacher.id, DEMO_ACTIVE_CLASS, SIMULATED_STUDENTS, passwordHash);
  await assign(database, active.id, readingSlugs, new Date(Date.now() - DAY));
  const changed = await simulateClassWork(database, active.id, teacher);
  if (readingSlugs[0]) await simulateReviewHistory(database, learner.id, readingSlugs[0]);
  return { seeded, changed };
}

async function classWith(
  database: Prisma.TransactionClient,
  teacherId: string,
  details: { name: string; joinCode: string },
  students: readonly { username: string; displayName: string }[],
  passwordHash: string,
) {
  const classroom = await database.classroom.upsert({
    where: { joinCode: details.joinCode },
    update: {},
    create: { ...details, teacherId },
  });
  // Batched: the simulated class is 25 students, and the browser tests seed before every run.
  const usernames = students.map((student) => student.username);
  const known = new Set((await database.user.findMany({ where: { username: { in: usernames } }, select: { username: true } })).map((u) => u.username));
  await database.user.createMany({
    data: students.filter((student) => !known.has(student.username)).map(({ username, displayName }) => ({ role: "student", username, displayName, passwordHash })),
  });
  const users = await database.user.findMany({ where: { username: { in: usernames } }, select: { id: true } });
  const enrolled = new Set(
    (await database.enrollment.findMany({ where: { classroomId: classroom.id }, select: { studentId: true } })).map((e) => e.studentId),
  );
  await database.enrollment.createMany({
    data: users.filter((user) => !enrolled.has(user.id)).map((user) => ({ classroomId: classroom.id, studentId: user.id })),
  });
  return classroom;
}

async function assign(database: Prisma.TransactionClient, classroomId: string, readingSlugs: string[], dueAt: Date) {
  for (const readingSlug of readingSlugs) {
    const existing = await database.assignment.findFirst({ where: { classroomId, readingSlug } });
    if (existing) continue;
    await database.assignment.create({
      data: { classroomId, readingSlug, dueAt, feedbackMode: "immediate", unlockInOrder: true },
    });
  }
}
