/**
 * The assignment report's summary and student table (getAssignmentReport);
 * its per-question part is getItemAnalysis (item-analysis.ts).
 */
import "server-only";
import { ownedAssignment } from "@/lib/auth/owned";
import type { SessionUser } from "@/lib/auth/current-user";
import { catalogueFor } from "./catalogue";
import { latestAttemptEffort } from "./answer-effort";
import { studentFlags } from "./class-overview";
import { isRapid, readingRate, wordsReached } from "./effort";
import { versionsAnswered } from "./versions";
import { studentProgress, type SortDirection, type StudentSort } from "./student-progress";

export const STUDENTS_PER_PAGE = 100;

export type ReportQuery = { sort?: StudentSort; direction?: SortDirection; page?: number };

export async function getAssignmentReport(viewer: SessionUser, assignmentId: string, query: ReportQuery = {}) {
  const assignment = await ownedAssignment(viewer, assignmentId);
  const catalogue = await catalogueFor(assignment);
  const closed = assignment.closedAt !== null && assignment.closedAt.getTime() <= Date.now();
  const sort = query.sort ?? "name";
  const direction = query.direction ?? (sort === "name" ? "asc" : "desc");
  const pageOf = (page: number) =>
    studentProgress(assignment.id, assignment.classroomId, {
      sort,
      direction,
      limit: STUDENTS_PER_PAGE,
      offset: (page - 1) * STUDENTS_PER_PAGE,
      possibleAll: catalogue.possiblePoints,
      closed,
    });

  let page = Math.max(1, Math.floor(query.page ?? 1));
  let { rows, totals } = await pageOf(page);
  if (!rows.length && page > 1) {
    // A page past the end (the roster shrank): show the first page instead.
    page = 1;
    ({ rows, totals } = await pageOf(page));
  }
  const scope = [{ id: assignment.id, readingSlug: assignment.readingSlug, questionIds: assignment.questionIds, dueAt: assignment.dueAt, closedAt: assignment.closedAt }];
  const [words, answered, efforts, flags] = await Promise.all([
    wordsReached(assignment.readingSlug),
    versionsAnswered(assignment.id, assignment.readingSlug),
    latestAttemptEffort(assignment.classroomId, scope, assignment.id),
    studentFlags(assignment.classroomId, scope, new Date(), assignment.id),
  ]);
  const effortOf = new Map(efforts.map((effort) => [effort.attemptId, effort]));
  const pastDue = assignment.dueAt !== null && assignment.dueAt.getTime() < Date.now();
  return {
    assignment: {
      id: assignment.id,
      classroomId: assignment.classroomId,
      className: assignment.classroom.name,
      readingSlug: assignment.readingSlug,
      title: catalogue.title,
      dueAt: assignment.dueAt,
      closedAt: assignment.closedAt,
      feedbackMode: assignment.feedbackMode,
    },
    chunks: catalogue.chunks,
    questionCount: catalogue.questions.length,
    possiblePoints: catalogue.possiblePoints,
    summary: { ...totals, missing: pastDue ? totals.enrolled - totals.finished : 0, pastDue },
    /** The reading's versions the attempts were given on, when more than one. */
    versions: answered.versions.length > 1 ? answered.versions : [],
    students: rows.map((row) => {
      // Words per minute over the chunks reached (effort.ts); null before enough answers.
      const rate = readingRate({ answered: row.answered, visibleMs: row.visibleMs, words: row.currentChunkId ? (words.get(row.currentChunkId) ?? 0) : 0 });
      const effort = row.attemptId ? effortOf.get(row.attemptId) : undefined;
      return {
        ...row,
        progress: catalogue.questions.length ? row.answered / catalogue.questions.length : 0,
        readingRate: rate,
        rapid: isRapid(rate),
        firstRun: effort?.firstRun ?? 0,
        lowEffortWriting: effort?.lowEffort.length ?? 0,
        version: answered.labelOf(row.attemptId),
      };
    }),
    /** Who needs help on this assignment, across the whole class (not one page of it). */
    flags,
    sort,
    direction,
    page,
    pageCount: Math.max(1, Math.ceil(totals.enrolled / STUDENTS_PER_PAGE)),
  };
}

export type AssignmentReport = Awaited<ReturnType<typeof getAssignmentReport>>;
