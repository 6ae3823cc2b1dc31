import { describe, expect, it } from "vitest";
import { readingSchema } from "@/lib/content/schema";
import { continueTarget } from "@/lib/reading/overview";
import { readingProgress } from "@/lib/reading/progress";
import { chunkTextData, sentenceText, type Segment } from "@/lib/reading/text";

const paragraphs = [
  { id: "p01", sentences: ["Four score and seven years ago our fathers brought forth a nation.", "The scores were settled."] },
  { id: "p02", sentences: ["A nation conceived in Liberty; conceived again.", "Liberty endures."] },
];

describe("a chunk's text", () => {
  const glossary = readingSchema.shape.glossary.parse([
    { id: "score", term: "score", definition: "Twenty." },
    { id: "conceived", term: "conceived", definition: "Begun." },
    { id: "liberty", term: "Liberty", definition: "Freedom." },
  ]);
  const notes = readingSchema.shape.contextNotes.parse([
    { id: "n1", paragraphId: "p01", anchor: "Four score and seven years ago", note: "1776." },
    { id: "n2", paragraphId: "p02", anchor: "Liberty endures", note: "A hope." },
  ]);
  const text = chunkTextData(paragraphs, glossary, notes);

  it("keeps every sentence's words and id", () => {
    const sentences = text.paragraphs.flatMap((p) => p.sentences);
    expect(sentences.map((s) => s.id)).toEqual(["p01.s1", "p01.s2", "p02.s1", "p02.s2"]);
    expect(sentences.map(sentenceText)).toEqual(paragraphs.flatMap((p) => p.sentences));
  });

  it("marks the first use of each term in the chunk, as a word of its own, also inside a note's anchor", () => {
    const first = text.paragraphs[0]!.sentences[0]!.segments;
    expect(first[0]).toEqual({
      kind: "note",
      noteId: "n1",
      number: 1,
      children: [
        { kind: "text", text: "Four " },
        { kind: "term", text: "score", termId: "score" },
        { kind: "text", text: " and seven years ago" },
      ],
    });
    // "scores" is not "score", and "conceived" is marked once.
    expect(JSON.stringify(text.paragraphs[0]!.sentences[1]!.segments)).not.toContain("term");
    const terms = (segments: Segment[]) => segments.filter((s) => s.kind === "term").map((s) => (s as { termId: string }).termId);
    expect(terms(text.paragraphs[1]!.sentences[0]!.segments)).toEqual(["conceived", "liberty"]);
    expect(text.terms.map((t) => t.id)).toEqual(["score", "conceived", "liberty"]);
  });

  it("numbers the notes in reading order", () => {
    expect(text.notes.map((n) => [n.id, n.number])).toEqual([
      ["n1", 1],
      ["n2", 2],
    ]);
  });
});

describe("progress and where Continue goes", () => {
  const chunks = [
    { id: "c1", title: "One" },
    { id: "c2", title: "Two" },
    { id: "c3", title: "Three" },
  ];
  const questions = [
    { id: "a", chunkId: "c1", stage: "chunk" as const },
    { id: "b", chunkId: "c1", stage: "chunk" as const },
    { id: "c", chunkId: "c2", stage: "chunk" as const },
    { id: "z", chunkId: "c3", stage: "after-reading" as const },
  ];

  it("opens chunks in order when asked, a chunk without questions once reached, and after-reading last", () => {
    const none = readingProgress(chunks, questions, new Set(), { unlockInOrder: true });
    expect(none.chunks.map((c) => c.locked)).toEqual([false, true, true]);
    expect(none.afterReading?.locked).toBe(true);
    const partOne = readingProgress(chunks, questions, new Set(["a", "b"]), { unlockInOrder: true });
    expect(partOne.chunks.map((c) => c.locked)).toEqual([false, false, true]);
    const chunksDone = readingProgress(chunks, questions, new Set(["a", "b", "c"]), { unlockInOrder: true });
    expect(chunksDone.chunks.map((c) => c.locked)).toEqual([false, false, false]);
    expect(chunksDone.afterReading).toMatchObject({ locked: false, answered: 0, total: 1 });
    expect(readingProgress(chunks, questions, new Set(), { unlockInOrder: false }).chunks.every((c) => !c.locked)).toBe(true);
  });

  it("follows a live lesson's pace while it runs, and keeps what it released open after it ended", () => {
    const locks = (unlockInOrder: boolean, active: boolean, answered: string[] = []) =>
      readingProgress(chunks, questions, new Set(answered), { unlockInOrder, livePace: { active, releasedChunkIndex: 1 } });
    // Part 2 released: open with Part 1 unanswered; Part 3 closed even when the assignment opens everything.
    expect(locks(true, true).chunks.map((c) => c.locked)).toEqual([false, false, true]);
    expect(locks(false, true).chunks.map((c) => c.locked)).toEqual([false, false, true]);
    expect(locks(true, true, ["a", "b", "c"]).chunks.map((c) => c.locked)).toEqual([false, false, true]);
    expect(locks(false, true).afterReading?.locked).toBe(true);
    // Ended: Part 2 stays open, Part 3 follows unlock-in-order.
    expect(locks(true, false).chunks.map((c) => c.locked)).toEqual([false, false, true]);
    expect(locks(true, false, ["c"]).chunks.map((c) => c.locked)).toEqual([false, false, false]);
    expect(locks(false, false).chunks.every((c) => !c.locked)).toBe(true);
  });

  it("continues in the chunk the student was working in, else the first unfinished one, else the after-reading step", () => {
    const settings = { unlockInOrder: false };
    expect(continueTarget(readingProgress(chunks, questions, new Set(), settings), null)).toBe("c1");
    expect(continueTarget(readingProgress(chunks, questions, new Set(["a"]), settings), "c2")).toBe("c2");
    expect(continueTarget(readingProgress(chunks, questions, new Set(["a", "c"]), settings), "c2")).toBe("c1");
    expect(continueTarget(readingProgress(chunks, questions, new Set(["a", "b", "c"]), settings), "c3")).toBe("after-reading");
    expect(continueTarget(readingProgress(chunks, questions, new Set(["a", "b", "c", "z"]), settings), "c3")).toBeNull();
  });
});
