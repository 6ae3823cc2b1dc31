/**
 * Fixtures for the reading tests: users, a class with an assignment of the
 * Gettysburg Address (content/gettysburg-address, every question type), and
 * right answers taken from the content's own keys.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SessionUser } from "@/lib/auth/current-user";
import { builtInReading } from "../support/content";
import type { Question } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import type { Answer } from "@/lib/scoring/answers";
import { ensureAttempt, openAssignmentReading, type ReaderWithAttempt } from "@/lib/reading/reader";

export const SLUG = "gettysburg-address";

/**
 * Points the content loader at a directory holding only this reading (a
 * copy of the real folder), so the tests do not depend on other readings.
 * Call before any content is read.
 */
export function useReadingUnderTest(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-reading-"));
  fs.cpSync(path.resolve("content", SLUG), path.join(dir, SLUG), { recursive: true });
  process.env.CONTENT_DIR = dir;
}

let counter = 0;

export async function createUser(role: SessionUser["role"] = "student"): Promise<SessionUser> {
  counter += 1;
  const user = await db.user.create({
    data: { role, displayName: `${role} ${counter}`, email: `${role}${counter}-${Date.now()}@example.org` },
  });
  return { id: user.id, role, displayName: user.displayName };
}

type AssignmentOptions = Partial<{
  feedbackMode: "immediate" | "after_submit";
  unlockInOrder: boolean;
  attemptsAllowed: number;
  dueAt: Date | null;
  closedAt: Date | null;
  allowPractice: boolean;
}>;

/** A class with `student` enrolled and an assignment of the reading. */
export async function assign(student: SessionUser, options: AssignmentOptions = {}) {
  const teacher = await createUser("teacher");
  counter += 1;
  const classroom = await db.classroom.create({ data: { teacherId: teacher.id, name: "Class", joinCode: `R${Date.now()}${counter}` } });
  await db.enrollment.create({ data: { classroomId: classroom.id, studentId: student.id } });
  return db.assignment.create({ data: { classroomId: classroom.id, readingSlug: SLUG, ...options } });
}

export function questions(filter: (question: Question) => boolean = () => true): Question[] {
  return builtInReading(SLUG).questions.filter(filter);
}

export function questionOfType<T extends Question["type"]>(type: T, chunkId?: string): Extract<Question, { type: T }> {
  const found = questions((q) => q.type === type && q.stage === "chunk" && (chunkId === undefined || q.chunkId === chunkId))[0];
  if (!found) throw new Error(`The reading has no ${type} question${chunkId ? ` in ${chunkId}` : ""}`);
  return found as Extract<Question, { type: T }>;
}

/** A wrong answer of the right shape (a wrong option, or the key's order reversed). */
export function wrongAnswer(question: Question): Answer {
  switch (question.type) {
    case "single_choice":
      return { optionId: question.options.find((o) => o.id !== question.answer)!.id };
    case "ordering":
      return { itemIds: [...question.answer].reverse() };
    default:
      throw new Error(`no wrong answer written for ${question.type}`);
  }
}

export function key(): string {
  counter += 1;
  return `key-${Date.now()}-${counter}`;
}

/** The student's reader of an assignment, with its attempt started (their first visit to a chunk). */
export async function start(student: SessionUser, assignmentId: string): Promise<ReaderWithAttempt> {
  const reader = await openAssignmentReading(student, assignmentId);
  if (!reader) throw new Error("assignment not open to the student");
  return ensureAttempt(reader);
}

/** What `promise` was rejected with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<{ code: string; rule?: string; fieldErrors?: Record<string, string[]> }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; rule?: string };
  }
  throw new Error("expected a rejection");
}
