/**
 * Live lessons in the database: the teacher starts one on an assignment and
 * gives commands; every change updates the session row and appends the new
 * public state to LiveEvent under the next seq, in one transaction guarded
 * by the seq it read (two clicks at once: one wins, the other is a
 * "conflict"). Streams and polls read that log, so any app instance on the
 * same database serves any student.
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { openableAssignments, teacherAssignments } from "@/lib/auth/scopes";
import { ownedAssignment } from "@/lib/auth/owned";
import type { AssignedReading } from "@/lib/analytics/catalogue";
import { inQuestionSet } from "@/lib/assignments/question-set";
import { getFullQuestions } from "@/lib/content/keys";
import { getReading } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { LiveSession, Prisma } from "@/lib/generated/prisma/client";
import { announceLiveChange, wakeLiveSession } from "./notifier";
import { applyCommand, liveEventPayloadColumn, type LiveCommand, type LiveState } from "./state";

/** Sessions the teacher controls: those on their own classes' assignments. */
function controlledSessions(teacher: SessionUser): Prisma.LiveSessionWhereInput {
  return { assignment: teacherAssignments(teacher) };
}

/** Sessions this user may follow: the class's active students and its teacher. */
function followedSessions(user: SessionUser): Prisma.LiveSessionWhereInput {
  return { assignment: openableAssignments(user) };
}

const withReading = { assignment: { select: { readingSlug: true, questionIds: true } } } as const;
type SessionWithReading = LiveSession & { assignment: { readingSlug: string; questionIds: string | null } };

async function chunkCountOf(readingSlug: string): Promise<number> {
  const reading = await getReading(readingSlug);
  if (!reading) throw new AppError("not_found", "The reading of this lesson is no longer installed on this server.");
  return reading.chunks.length;
}

/** The lesson's state; `chunkCount` is of the reading's current version (chunkCountOf, read before any transaction). */
export function stateOf(session: SessionWithReading, chunkCount: number): LiveState {
  return {
    sessionId: session.id,
    status: session.status,
    chunkIndex: session.chunkIndex,
    chunkCount,
    phase: session.phase,
    revealed: session.revealed,
    discussionPrompt: session.discussionPrompt,
    seq: session.seq,
  };
}

/** Starts a live lesson on the teacher's assignment, or returns the one already running there. */
export async function startLiveSession(teacher: SessionUser, assignmentId: string): Promise<LiveState> {
  const assignment = await ownedAssignment(teacher, assignmentId);
  const running = await db.liveSession.findFirst({ where: { assignmentId: assignment.id, status: "active" }, include: withReading });
  const chunkCount = await chunkCountOf(assignment.readingSlug);
  if (running) return stateOf(running, chunkCount);
  const session = await db.$transaction(async (tx) => {
    const created = await tx.liveSession.create({ data: { assignmentId: assignment.id, seq: 1 }, include: withReading });
    await tx.liveEvent.create({ data: { sessionId: created.id, seq: 1, payload: liveEventPayloadColumn.write(stateOf(created, chunkCount)) } });
    await announceLiveChange(tx, created.id);
    return created;
  });
  wakeLiveSession(session.id);
  return stateOf(session, chunkCount);
}

/** Applies the teacher's command; only the class's teacher may, and only from the seq they saw last if they say which. */
export async function controlLiveSession(teacher: SessionUser, sessionId: string, command: LiveCommand): Promise<LiveState> {
  const session = await db.liveSession.findFirst({ where: { id: sessionId, ...controlledSessions(teacher) }, include: withReading });
  if (!session) throw new AppError("not_found", "That live lesson does not exist or is not yours.");
  const next = applyCommand(stateOf(session, await chunkCountOf(session.assignment.readingSlug)), command);
  await db.$transaction(async (tx) => {
    const updated = await tx.liveSession.updateMany({
      where: { id: session.id, seq: session.seq },
      data: {
        status: next.status,
        chunkIndex: next.chunkIndex,
        phase: next.phase,
        revealed: next.revealed,
        discussionPrompt: next.discussionPrompt,
        seq: next.seq,
        endedAt: next.status === "ended" ? new Date() : null,
      },
    });
    if (updated.count !== 1) throw new AppError("conflict", "Someone else changed the lesson just now: look again and retry.");
    await tx.liveEvent.create({ data: { sessionId: session.id, seq: next.seq, payload: liveEventPayloadColumn.write(next) } });
    await announceLiveChange(tx, session.id);
  });
  wakeLiveSession(session.id);
  return next;
}

/** The running lesson on an assignment this user may open, or null (none running, or not theirs: the same answer). */
export async function activeLiveSession(user: SessionUser, assignmentId: string): Promise<LiveState | null> {
  const session = await db.liveSession.findFirst({
    where: { assignmentId, status: "active", ...followedSessions(user) },
    include: withReading,
    orderBy: { startedAt: "desc" },
  });
  return session ? stateOf(session, await chunkCountOf(session.assignment.readingSlug)) : null;
}

/** The lesson as its followers see it; "not found" for anyone who may not follow it. */
export async function followLiveSession(user: SessionUser, sessionId: string) {
  const session = await db.liveSession.findFirst({ where: { id: sessionId, ...followedSessions(user) }, include: withReading });
  if (!session) throw new AppError("not_found", "That live lesson does not exist or is not for your class.");
  return { state: stateOf(session, await chunkCountOf(session.assignment.readingSlug)), assignment: { id: session.assignmentId, ...session.assignment } };
}

/**
 * Where one student stands in the lesson: how many of the released chunk's
 * questions they have answered in their latest attempt, so a student who is
 * done sees "wait for your teacher" (on any device: it is read, not kept).
 */
export async function studentLiveProgress(student: SessionUser, state: LiveState, assignment: AssignedReading & { id: string }) {
  const assignmentId = assignment.id;
  const reading = await getReading(assignment.readingSlug);
  const chunkId = reading?.chunks[state.chunkIndex]?.id;
  const questionIds = inQuestionSet(reading ? getFullQuestions(reading) : [], assignment)
    .filter((question) => question.stage === "chunk" && question.chunkId === chunkId)
    .map((question) => question.id);
  const attempt = await db.attempt.findFirst({ where: { userId: student.id, assignmentId }, orderBy: { number: "desc" }, select: { id: true } });
  const answered = attempt
    ? await db.response.count({ where: { attemptId: attempt.id, questionId: { in: questionIds }, status: { not: "draft" } } })
    : 0;
  return { chunkId: chunkId ?? null, questions: questionIds.length, answered };
}
