/**
 * A reader: who is reading what, under which rules, in which
 * attempt. Resolved from an assignment (the user must be able to open it) or
 * from a published reading's slug (practice), from a teacher's assignment
 * (preview as a student), or from an attempt id (the JSON endpoints). Every
 * path checks that the attempt is the user's own.
 */
import "server-only";
import { canAccessAssignment } from "@/lib/auth/owned";
import { openableAssignments, teacherAssignments } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { inQuestionSet } from "@/lib/assignments/question-set";
import { getFullQuestions } from "@/lib/content/keys";
import { findReading, getReading, SERVER_LIBRARY, type ReadingWithVersion } from "@/lib/content/load";
import type { Question } from "@/lib/content/schema";
import type { ResponseStatus } from "@/lib/generated/prisma/client";
import { isOpenForSelfStudy } from "@/lib/content/rights";
import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { Assignment, Attempt } from "@/lib/generated/prisma/client";
import { livePaceOf, pacingSession } from "@/lib/live/pace";
import { startFirstAttempt, type NewAttempt } from "@/lib/tallied/attempts";
import { ReadingRuleError } from "./errors";
import { PRACTICE_CLOSED_MESSAGE, practiceClosure } from "./practice";
import { readingProgress, type ReadingProgress } from "./progress";
import { assignmentSettings, PRACTICE_SETTINGS, type ReadingSettings } from "./settings";

export type ReadingAccess =
  | { kind: "assignment"; assignmentId: string }
  | { kind: "practice"; slug: string }
  | { kind: "preview"; assignmentId: string };

export interface Reader {
  user: SessionUser;
  access: ReadingAccess;
  /** "/read/<assignmentId>", "/practice/<slug>" or "/preview/<assignmentId>": every page of this reading lives under it. */
  basePath: string;
  reading: ReadingWithVersion;
  settings: ReadingSettings;
  /** The latest attempt; null until the student opens the first chunk. */
  attempt: Attempt | null;
}

export type ReaderWithAttempt = Reader & { attempt: Attempt };

const NOT_FOUND = "This reading does not exist, or it is not yours.";

/** The reading of an assignment the user may open, or null (missing and not-yours look the same). */
export async function openAssignmentReading(user: SessionUser, assignmentId: string): Promise<Reader | null> {
  const [assignment, attempt, classroom, liveSessions] = await Promise.all([
    canAccessAssignment(user, assignmentId),
    db.attempt.findFirst({ where: { userId: user.id, assignmentId }, orderBy: { number: "desc" } }),
    db.classroom.findFirst({ where: { assignments: { some: { id: assignmentId } } }, select: { archivedAt: true } }),
    db.liveSession.findMany({ where: { assignmentId }, ...pacingSession }),
  ]);
  // A started attempt stays on the version it was given on; a new one gets the current version.
  const reading = assignment ? await getReading(assignment.readingSlug, attempt?.contentVersion) : undefined;
  if (!assignment || !reading) return null;
  return assignmentSession(user, { ...assignment, classroom, liveSessions }, reading, attempt);
}

type AssignmentInClass = Assignment & {
  classroom: { archivedAt: Date | null } | null;
  liveSessions: { status: string; chunkIndex: number }[];
};

function assignmentSession(user: SessionUser, assignment: AssignmentInClass, reading: ReadingWithVersion, attempt: Attempt | null): Reader {
  return {
    user,
    access: { kind: "assignment", assignmentId: assignment.id },
    basePath: `/read/${assignment.id}`,
    reading,
    settings: assignmentSettings(assignment, assignment.classroom, livePaceOf(assignment.liveSessions)),
    attempt,
  };
}

/**
 * A teacher's preview of their class's assignment: the reading, question set
 * and feedback of the assignment as a student gets them, in an attempt of the
 * teacher's that has no assignmentId (so nothing counts it) and is never
 * closed, late, archived or paced by a live lesson. Null for anyone else.
 */
export async function openPreviewReading(user: SessionUser, assignmentId: string): Promise<Reader | null> {
  if (user.role !== "teacher") return null;
  const [assignment, attempt] = await Promise.all([
    db.assignment.findFirst({ where: { id: assignmentId, ...teacherAssignments(user) } }),
    latestPreviewAttempt(user.id, assignmentId),
  ]);
  const reading = assignment ? await getReading(assignment.readingSlug, attempt?.contentVersion) : undefined;
  return assignment && reading ? previewSession(user, assignment, reading, attempt) : null;
}

function previewSession(user: SessionUser, assignment: Assignment, reading: ReadingWithVersion, attempt: Attempt | null): Reader {
  return {
    user,
    access: { kind: "preview", assignmentId: assignment.id },
    basePath: `/preview/${assignment.id}`,
    reading,
    settings: assignmentSettings({ ...assignment, dueAt: null, closedAt: null }),
    attempt,
  };
}

function latestPreviewAttempt(userId: string, previewOfAssignmentId: string): Promise<Attempt | null> {
  return db.attempt.findFirst({ where: { userId, previewOfAssignmentId }, orderBy: [{ number: "desc" }, { startedAt: "asc" }, { id: "asc" }] });
}

/** A published reading of the server's library that anyone may read, as self-study practice open to every signed-in user. */
export async function openPracticeReading(user: SessionUser, slug: string): Promise<Reader | null> {
  const [current, attempt] = await Promise.all([findReading(SERVER_LIBRARY, slug), latestPracticeAttempt(user.id, slug)]);
  if (!current || !isOpenForSelfStudy(current)) return null;
  const reading = attempt ? await getReading(slug, attempt.contentVersion) : current;
  return reading ? practiceSession(user, reading, attempt) : null;
}

