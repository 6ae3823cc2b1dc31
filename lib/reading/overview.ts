/**
 * The start page of a reading: what it is, the rules it runs under, the
 * student's progress per chunk, and where Continue goes (the chunk they were
 * last working in while it has questions left, else the first open chunk
 * with questions left, else the after-reading questions, else the results).
 */
import "server-only";
import { readingFacts, type ReadingFacts } from "@/lib/content/facts";
import type { ReadingProgress } from "./progress";
import { progressOf, type Reader } from "./reader";
import { canStartAgain, isClosed, isFeedbackReleased, isLate, type ReadingSettings } from "./settings";
import { summaryOf, type AttemptSummary } from "./attempts";

export const AFTER_READING_STEP = "after-reading";

export interface ReadingOverview {
  basePath: string;
  kind: Reader["access"]["kind"];
  /** The breadcrumb's way back: the practice list, the student's classes, or the previewing teacher's report. */
  back: { title: string; href: string };
  reading: { slug: string; title: string; dek?: string; author: string; publication: string; readingMinutes: number; attribution: string };
  /** Length, level, what the questions cover, rights. */
  facts: ReadingFacts;
  settings: ReadingSettings;
  attempt: AttemptSummary | null;
  progress: ReadingProgress;
  continueHref: string;
  /** "Start", "Continue" or "See your results". */
  continueLabel: string;
  closed: boolean;
  /** Past the due date: work is still accepted and marked late. */
  late: boolean;
  feedbackReleased: boolean;
  canStartAgain: boolean;
}

export async function getReadingOverview(reader: Reader, now = new Date()): Promise<ReadingOverview> {
  const progress = await progressOf(reader);
  const { reading, attempt, settings, basePath } = reader;
  const target = continueTarget(progress, attempt?.currentChunkId ?? null);
  const finished = target === null || attempt?.submittedAt;
  return {
    basePath,
    kind: reader.access.kind,
    back: backOf(reader.access),
    reading: {
      slug: reading.slug,
      title: reading.title,
      dek: reading.dek,
      author: reading.author,
      publication: reading.publication,
      readingMinutes: reading.readingMinutes,
      attribution: reading.attribution,
    },
    facts: readingFacts(reading),
    settings,
    attempt: attempt ? summaryOf(attempt) : null,
    progress,
    continueHref: finished ? `${basePath}/results` : `${basePath}/${target}`,
    continueLabel: finished ? "See your results" : progress.answered === 0 && !attempt?.currentChunkId ? "Start reading" : "Continue",
    closed: isClosed(settings, now),
    late: isLate(settings, now),
    feedbackReleased: attempt ? isFeedbackReleased(settings, attempt) : settings.feedbackMode === "immediate",
    canStartAgain: attempt ? canStartAgain(settings, attempt, now) : false,
  };
}

function backOf(access: Reader["access"]): ReadingOverview["back"] {
  if (access.kind === "practice") return { title: "Practice", href: "/practice" };
  if (access.kind === "preview") return { title: "Report", href: `/teach/assignments/${access.assignmentId}/report` };
  return { title: "Your classes", href: "/classes" };
}

/** The step id to continue at, or null when every question is answered. */
export function continueTarget(progress: ReadingProgress, currentChunkId: string | null): string | null {
  const unfinished = progress.chunks.filter((chunk) => !chunk.locked && chunk.answered < chunk.total);
  const current = unfinished.find((chunk) => chunk.id === currentChunkId);
  if (current) return current.id;
  // Chunks without questions count as read once the student has moved past them.
  if (progress.answered === 0 && !currentChunkId) return progress.chunks[0]?.id ?? null;
  if (unfinished[0]) return unfinished[0].id;
  const after = progress.afterReading;
  if (after && !after.locked && after.answered < after.total) return AFTER_READING_STEP;
  return null;
}
