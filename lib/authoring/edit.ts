/**
 * The editor's changes to a draft that touch more than one field: moving a
 * chunk boundary, and rewriting a paragraph (its sentences re-split, and the
 * questions that point at its sentences kept on the same sentences). Pure and
 * client-safe; each returns a new draft.
 */
import type { Question } from "@/lib/content/schema";
import { parseSentenceId, readingMinutesFor, sentenceId } from "@/lib/content/sentences";
import { splitSentences } from "@/lib/content/split-sentences";
import type { ReadingDraft } from "./draft";

/** Starts a new chunk at paragraph `paragraphId` (not a chunk's first): it and the rest of its chunk move into it. */
export function startChunkAt(draft: ReadingDraft, paragraphId: string): ReadingDraft {
  const chunks = draft.reading.chunks;
  const at = chunks.findIndex((chunk) => chunk.paragraphIds.indexOf(paragraphId) > 0);
  if (at < 0) return draft;
  const chunk = chunks[at]!;
  const cut = chunk.paragraphIds.indexOf(paragraphId);
  const taken = new Set(chunks.map((c) => c.id));
  let n = chunks.length + 1;
  while (taken.has(`c${n}`)) n++;
  const next = { id: `c${n}`, title: "", readFor: "", paragraphIds: chunk.paragraphIds.slice(cut) };
  const updated = [...chunks.slice(0, at), { ...chunk, paragraphIds: chunk.paragraphIds.slice(0, cut) }, next, ...chunks.slice(at + 1)];
  return { ...draft, reading: { ...draft.reading, chunks: updated } };
}

/** Joins chunk `chunkId` to the one before it; its questions go with its paragraphs. */
export function joinWithPrevious(draft: ReadingDraft, chunkId: string): ReadingDraft {
  const chunks = draft.reading.chunks;
  const at = chunks.findIndex((chunk) => chunk.id === chunkId);
  if (at < 1) return draft;
  const previous = chunks[at - 1]!;
  const joined = {
    ...previous,
    // A title or prompt written only for the second chunk is kept rather than lost.
    title: previous.title || chunks[at]!.title,
    readFor: previous.readFor || chunks[at]!.readFor,
    paragraphIds: [...previous.paragraphIds, ...chunks[at]!.paragraphIds],
  };
  return {
    reading: { ...draft.reading, chunks: [...chunks.slice(0, at - 1), joined, ...chunks.slice(at + 1)] },
    questions: draft.questions.map((q) => (q.chunkId === chunkId ? { ...q, chunkId: previous.id } : q)),
  };
}

/**
 * The paragraph's new text, split into sentences; questions that name one of
 * its sentences keep naming the same sentence where it is still there (same
 * text), or the one now in its place when only its wording changed.
 */
export function setParagraphText(draft: ReadingDraft, paragraphId: string, text: string): ReadingDraft {
  const paragraph = draft.reading.paragraphs.find((p) => p.id === paragraphId);
  if (!paragraph) return draft;
  const sentences = splitSentences(text);
  const moved = sentenceMoves(paragraph.sentences, sentences);
  const paragraphs = draft.reading.paragraphs.map((p) => (p.id === paragraphId ? { ...p, sentences } : p));
  const remap = (id: string): string | undefined => {
    const ref = parseSentenceId(id);
    if (ref?.paragraphId !== paragraphId) return id;
    const index = moved.get(ref.index);
    return index ? sentenceId(paragraphId, index) : undefined;
  };
  return {
    reading: { ...draft.reading, paragraphs, readingMinutes: readingMinutesFor(paragraphs) },
    questions: draft.questions.map((q) => remapSentences(q, remap)),
  };
}

/** Old 1-based position → new: same text first, then an edited sentence keeps its place when the count did not change. */
function sentenceMoves(before: readonly string[], after: readonly string[]): Map<number, number> {
  const moves = new Map<number, number>();
  const used = new Set<number>();
  before.forEach((text, i) => {
    const j = after.findIndex((candidate, k) => candidate === text && !used.has(k));
    if (j >= 0) {
      moves.set(i + 1, j + 1);
      used.add(j);
    }
  });
  if (before.length === after.length) before.forEach((_, i) => !moves.has(i + 1) && !used.has(i) && moves.set(i + 1, i + 1));
  return moves;
}

/** A reference to a sentence that is gone is dropped; the checker then says what the question lacks. */
function remapSentences(question: Question, remap: (id: string) => string | undefined): Question {
  const list = (ids: string[] | undefined) => ids?.map(remap).filter((id): id is string => id !== undefined);
  const keySentences = list(question.keySentences);
  const withKeys = keySentences ? { ...question, keySentences } : question;
  if (withKeys.type !== "evidence") return withKeys;
  const acceptable = list(withKeys.acceptable);
  return { ...withKeys, answer: list(withKeys.answer)!, ...(acceptable && { acceptable }) };
}
