/**
 * Where a student stands in a reading: per chunk, how many questions are
 * answered and whether it is open. With `unlockInOrder`, chunk n opens once
 * every question of chunk n−1 is answered (and chunk n−1 is open); the
 * after-reading questions open once every chunk question is answered.
 * Without it, everything is open. A live lesson overrides both: while it is
 * active, a chunk is open exactly when the teacher has released it (and the
 * after-reading questions wait for the last chunk); once it has ended, the
 * chunks it released stay open and the rest follow the rules above. The
 * server decides from this alone.
 */
import type { Chunk, Question } from "@/lib/content/schema";
import type { ReadingSettings } from "./settings";

type QuestionRef = Pick<Question, "id" | "chunkId" | "stage">;

export interface StepProgress {
  questionIds: string[];
  answered: number;
  total: number;
  locked: boolean;
  /** Every question answered (a step without questions is done once open). */
  done: boolean;
}

export interface ChunkProgress extends StepProgress {
  id: string;
  title: string;
  /** 1-based. */
  number: number;
}

export interface ReadingProgress {
  chunks: ChunkProgress[];
  /** null when the reading has no after-reading questions. */
  afterReading: StepProgress | null;
  answered: number;
  total: number;
}

export function readingProgress(
  chunks: readonly Pick<Chunk, "id" | "title">[],
  questions: readonly QuestionRef[],
  answeredIds: ReadonlySet<string>,
  settings: Pick<ReadingSettings, "unlockInOrder"> & Partial<Pick<ReadingSettings, "livePace">>,
): ReadingProgress {
  const pace = settings.livePace ?? null;
  const step = (ids: string[], locked: boolean): StepProgress => {
    const answered = ids.filter((id) => answeredIds.has(id)).length;
    return { questionIds: ids, answered, total: ids.length, locked, done: !locked && answered === ids.length };
  };

  const progress: ChunkProgress[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const ids = questions.filter((q) => q.stage === "chunk" && q.chunkId === chunk.id).map((q) => q.id);
    const previous = progress[index - 1];
    const released = pace !== null && index <= pace.releasedChunkIndex;
    const locked = pace?.active ? !released : !released && settings.unlockInOrder && previous !== undefined && !previous.done;
    progress.push({ id: chunk.id, title: chunk.title, number: index + 1, ...step(ids, locked) });
  }

  const afterIds = questions.filter((q) => q.stage === "after-reading").map((q) => q.id);
  const allChunksDone = progress.every((chunk) => chunk.done);
  const afterReading = afterIds.length > 0 ? step(afterIds, (pace?.active === true && pace.releasedChunkIndex < chunks.length - 1) || (settings.unlockInOrder && !allChunksDone)) : null;

  const steps: StepProgress[] = afterReading ? [...progress, afterReading] : progress;
  return {
    chunks: progress,
    afterReading,
    answered: steps.reduce((sum, s) => sum + s.answered, 0),
    total: steps.reduce((sum, s) => sum + s.total, 0),
  };
}

/** Whether a question's step is open. Unknown questions count as locked. */
export function isQuestionOpen(progress: ReadingProgress, question: QuestionRef): boolean {
  if (question.stage === "after-reading") return progress.afterReading !== null && !progress.afterReading.locked;
  const chunk = progress.chunks.find((c) => c.id === question.chunkId);
  return chunk !== undefined && !chunk.locked;
}
