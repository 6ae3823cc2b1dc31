/**
 * One step of a reading as its page shows it: a chunk (its text, then its
 * questions) or the after-reading questions. A locked step yields nothing
 * but the fact that it is locked: its text and questions are never loaded
 * into the page. Questions are stripped of keys (toClientQuestion); stored
 * responses carry feedback only once it is released.
 */
import "server-only";
import { presentationOf } from "@/lib/content/presentation";
import { toClientQuestion, type ClientQuestion } from "@/lib/content/client";
import type { ReadingWithVersion } from "@/lib/content/load";
import { progressAndResponsesOf } from "./answering";
import { AFTER_READING_STEP } from "./overview";
import { readerQuestions, type ReaderWithAttempt } from "./reader";
import type { FeedbackMode } from "@/lib/generated/prisma/enums";
import { isClosed, isFeedbackReleased } from "./settings";
import { chunkTextData, type ChunkTextData } from "./text";
import type { ResponseView } from "./views";

export type StepLink = { href: string; label: string };

export interface OpenStep {
  locked: false;
  kind: "chunk" | "after-reading";
  id: string;
  title: string;
  /** "Part 2 of 5" or "After reading". */
  position: string;
  readFor?: string;
  /** null for an after-reading step without evidence questions. */
  text: ChunkTextData | null;
  questions: ClientQuestion[];
  responses: ResponseView[];
  attemptId: string;
  feedbackMode: FeedbackMode;
  feedbackReleased: boolean;
  /** Practice: written answers are checked by the reader against the rubric (lib/reading/self-check.ts), not by a teacher. */
  selfCheck: boolean;
  /** False once the attempt is submitted or the assignment closed. */
  writable: boolean;
  previous: StepLink | null;
  /** Where to go once this step's questions are answered. */
  next: StepLink;
}

export type LockedStep = { locked: true; title: string; opensAfter: StepLink | null; overviewHref: string };

/**
 * The text of these chunks as the page shows it (null when they have none),
 * the same for every student: made once per reading version and kept.
 * Readings never change under a version (a change is a new version), so
 * the key, slug and version, stays right wherever readings are stored.
 */
function textOf(reading: ReadingWithVersion, chunkIds: readonly string[]): ChunkTextData | null {
  const key = `${reading.slug}\u0000${reading.version}\u0000${chunkIds.join(",")}`;
  const kept = renderedTexts.get(key);
  if (kept !== undefined) return kept;
  const byId = new Map(reading.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const paragraphs = chunkIds.flatMap((id) => reading.chunks.find((chunk) => chunk.id === id)?.paragraphIds.map((paragraphId) => byId.get(paragraphId)!) ?? []);
  const text = paragraphs.length > 0 ? chunkTextData(paragraphs, reading.glossary, reading.contextNotes) : null;
  // Old versions' texts go first once many are kept (a long-running server sees a reading revised many times).
  if (renderedTexts.size >= MAX_RENDERED_TEXTS) renderedTexts.delete(renderedTexts.keys().next().value!);
  renderedTexts.set(key, text);
  return text;
}

const MAX_RENDERED_TEXTS = 2_000;
const renderedTexts = new Map<string, ChunkTextData | null>();

/** The step, locked, or undefined when no such step exists. */
export async function getReadingStep(reader: ReaderWithAttempt, stepId: string, now = new Date()): Promise<OpenStep | LockedStep | undefined> {
  const { reading, basePath, attempt, settings } = reader;
  const { progress, responses } = await progressAndResponsesOf(reader);
  const chunkIndex = progress.chunks.findIndex((chunk) => chunk.id === stepId);
  const isAfter = stepId === AFTER_READING_STEP && progress.afterReading !== null;
  if (chunkIndex < 0 && !isAfter) return undefined;

  const chunkHref = (index: number) => `${basePath}/${progress.chunks[index]!.id}`;
  const chunkLink = (index: number): StepLink => ({ href: chunkHref(index), label: `Part ${index + 1}: ${progress.chunks[index]!.title}` });
  const lastIndex = progress.chunks.length - 1;

  if (chunkIndex >= 0 ? progress.chunks[chunkIndex]!.locked : progress.afterReading!.locked) {
    const blocker = progress.chunks.findIndex((chunk) => !chunk.done);
    return {
      locked: true,
      title: chunkIndex >= 0 ? `Part ${chunkIndex + 1} is not open yet` : "The after-reading questions are not open yet",
      opensAfter: blocker >= 0 ? chunkLink(blocker) : null,
      overviewHref: basePath,
    };
  }

  const all = readerQuestions(reader);
  const questions = isAfter
    ? all.filter((q) => q.stage === "after-reading")
    : all.filter((q) => q.stage === "chunk" && q.chunkId === stepId);
  // After-reading evidence questions need their chunks' text to select from.
  const textChunkIds = isAfter ? [...new Set(questions.filter((q) => q.type === "evidence").map((q) => q.chunkId))] : [stepId];
  const ids = new Set(questions.map((q) => q.id));
  const resultsLink = { href: `${basePath}/results`, label: attempt.submittedAt ? "See your results" : "Review and submit" };
  const afterLink = { href: `${basePath}/${AFTER_READING_STEP}`, label: "After reading: questions on the whole text" };

  const chunk = chunkIndex >= 0 ? reading.chunks[chunkIndex]! : undefined;
  return {
    locked: false,
    kind: isAfter ? "after-reading" : "chunk",
    id: stepId,
    title: chunk?.title ?? "After reading",
    position: chunk ? `Part ${chunkIndex + 1} of ${progress.chunks.length}` : "After reading",
    readFor: chunk?.readFor,
    text: textOf(reading, textChunkIds),
    questions: questions.map((q) => toClientQuestion(q, presentationOf(attempt))),
    responses: responses.filter((response) => ids.has(response.questionId)),
    attemptId: attempt.id,
    feedbackMode: settings.feedbackMode,
    feedbackReleased: isFeedbackReleased(settings, attempt),
    // Practice has no teacher to grade written answers; an assignment (and its preview) does.
    selfCheck: reader.access.kind === "practice",
    writable: !attempt.submittedAt && !isClosed(settings, now),
    previous: isAfter ? chunkLink(lastIndex) : chunkIndex > 0 ? chunkLink(chunkIndex - 1) : null,
    next: isAfter || (chunkIndex === lastIndex && !progress.afterReading) ? resultsLink : chunkIndex === lastIndex ? afterLink : chunkLink(chunkIndex + 1),
  };
}
