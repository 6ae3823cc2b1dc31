/**
 * The rules a reading runs under: an assignment's settings, or practice's
 * (immediate feedback, every chunk open, unlimited attempts, no dates).
 */
import type { Assignment } from "@/lib/generated/prisma/client";
import type { LivePace } from "@/lib/live/pace";
import type { FeedbackMode } from "@/lib/generated/prisma/enums";

export interface ReadingSettings {
  feedbackMode: FeedbackMode;
  unlockInOrder: boolean;
  /** null: unlimited (practice). */
  attemptsAllowed: number | null;
  dueAt: Date | null;
  closedAt: Date | null;
  /** The class is archived: read-only for its students, like a closed assignment, whatever the dates say. */
  archived: boolean;
  /** The assignment's live lesson, which decides which chunks are open (lib/reading/progress.ts); null without one. */
  livePace: LivePace | null;
  /** The assignment's question set as stored (lib/assignments/question-set.ts); null: every question (practice). */
  questionIds: string | null;
}

export const PRACTICE_SETTINGS: ReadingSettings = {
  feedbackMode: "immediate",
  unlockInOrder: false,
  attemptsAllowed: null,
  dueAt: null,
  closedAt: null,
  archived: false,
  livePace: null,
  questionIds: null,
};

export function assignmentSettings(
  assignment: Pick<Assignment, "feedbackMode" | "unlockInOrder" | "attemptsAllowed" | "dueAt" | "closedAt" | "questionIds">,
  classroom: { archivedAt: Date | null } | null = null,
  livePace: LivePace | null = null,
): ReadingSettings {
  return {
    feedbackMode: assignment.feedbackMode,
    unlockInOrder: assignment.unlockInOrder,
    attemptsAllowed: Math.max(1, assignment.attemptsAllowed),
    dueAt: assignment.dueAt,
    closedAt: assignment.closedAt,
    archived: classroom?.archivedAt != null,
    livePace,
    questionIds: assignment.questionIds,
  };
}

/** Closed assignments, and every assignment of an archived class, are read-only. */
export function isClosed(settings: ReadingSettings, now: Date): boolean {
  return settings.archived || (settings.closedAt !== null && settings.closedAt <= now);
}

/** What a student is told when they try to change work in an archived class. */
export const ARCHIVED_MESSAGE = "This class is archived: you can read your work, not change it.";

/** Work after the due date is accepted and marked late. */
export function isLate(settings: ReadingSettings, now: Date): boolean {
  return settings.dueAt !== null && now > settings.dueAt;
}

/**
 * Whether keys, explanations and scores may reach the student: at once in
 * immediate mode (and practice), otherwise once the reading is submitted.
 * The same rule as lib/review/cards.ts.
 */
export function isFeedbackReleased(settings: ReadingSettings, attempt: { submittedAt: Date | null }): boolean {
  return settings.feedbackMode === "immediate" || attempt.submittedAt !== null;
}

/** Whether "Start again" may make attempt number `current + 1`. */
export function canStartAgain(settings: ReadingSettings, attempt: { number: number; submittedAt: Date | null }, now: Date): boolean {
  if (isClosed(settings, now)) return false;
  if (settings.attemptsAllowed === null) return true;
  return attempt.submittedAt !== null && attempt.number < settings.attemptsAllowed;
}
