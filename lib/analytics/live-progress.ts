/**
 * Live progress while a class reads: who is on which chunk, how many
 * questions they have answered and how they are doing. Read from the
 * database on every call (the browser polls it), so every app instance
 * sharing the database gives the same answer; nothing is kept in memory.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { ownedAssignment } from "@/lib/auth/owned";
import type { SessionUser } from "@/lib/auth/current-user";
import { catalogueFor } from "./catalogue";
import { latestAttempts } from "@/lib/analytics/latest-attempts";
import { toNumber } from "@/lib/db/sql";
import { studentProgress } from "./student-progress";

/** Activity within this window counts as reading now. */
export const ACTIVE_WINDOW_MS = 2 * 60_000;
/** A live view lists at most this many students (a class, not a school). */
export const LIVE_ROSTER_LIMIT = 500;

export type LiveState = "reading" | "idle" | "finished" | "not-started";

async function readersByChunk(classroomId: string, assignmentId: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH latest AS (${latestAttempts(classroomId, assignmentId)})
    SELECT l."currentChunkId" AS "chunkId", COUNT(*) AS "readers"
    FROM latest l
    WHERE l."submittedAt" IS NULL AND l."currentChunkId" IS NOT NULL
    GROUP BY l."currentChunkId"`;
  return new Map(rows.map((row) => [String(row.chunkId), toNumber(row.readers)]));
}

export async function getLiveProgress(viewer: SessionUser, assignmentId: string, now = new Date()) {
  const assignment = await ownedAssignment(viewer, assignmentId);
  const catalogue = await catalogueFor(assignment);
  const [progress, readers] = await Promise.all([
    studentProgress(assignment.id, assignment.classroomId, {
      sort: "name",
      direction: "asc",
      limit: LIVE_ROSTER_LIMIT,
      offset: 0,
      possibleAll: catalogue.possiblePoints,
      closed: assignment.closedAt !== null && assignment.closedAt <= now,
    }),
    readersByChunk(assignment.classroomId, assignment.id),
  ]);
  const chunkNumber = new Map(catalogue.chunks.map((chunk) => [chunk.id, chunk.number]));
  const stateOf = (row: (typeof progress.rows)[number]): LiveState => {
    if (!row.attemptId) return "not-started";
    if (row.submittedAt) return "finished";
    const idleFor = now.getTime() - (row.lastActiveAt?.getTime() ?? 0);
    return idleFor <= ACTIVE_WINDOW_MS ? "reading" : "idle";
  };
  return {
    assignment: { id: assignment.id, classroomId: assignment.classroomId, className: assignment.classroom.name, title: catalogue.title },
    generatedAt: now.toISOString(),
    questionCount: catalogue.questions.length,
    totals: progress.totals,
    truncated: progress.totals.enrolled > progress.rows.length,
    chunks: catalogue.chunks.map((chunk) => ({ ...chunk, readers: readers.get(chunk.id) ?? 0 })),
    students: progress.rows.map((row) => ({
      studentId: row.studentId,
      displayName: row.displayName,
      state: stateOf(row),
      chunkId: row.currentChunkId,
      chunkNumber: row.currentChunkId ? (chunkNumber.get(row.currentChunkId) ?? null) : null,
      answered: row.answered,
      score: row.score,
      awaitingReview: row.awaitingReview,
      lastActiveAt: row.lastActiveAt?.toISOString() ?? null,
    })),
  };
}

export type LiveProgress = Awaited<ReturnType<typeof getLiveProgress>>;
