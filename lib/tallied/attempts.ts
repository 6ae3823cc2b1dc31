/**
 * Writes to attempts: starting one, the student's place and time in it,
 * submitting it, starting the next, forgetting a teacher's preview. An
 * attempt's totals, its late flag and its visible time are what the reports
 * read, so they change only here (the lint refuses attempt writes elsewhere).
 * Callers check who may make the change.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Database } from "@/lib/db/client";
import type { Attempt, Prisma } from "@/lib/generated/prisma/client";
import { queueScore } from "@/lib/lti/score-outbox";
import { isLate, type ReadingSettings } from "@/lib/reading/settings";
import { withTallies } from "./tallies";

/** Who reads what in a new attempt (its shuffle seed is drawn here). */
export type NewAttempt = {
  userId: string;
  assignmentId: string | null;
  previewOfAssignmentId: string | null;
  readingSlug: string;
  contentVersion: string;
  number: number;
  previousAttemptId: string | null;
};

function insertAttempt(attempt: NewAttempt, client: Pick<Database, "attempt">): Promise<Attempt> {
  return client.attempt.create({ data: { ...attempt, shuffleSeed: randomBytes(18).toString("base64url") } });
}

/**
 * A first attempt: no answers yet and no attempt before it, so no tally
 * moves. Two attempts can never share an assignment's number: a concurrent
 * request that got there first makes this one fail with a unique violation,
 * which callers treat as "already made".
 */
export function startFirstAttempt(attempt: NewAttempt): Promise<Attempt> {
  return insertAttempt(attempt, db);
}

/**
 * The attempt after `previous`, which is submitted as it stands if it is
 * not yet: the new attempt takes its place in the class's reports. Two
 * attempts can never follow the same one (a unique violation, as above).
 */
export function startNextAttempt(previous: Pick<Attempt, "id" | "submittedAt">, now: Date, attempt: NewAttempt): Promise<Attempt> {
  return withTallies([previous.id], async (tx) => {
    if (!previous.submittedAt) {
      await tx.attempt.updateMany({ where: { id: previous.id, submittedAt: null }, data: { submittedAt: now } });
    }
    return insertAttempt(attempt, tx);
  });
}

/**
 * Submits an attempt (once: a second submit changes nothing), which puts it
 * into the discrimination sums; the LMS gradebook (LTI) hears of it through
 * an outbox row written in the same transaction. True when a score was queued.
 */
export function markAttemptSubmitted(attemptId: string, now: Date, late: boolean): Promise<boolean> {
  return withTallies([attemptId], async (tx) => {
    const { count } = await tx.attempt.updateMany({
      where: { id: attemptId, submittedAt: null },
      data: { submittedAt: now, lastActiveAt: now, ...(late ? { late: true } : {}) },
    });
    return count > 0 && (await queueScore(tx, attemptId));
  });
}

/** The attempt a touch moves, and the rules that say whether work now is late. */
export type TouchedSession = { attempt: { id: string }; settings: ReadingSettings };

/**
 * Remembers where the student is working (and adds visible time, or a new
 * answer's totals, when given); work submitted after the due date marks the
 * attempt late.
 */
export async function touchAttempt(
  session: TouchedSession,
  chunkId: string,
  now: Date,
  work: { submitted: boolean; visibleMs?: number; counts?: Prisma.AttemptUpdateManyMutationInput },
  client: Pick<Database, "attempt"> = db,
): Promise<void> {
  const late = work.submitted && isLate(session.settings, now);
  // updateMany: nothing needs the row back, so none is read.
  await client.attempt.updateMany({
    where: { id: session.attempt.id },
    data: {
      currentChunkId: chunkId,
      lastActiveAt: now,
      ...(late ? { late: true } : {}),
      ...(work.visibleMs ? { visibleMs: { increment: work.visibleMs } } : {}),
      ...work.counts,
    },
  });
}

/**
 * Forgets a teacher's preview of an assignment (its answers go with it).
 * Preview attempts have no assignment, so no tally ever counted them.
 */
export async function deletePreview(teacherId: string, assignmentId: string, previewOf: Prisma.AssignmentWhereInput): Promise<void> {
  await db.attempt.deleteMany({ where: { userId: teacherId, previewOfAssignmentId: assignmentId, previewOf } });
}