function practiceSession(user: SessionUser, reading: ReadingWithVersion, attempt: Attempt | null): Reader {
  return { user, access: { kind: "practice", slug: reading.slug }, basePath: `/practice/${reading.slug}`, reading, settings: PRACTICE_SETTINGS, attempt };
}

function latestPracticeAttempt(userId: string, readingSlug: string): Promise<Attempt | null> {
  // Ties (two first visits at once) resolve to the same row every time.
  return db.attempt.findFirst({
    where: { userId, readingSlug, assignmentId: null, previewOfAssignmentId: null },
    orderBy: [{ number: "desc" }, { startedAt: "asc" }, { id: "asc" }],
  });
}

/** The reader's attempt, starting attempt 1 when there is none yet. */
export async function ensureAttempt(reader: Reader): Promise<ReaderWithAttempt> {
  if (reader.attempt) return { ...reader, attempt: reader.attempt };
  const assignmentId = reader.access.kind === "assignment" ? reader.access.assignmentId : null;
  try {
    return { ...reader, attempt: await startFirstAttempt(newAttempt(reader, 1)) };
  } catch (error) {
    // A concurrent first visit made the assignment's attempt 1 first: that row is the attempt.
    if (!isUniqueViolation(error) || assignmentId === null) throw error;
    return { ...reader, attempt: await db.attempt.findFirstOrThrow({ where: { userId: reader.user.id, assignmentId, number: 1 } }) };
  }
}

/** Attempt `number` of this reading, after the reader's attempt (if any), as lib/tallied/attempts.ts starts it. */
export function newAttempt(reader: Reader, number: number): NewAttempt {
  const assignmentId = reader.access.kind === "assignment" ? reader.access.assignmentId : null;
  return {
    userId: reader.user.id,
    assignmentId,
    previewOfAssignmentId: reader.access.kind === "preview" ? reader.access.assignmentId : null,
    readingSlug: reader.reading.slug,
    contentVersion: reader.reading.version,
    number,
    previousAttemptId: reader.attempt?.id ?? null,
  };
}

/**
 * The reader behind an attempt id, for the JSON endpoints: the attempt must
 * be the user's, and (for an assignment) the user must still be able to open
 * it; a preview's teacher must still teach its class. Anything else is
 * "not found". One query for an assignment's attempt: these endpoints take
 * every answer a class submits. A practice attempt is refused while practice
 * of its reading is closed to the student.
 */
export async function readerOfAttempt(user: SessionUser, attemptId: string): Promise<ReaderWithAttempt> {
  const found = await db.attempt.findFirst({
    where: {
      id: attemptId,
      userId: user.id,
      OR: [
        { assignmentId: null, previewOfAssignmentId: null },
        { assignment: openableAssignments(user) },
        ...(user.role === "teacher" ? [{ previewOf: teacherAssignments(user) }] : []),
      ],
    },
    // The class's archive date comes along (an archived class is read-only), and the live lesson's pace.
    include: { assignment: { include: { classroom: { select: { archivedAt: true } }, liveSessions: pacingSession } }, previewOf: true },
  });
  if (!found) throw new AppError("not_found", NOT_FOUND);
  const { assignment, previewOf, ...attempt } = found;
  // Practice attempts stay answerable while their reading is installed, even if it was unpublished since.
  const reading = await getReading(assignment?.readingSlug ?? attempt.readingSlug, attempt.contentVersion);
  if (!reading) throw new AppError("not_found", NOT_FOUND);
  if (!assignment && !previewOf && (await practiceClosure(user, reading.slug))) {
    throw new ReadingRuleError("practice_closed", PRACTICE_CLOSED_MESSAGE);
  }
  const reader = assignment
    ? assignmentSession(user, assignment, reading, attempt)
    : previewOf
      ? previewSession(user, previewOf, reading, attempt)
      : practiceSession(user, reading, attempt);
  return { ...reader, attempt };
}

/** A response in one of these states is an answer; any other is a draft. */
export const ANSWERED_STATUSES: ResponseStatus[] = ["submitted", "graded"];

/** Ids of the questions answered (submitted or graded, not drafts) in an attempt. */
export async function answeredQuestionIds(attemptId: string): Promise<Set<string>> {
  const rows = await db.response.findMany({
    where: { attemptId, status: { in: ANSWERED_STATUSES } },
    select: { questionId: true },
  });
  return new Set(rows.map((row) => row.questionId));
}

/** The questions this reading gives: the assignment's set, or every question in practice. Keys included: server only. */
export function readerQuestions(reader: Reader): Question[] {
  return inQuestionSet(getFullQuestions(reader.reading), reader.settings);
}

/** Progress through the reader's attempt (all zero before the first chunk is opened). */
export async function progressOf(reader: Reader): Promise<ReadingProgress> {
  return progressWith(reader, reader.attempt ? await answeredQuestionIds(reader.attempt.id) : new Set<string>());
}

/** Progress through the reader's attempt, given the questions answered in it. */
export function progressWith(reader: Reader, answered: ReadonlySet<string>): ReadingProgress {
  return readingProgress(reader.reading.chunks, readerQuestions(reader), answered, reader.settings);
}

