/**
 * The importer on text of the shapes teachers bring: a web page with a related
 * box in the middle, a hard-wrapped CRLF text, text copied out of a PDF, a
 * news page with no "By". Each fixture has its true paragraphs beside it
 * (`*.expected.txt`), compared paragraph by paragraph.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isBrokenWord, joinLines } from "./import-blocks";
import { importArticle, restore, type ImportResult, type RemovalReason } from "./import";
import { paragraphText } from "./sentences";
import { validateReading } from "./validate";

const raw = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "__fixtures__/raw", `${name}.raw.txt`), "utf8");
const expectedParagraphs = (name: string) =>
  fs.readFileSync(path.join(import.meta.dirname, "__fixtures__/raw", `${name}.expected.txt`), "utf8").trim().split(/\n\n/);
const bodyTexts = ({ reading }: ImportResult) => reading.paragraphs.map(paragraphText);
const removedAs = ({ report }: ImportResult, reason: RemovalReason) =>
  report.removed.filter((r) => r.reason === reason).map((r) => r.text);
const chunkSizes = ({ reading }: ImportResult) => reading.chunks.map((c) => c.paragraphIds.length);

describe("a web page with a related box in the middle", () => {
  const result = importArticle(raw("river-school-feature"), { slug: "river-school" });

  it("keeps every paragraph after the box, word for word", () => {
    expect(bodyTexts(result)).toEqual(expectedParagraphs("river-school-feature"));
  });

  it("reports the box's links one by one, under their heading", () => {
    const box = result.report.removed.filter((r) => r.reason === "related-box");
    expect(box.map((r) => r.section)).toEqual(["Related", "Related"]);
    expect(box.map((r) => r.text).join("\n")).toBe(
      [
        "Why Rural Schools Are Closing Faster Than City Ones",
        "The Forest Kindergarten Movement Comes of Age",
        "Ask a Teacher: How Do I Keep Lessons Going After a Disaster?",
      ].join("\n"),
    );
    expect(result.report.counts["unrelated-teaser"]).toBe(0);
  });

  it("reads an author line and a dateline that have no “By”, and an unknown outlet’s photo credit", () => {
    expect(result.report.recovered).toMatchObject({
      title: "The School That Moved to the River",
      author: "Marta Kowalczyk",
      authorFrom: "byline",
      publishedOn: "2025-05-14",
    });
    expect(removedAs(result, "credit")).toEqual(["Tobias Wren/The Harbour Examiner"]);
    expect(removedAs(result, "caption")).toEqual(["Students measure the depth of the Alder River during a morning science lesson."]);
  });

  it("takes out the author bio and the editor’s note after it", () => {
    expect(removedAs(result, "author-bio")).toEqual([
      "Marta Kowalczyk is a freelance writer who covers education and rural life. She taught primary school for nine years.",
    ]);
    expect(result.reading.authorBio).toMatch(/^Marta Kowalczyk is a freelance writer/);
    expect(removedAs(result, "editor-note")).toEqual([
      "Editor’s note: This article was updated on May 16, 2025, to correct the number of pupils at the school.",
    ]);
    expect(removedAs(result, "boilerplate")).toEqual(
      expect.arrayContaining(["Skip to main content", "Menu", "6 min read", "Facebook | X | Email"]),
    );
  });
});

describe("hard-wrapped text with CRLF line ends (Project Gutenberg, e-mail)", () => {
  const text = raw("walking-essay");
  const result = importArticle(text, { slug: "walking-essay" });

  it("is the shape it claims: CRLF, wrapped at 70 columns, a wrapped line starting with “by”", () => {
    const lines = text.split("\r\n");
    expect(text).not.toMatch(/[^\r]\n/);
    expect(Math.max(...lines.map((l) => l.length))).toBe(70);
    expect(lines.some((l) => /^by the time/.test(l))).toBe(true);
  });

  it("joins the wrapped lines into the four true paragraphs", () => {
    expect(bodyTexts(result)).toEqual(expectedParagraphs("walking-essay"));
    expect(result.report.recovered).toMatchObject({ title: "ON WALKING WITHOUT A PURPOSE", author: "Edwin Marsh Hollis" });
  });
});

describe("a Project Gutenberg file, frame and all", () => {
  const frame = (book: string) =>
    [
      "The Project Gutenberg eBook of Essays in Idleness",
      "",
      "This ebook is for the use of anyone anywhere in the United States and",
      "most other parts of the world at no cost and with almost no restrictions",
      "whatsoever. You may copy it, give it away or re-use it under the terms",
      "of the Project Gutenberg License included with this ebook.",
      "",
      "Title: Essays in Idleness",
      "",
      "Author: Edwin Marsh Hollis",
      "",
      "Release date: May 1, 2004 [eBook #12345]",
      "",
      "Language: English",
      "",
      "*** START OF THE PROJECT GUTENBERG EBOOK ESSAYS IN IDLENESS ***",
      "",
      book,
      "",
      "*** END OF THE PROJECT GUTENBERG EBOOK ESSAYS IN IDLENESS ***",
    ].join("\r\n");
  const result = importArticle(frame(raw("walking-essay")), { slug: "walking-essay" });

  it("keeps the book’s paragraphs and reports the frame, the licence note and the book’s own title line", () => {
    expect(bodyTexts(result)).toEqual(expectedParagraphs("walking-essay"));
    expect(result.report.recovered).toMatchObject({ title: "Essays in Idleness", author: "Edwin Marsh Hollis" });
    expect(removedAs(result, "boilerplate")).toHaveLength(5);
    expect(removedAs(result, "editor-note")[0]).toMatch(/^This ebook is for the use of anyone anywhere/);
    expect(removedAs(result, "section-heading")).toEqual(["ON WALKING WITHOUT A PURPOSE"]);
  });
});

describe("text copied out of a PDF", () => {
  const result = importArticle(raw("reading-aloud-paper"), { slug: "reading-aloud" });

  it("finds paragraphs without blank lines (indented first lines, short last lines) and unglues the headings", () => {
    expect(bodyTexts(result)).toEqual(expectedParagraphs("reading-aloud-paper"));
    expect(removedAs(result, "section-heading")).toEqual(["1. Introduction", "2. The Method", "3. Findings"]);
    expect(result.report.recovered).toMatchObject({
      title: "Reading Aloud as Argument",
      author: "Helen Achebe-Moore and Daniel Ferreira",
    });
  });

  it("re-joins hyphenated words and keeps real hyphens", () => {
    const body = bodyTexts(result).join("\n");
    for (const word of ["argument:", "decisions;", "ambiguous", "discussions", "well-known"]) expect(body).toContain(word);
    expect(body).not.toMatch(/argu-ment|deci-sions|wellknown/);
  });
});

describe("short paragraphs one a line, without blank lines", () => {
  it("are not mistaken for hard-wrapped text", () => {
    const paragraphs = [
      "The council voted on Tuesday to keep the Elm Street pool open for another year.",
      "The decision came after more than four hundred residents signed a petition.",
      "Repairs to the roof will cost about eighty thousand pounds, officials said.",
      "The pool first opened in 1962 and has been closed twice for repairs.",
      "Swimming lessons for local schools will start again in September this year.",
    ];
    const result = importArticle(["Town Votes to Keep Its Pool Open", "By Sam Lee", ...paragraphs].join("\n"), { slug: "pool" });
    expect(bodyTexts(result)).toEqual(paragraphs);
  });
});

describe("re-joining a word hyphenated at a line end", () => {
  it("drops the hyphen when the joined letters are a word, keeps it when they are not", () => {
    expect(joinLines(["the opposite argu-", "ment holds"])).toBe("the opposite argument holds");
    expect(joinLines(["a well-", "known method"])).toBe("a well-known method");
    expect(joinLines(["a self-", "evident truth"])).toBe("a self-evident truth");
  });

  it("lets the text’s own spelling elsewhere decide first", () => {
    expect(isBrokenWord("co", "operate", "they co-operate")).toBe(false);
    expect(isBrokenWord("co", "operate", "they cooperate")).toBe(true);
    expect(isBrokenWord("re", "form", "nothing else")).toBe(true);
  });

  it("never joins across a dash or before a capital", () => {
    expect(joinLines(["Mid-", "Atlantic states"])).toBe("Mid-Atlantic states");
    expect(joinLines(["a year -", "no, two"])).toBe("a year - no, two");
  });
});

describe("a news page whose header has no “By”", () => {
  const result = importArticle(raw("mill-town-news"), { slug: "mill-town" });

  it("keeps exactly the body", () => {
    expect(bodyTexts(result)).toEqual(expectedParagraphs("mill-town-news"));
  });

  it("reads author, publication and date from “Name | Outlet” and “Published …”", () => {
    expect(result.report.recovered).toMatchObject({
      author: "Daniel Okonkwo-Reyes",
      publication: "The Lakeside Ledger",
      publishedOn: "2025-02-02",
      authorBio: "Daniel Okonkwo-Reyes covers local government and education for the Ledger.",
    });
  });

  it("removes the correction, the republication note, both captions and credits it has never seen", () => {
    expect(removedAs(result, "editor-note")).toEqual([
      "Correction: An earlier version of this article gave the wrong year for the mill’s closure. It closed in 1987, not 1978.",
      "This story was originally published by The Lakeside Ledger and is republished with permission.",
    ]);
    expect(removedAs(result, "credit")).toEqual(["Priya Natarajan/Lakeside Ledger", "Photo courtesy of the Hadley Heritage Trust"]);
    expect(removedAs(result, "caption")).toHaveLength(2);
  });
});

describe("restore", () => {
  const result = importArticle(raw("river-school-feature"), { slug: "river-school" });
  const bioIndex = result.report.removed.find((r) => r.reason === "author-bio")!.index;
  const captionIndex = result.report.removed.find((r) => r.reason === "caption")!.index;

  it("puts a removed block back in its place and renumbers the paragraphs", () => {
    const restored = restore(result, captionIndex);
    expect(bodyTexts(restored)).toEqual([
      "Students measure the depth of the Alder River during a morning science lesson.",
      ...expectedParagraphs("river-school-feature"),
    ]);
    expect(restored.reading.paragraphs.map((p) => p.id).slice(0, 3)).toEqual(["p01", "p02", "p03"]);
    expect(restored.report.removed.some((r) => r.index === captionIndex)).toBe(false);
    expect(restored.report.counts.caption).toBe(0);
    expect(restored.report.paragraphs).toBe(12);
    expect(bodyTexts(restore(restored, bioIndex)).at(-1)).toMatch(/^Marta Kowalczyk is a freelance writer/);
  });

  it("leaves the result it was given as it was", () => {
    const before = JSON.stringify(result);
    restore(result, bioIndex);
    expect(JSON.stringify(result)).toBe(before);
  });

  it("brings a caption printed twice back once, and keeps what a repeat points at when paragraphs are renumbered", () => {
    const library = importArticle(raw("library-essay"), { slug: "library-essay" });
    const quote = library.report.removed.find((r) => r.reason === "pull-quote")!;
    const caption = library.report.removed.find((r) => r.reason === "caption")!;
    const restored = restore(library, caption.index);
    expect(paragraphText(restored.reading.paragraphs[0]!)).toBe("Readers in the main hall of a branch library.");
    const repeats = restored.report.removed.find((r) => r.index === quote.index)!.repeats!;
    expect(paragraphText(restored.reading.paragraphs.find((p) => p.id === repeats)!)).toContain(
      "a library is the last place you can stay without buying anything",
    );
  });

  it("refuses an index that was not removed", () => {
    expect(() => restore(result, result.report.bodyIndexes[0]!)).toThrow(/no removed block/);
  });
});

describe("draft chunks", () => {
  const paragraphsText = (n: number) =>
    ["A Title", "By Jane Roe", ...Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} says one thing. It then says another thing about it.`)].join(
      "\n\n",
    );

  it("keep 2 to 4 paragraphs a chunk whatever the length, in 2 to 8 chunks while 4 × 8 paragraphs hold the text", () => {
    for (let n = 4; n <= 40; n++) {
      const sizes = chunkSizes(importArticle(paragraphsText(n), { slug: "counts" }));
      expect(sizes.reduce((a, b) => a + b), `${n} paragraphs`).toBe(n);
      for (const size of sizes) expect(size, `${n} paragraphs: ${sizes.join(",")}`).toBeGreaterThanOrEqual(2);
      for (const size of sizes) expect(size, `${n} paragraphs: ${sizes.join(",")}`).toBeLessThanOrEqual(4);
      if (n <= 32) expect(sizes.length, `${n} paragraphs`).toBeLessThanOrEqual(8);
    }
  });

  it("say in toCurate what the checker will report when no chunking fits", () => {
    const long = importArticle(paragraphsText(36), { slug: "long" });
    expect(long.report.toCurate).toContain("chunks: 9 chunk(s); a reading has 2 to 8");
    expect(long.report.toCurate.filter((line) => /paragraph\(s\)/.test(line))).toEqual([]);
    const short = importArticle(paragraphsText(3), { slug: "short" });
    expect(short.report.toCurate).toContain("chunks: 1 chunk(s); a reading has 2 to 8");
    const fine = importArticle(paragraphsText(13), { slug: "fine" });
    expect(fine.report.toCurate.filter((line) => /^c\d+:|^chunks:/.test(line) && !line.startsWith("chunks: boundaries"))).toEqual([]);
    expect(validateReading("fine", fine.reading).issues.filter((i) => /paragraph\(s\)|chunk\(s\)/.test(i.message))).toEqual([]);
  });
});
