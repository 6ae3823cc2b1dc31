import { describe, expect, it } from "vitest";
import { checkDraft } from "@/lib/authoring/checks";
import { issuesAbout } from "@/lib/authoring/draft";
import { parseDraftJson } from "@/lib/authoring/draft-shape";
import { tinyQuestions, tinyReading } from "@/lib/content/__fixtures__/tiny-reading";
import { importArticle } from "@/lib/content/import";
import type { Question, Reading } from "@/lib/content/schema";
import { builtInReading } from "../support/content";

const tinyBank = () => tinyQuestions().questions as Question[];

/** A built-in reading as its folder holds it (without the version the loader adds). */
function builtIn(slug: string) {
  const { reading, questions } = builtInReading(slug);
  return { reading: Object.fromEntries(Object.entries(reading).filter(([key]) => key !== "version")) as Reading, questions };
}

const paragraph = (i: number) =>
  `Paragraph ${i} of the article says something worth reading closely. It has a second sentence so that it reads like article text and not a caption or a teaser line.`;
const article = (paragraphs: number) =>
  ["The Town That Kept Its Trees", "By Jane Roe", ...Array.from({ length: paragraphs }, (_, i) => paragraph(i + 1))].join("\n\n");

describe("checkDraft", () => {
  it("finds nothing wrong in a built-in reading", () => {
    const { reading, questions } = builtIn("gettysburg-address");
    expect(checkDraft({ reading, questions }).filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("shows chunking problems while fields are still empty, each next to its chunk or paragraph", () => {
    const reading = { ...tinyReading(), title: "" };
    const [first] = reading.chunks;
    reading.chunks = [{ ...first!, title: "", paragraphIds: first!.paragraphIds.slice(0, 1) }, ...reading.chunks.slice(1)];
    const issues = checkDraft({ reading, questions: tinyBank() });
    expect(issuesAbout(issues, "title")).toEqual([expect.objectContaining({ severity: "error", message: "must not be empty" })]);
    expect(issuesAbout(issues, first!.id).map((issue) => issue.message)).toEqual(
      expect.arrayContaining(["title: must not be empty", expect.stringMatching(/has 1 paragraph\(s\); chunks have 2 to 4/)]),
    );
    const orphan = first!.paragraphIds[1]!;
    expect(issuesAbout(issues, orphan)).toEqual([expect.objectContaining({ message: "is in no chunk" })]);
  });

  it("reports a half-written question by its id and still checks the others", () => {
    const questions = tinyBank();
    const broken = { ...questions[0]!, prompt: "" };
    const issues = checkDraft({ reading: tinyReading(), questions: [broken, ...questions.slice(1)] });
    expect(issuesAbout(issues, broken.id)).toEqual([expect.objectContaining({ severity: "error", message: "prompt: must not be empty" })]);
  });

  it("gives cue warnings as warnings", () => {
    const { reading, questions } = builtIn("gettysburg-address");
    const allTrue = questions.map((q) => (q.type === "true_false" ? { ...q, answer: true } : q));
    const warnings = checkDraft({ reading, questions: allTrue }).filter((issue) => issue.severity === "warning");
    expect(warnings.every((w) => w.message.length > 0)).toBe(true);
  });

  it.each([4, 5, 7, 9, 13, 20, 32])("a fresh import of %i paragraphs has no chunking error", (count) => {
    const { reading } = importArticle(article(count), { slug: "trees" });
    const chunkIds = new Set(reading.chunks.map((c) => c.id));
    const paragraphIds = new Set(reading.paragraphs.map((p) => p.id));
    const issues = checkDraft({ reading, questions: [] }).filter((issue) => chunkIds.has(issue.id) || paragraphIds.has(issue.id) || issue.id === "chunks");
    // Only the empty chunk titles and prompts are left to write.
    expect(issues.map((issue) => issue.message).filter((m) => !/^(title|readFor): must not be empty$/.test(m))).toEqual([]);
  });
});

describe("a draft's source link", () => {
  const NOT_AN_ADDRESS = "give the address of the original, starting https://";

  it("may stay empty: a fresh import's empty link is dropped when the draft is read, and nothing asks for it", () => {
    const { reading } = importArticle(article(8), { slug: "trees" });
    expect(reading.sourceUrl).toBe("");
    const draft = parseDraftJson(JSON.stringify({ reading, questions: [] }))!;
    expect(JSON.stringify(draft)).not.toContain("sourceUrl");
    expect(issuesAbout(checkDraft(draft), "sourceUrl")).toEqual([]);
    const withoutLink = { ...tinyReading(), sourceUrl: undefined };
    expect(checkDraft({ reading: withoutLink, questions: tinyBank() }).filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("says what a link that is not a whole address needs, at the field", () => {
    const issues = checkDraft({ reading: { ...tinyReading(), sourceUrl: "www.example.org/levee" }, questions: tinyBank() });
    expect(issuesAbout(issues, "sourceUrl")).toEqual([{ severity: "error", id: "sourceUrl", message: NOT_AN_ADDRESS }]);
  });
});
