import { describe, expect, it } from "vitest";
import { checkDraft } from "@/lib/authoring/checks";
import type { ReadingDraft } from "@/lib/authoring/draft";
import { joinWithPrevious, setParagraphText, startChunkAt } from "@/lib/authoring/edit";
import { tinyQuestions, tinyReading } from "@/lib/content/__fixtures__/tiny-reading";
import type { EvidenceQuestion, Question, Reading } from "@/lib/content/schema";

const draft = (): ReadingDraft => ({ reading: tinyReading() as Reading, questions: tinyQuestions().questions as Question[] });
const evidence = (d: ReadingDraft) => d.questions.find((q): q is EvidenceQuestion => q.type === "evidence")!;

describe("editing a draft", () => {
  it("moves chunk boundaries by splitting and joining, questions going with their paragraphs", () => {
    const joined = joinWithPrevious(draft(), "c2");
    expect(joined.reading.chunks.map((c) => c.paragraphIds)).toEqual([["p01", "p02", "p03", "p04"]]);
    expect(joined.questions.every((q) => q.chunkId === "c1")).toBe(true);
    const split = startChunkAt(joined, "p03");
    expect(split.reading.chunks.map((c) => [c.id, c.paragraphIds])).toEqual([
      ["c1", ["p01", "p02"]],
      ["c2", ["p03", "p04"]],
    ]);
    expect(split.reading.chunks[1]).toMatchObject({ title: "", readFor: "" });
    expect(startChunkAt(split, "p03")).toBe(split); // already a chunk's first paragraph
  });

  it("re-splits an edited paragraph and keeps evidence on the same sentences", () => {
    const before = draft();
    const target = evidence(before);
    const [sid] = target.answer;
    const paragraphId = sid!.split(".")[0]!;
    const paragraph = before.reading.paragraphs.find((p) => p.id === paragraphId)!;
    const chosen = paragraph.sentences[Number(sid!.split(".s")[1]) - 1]!;
    const after = setParagraphText(before, paragraphId, `A new opening sentence.  ${paragraph.sentences.join(" ")}`);
    const sentences = after.reading.paragraphs.find((p) => p.id === paragraphId)!.sentences;
    expect(sentences[0]).toBe("A new opening sentence.");
    const [moved] = evidence(after).answer;
    expect(sentences[Number(moved!.split(".s")[1]) - 1]).toBe(chosen);
    expect(checkDraft(after).filter((issue) => issue.severity === "error")).toEqual([]);
  });
});
