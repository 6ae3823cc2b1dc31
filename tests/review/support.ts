/**
 * Fixtures for the review tests: the small reading in fixtures/content, and
 * users, attempts and responses written straight to the test database, as
 * the reading pages would store them.
 */
import path from "node:path";
import { db } from "@/lib/db/client";
import type { ResponseStatus } from "@/lib/generated/prisma/client";

/** Point the content loader at the fixture reading (call before any content is read). */
export function useFixtureContent(): void {
  process.env.CONTENT_DIR = path.join(import.meta.dirname, "fixtures/content");
}

export const SLUG = "lighthouse-keepers";

let counter = 0;

export async function createUser(role: "student" | "learner" | "teacher" = "learner") {
  counter += 1;
  const user = await db.user.create({
    // Opted in to glossary flashcards (off by default, lib/review/settings.ts): most review tests exercise them.
    data: { role, displayName: `User ${counter}`, email: `user${counter}-${Date.now()}@example.org`, glossaryCards: true },
  });
  return { ...user, role };
}

/** An attempt at the fixture reading: practice, or an assignment with the given feedback mode. */
export async function openReading(
  userId: string,
  options: { feedbackMode?: "immediate" | "after_submit"; submitted?: boolean; readingSlug?: string } = {},
) {
  const readingSlug = options.readingSlug ?? SLUG;
  let assignmentId: string | null = null;
  if (options.feedbackMode) {
    const teacher = await createUser("teacher");
    const classroom = await db.classroom.create({
      data: { teacherId: teacher.id, name: "Class", joinCode: `J${Date.now()}${counter}` },
    });
    const assignment = await db.assignment.create({
      data: { classroomId: classroom.id, readingSlug, feedbackMode: options.feedbackMode },
    });
    assignmentId = assignment.id;
  }
  return db.attempt.create({
    data: {
      userId,
      readingSlug,
      assignmentId,
      contentVersion: "test",
      submittedAt: options.submitted ? new Date() : null,
    },
  });
}

export async function storeResponse(
  attemptId: string,
  questionId: string,
  result: { score: number | null; maxScore?: number; confidence?: 1 | 2 | 3 | null; status?: ResponseStatus; at?: Date },
) {
  return db.response.create({
    data: {
      attemptId,
      questionId,
      chunkId: "c1",
      contentVersion: "test",
      answer: "{}",
      status: result.status ?? "submitted",
      score: result.score,
      maxScore: result.maxScore ?? 1,
      confidence: result.confidence ?? null,
      submittedAt: result.at ?? new Date(),
    },
  });
}

export async function cardsOf(userId: string) {
  // Sorted here: PostgreSQL orders an enum column by the enum's order, SQLite by the text.
  const cards = await db.reviewCard.findMany({ where: { userId }, select: { kind: true, itemId: true } });
  return cards.map((card) => `${card.kind}:${card.itemId}`).sort();
}
