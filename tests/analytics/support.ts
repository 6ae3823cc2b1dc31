/**
 * Fixtures for the dashboard tests: teachers, a class, students, an
 * assignment of the fixture reading (tests/analytics/fixtures/dash-reading)
 * and answers with chosen scores, written into the test database through
 * withTallies as the app writes them.
 */
import path from "node:path";
import { withTallies } from "@/lib/tallied/tallies";
import { syncBuiltInLibrary } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import type { ResponseStatus } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/current-user";

process.env.CONTENT_DIR = path.join(import.meta.dirname, "fixtures");

export const SLUG = "dash-reading";

export const QUESTIONS = {
  "q-single": { chunkId: "c1", maxScore: 1 },
  "q-multi": { chunkId: "c1", maxScore: 1 },
  "q-tf": { chunkId: "c1", maxScore: 1 },
  "q-evidence": { chunkId: "c1", maxScore: 1 },
  "q-order": { chunkId: "c2", maxScore: 1 },
  "q-match": { chunkId: "c2", maxScore: 1 },
  "q-written": { chunkId: "c2", maxScore: 3 },
} as const;

export type QuestionId = keyof typeof QUESTIONS;

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function makeTeacher(displayName = "Ms. Teacher"): Promise<SessionUser> {
  const user = await db.user.create({ data: { role: "teacher", displayName, email: `t-${unique()}@example.org` } });
  return { id: user.id, role: "teacher", displayName };
}

export async function makeClass(teacher: SessionUser, studentNames: string[], assignment: { dueAt?: Date | null } = {}) {
  // The fixture reading stored as `npm run db:migrate` stores content/ (the tallies read its written questions).
  await syncBuiltInLibrary(db);
  const classroom = await db.classroom.create({ data: { teacherId: teacher.id, name: `Class ${unique()}`, joinCode: unique().toUpperCase() } });
  const students = [];
  for (const displayName of studentNames) {
    const student = await db.user.create({ data: { role: "student", displayName, username: `s-${unique()}` } });
    await db.enrollment.create({ data: { classroomId: classroom.id, studentId: student.id } });
    students.push(student);
  }
  const created = await db.assignment.create({
    data: { classroomId: classroom.id, readingSlug: SLUG, dueAt: assignment.dueAt ?? null },
  });
  return { classroom, students, assignment: created };
}

export async function startAttempt(
  studentId: string,
  assignmentId: string,
  options: { number?: number; submittedAt?: Date | null; late?: boolean; currentChunkId?: string; lastActiveAt?: Date } = {},
) {
  // Through withTallies, as the app writes: a newer attempt takes the place of the older ones in the reports.
  const earlier = async () =>
    (await db.attempt.findMany({ where: { userId: studentId, assignmentId }, select: { id: true } })).map((attempt) => attempt.id);
  return withTallies(earlier, (tx) =>
    tx.attempt.create({
      data: {
        userId: studentId,
        assignmentId,
        readingSlug: SLUG,
        contentVersion: "test",
        number: options.number ?? 1,
        submittedAt: options.submittedAt ?? null,
        late: options.late ?? false,
        currentChunkId: options.currentChunkId ?? "c1",
        lastActiveAt: options.lastActiveAt ?? new Date(),
      },
    }),
  );
}

export async function respond(
  attemptId: string,
  questionId: QuestionId,
  answer: unknown,
  score: number | null,
  options: { status?: ResponseStatus; confidence?: number } = {},
) {
  return withTallies([attemptId], (tx) =>
    tx.response.create({
      data: {
        attemptId,
        questionId,
        chunkId: QUESTIONS[questionId].chunkId,
        contentVersion: "test",
        answer: JSON.stringify(answer),
        status: options.status ?? "submitted",
        score,
        maxScore: QUESTIONS[questionId].maxScore,
        confidence: options.confidence ?? null,
        submittedAt: new Date(),
      },
    }),
  );
}

/** Visible time on a chunk, written as recordVisibleTime writes it: the event and the attempt's running total. */
export async function readFor(attempt: { id: string; userId: string }, chunkId: string, visibleMs: number) {
  await db.$transaction([
    db.readingEvent.create({ data: { userId: attempt.userId, attemptId: attempt.id, readingSlug: SLUG, chunkId, visibleMs } }),
    db.attempt.update({ where: { id: attempt.id }, data: { visibleMs: { increment: visibleMs } } }),
  ]);
}
