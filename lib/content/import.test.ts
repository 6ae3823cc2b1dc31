import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importArticle, REMOVAL_REASONS, type ImportResult, type RemovalReason } from "./import";
import { paragraphText } from "./sentences";
import { validateReading } from "./validate";

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "__fixtures__/raw", name), "utf8");
const ESSAY_SLUG = "why-the-taliban-wont-quit-al-qaeda";
// The essay's page as copied from the browser (origin and licence: __fixtures__/raw/README.md).
const essayRaw = fixture(`${ESSAY_SLUG}.raw.txt`);

const counts = (partial: Partial<Record<RemovalReason, number>>) =>
  Object.fromEntries(REMOVAL_REASONS.map((reason) => [reason, partial[reason] ?? 0]));
const bodyTexts = ({ reading }: ImportResult) => reading.paragraphs.map(paragraphText);
const removedTexts = ({ report }: ImportResult, reason: RemovalReason) =>
  report.removed.filter((r) => r.reason === reason).map((r) => r.text);
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Every word of the raw text ends up somewhere: in the body, the recovered metadata, or a removal. */
function expectNothingLost(raw: string, result: ImportResult): void {
  const { recovered, removed } = result.report;
  const sections = new Set(removed.flatMap((r) => (r.section ? [r.section] : [])));
  const accounted = [
    ...bodyTexts(result),
    ...[recovered.title, recovered.dek, recovered.byline, recovered.dateline].filter((t) => t !== undefined),
    ...removed.map((r) => r.text),
    ...sections,
  ];
  expect(accounted.flatMap(words).sort()).toEqual(words(raw).sort());
}

/** The draft only fails validation on what a person must still write. */
function expectOnlyPlaceholdersMissing(result: ImportResult): void {
  const { issues } = validateReading(result.reading.slug, result.reading);
  const placeholders = /^(?:publishedOn|sourceUrl|attribution|classroomNote|publication)$|^c\d+$/;
  expect(issues.filter((issue) => !placeholders.test(issue.id))).toEqual([]);
  for (const issue of issues.filter((i) => /^c\d+$/.test(i.id))) expect(issue.message).toMatch(/^(title|readFor): must not be empty$/);
}

describe("importArticle on a blog post", () => {
  const raw = fixture("balcony-garden-blog.raw.txt");
  const result = importArticle(raw, { slug: "balcony-garden" });

  it("recovers the title, the author and date from a “Posted by” byline, and the bio", () => {
    expect(result.report.recovered).toMatchObject({
      title: "How I Turned a Shady Balcony Into a Vegetable Garden",
      author: "Priya Raman",
      authorFrom: "byline",
      publishedOn: "2024-03-03",
      authorBio: "Priya Raman writes about small-space gardening and lives in Leeds with two cats and far too many pots.",
    });
    expect(result.reading.dek).toBeUndefined();
  });

  it("keeps the body and removes share bars, comment and newsletter prompts, the photo and related posts", () => {
    expect(result.reading.paragraphs).toHaveLength(5);
    expect(bodyTexts(result)[0]).toMatch(/^When we moved into our third-floor flat on St\. Anne’s Road/);
    expect(bodyTexts(result).at(-1)).toMatch(/against Dr\. Okafor’s advice\.$/);
    expect(result.report.counts).toEqual(counts({ caption: 1, credit: 1, boilerplate: 5, "unrelated-teaser": 3, "author-bio": 1 }));
    expect(removedTexts(result, "boilerplate")).toEqual([
      "Share this",
      "Facebook | Twitter | Email",
      "Sign up for our weekly newsletter and get new posts in your inbox.",
      "3 comments",
      "Leave a reply",
    ]);
    expect(removedTexts(result, "credit")).toEqual(["Photo: Priya Raman"]);
    expect(result.report.removed.filter((r) => r.reason === "unrelated-teaser").map((r) => r.section)).toEqual([
      "Related posts",
      "Related posts",
      "Related posts",
    ]);
    expectNothingLost(raw, result);
  });

  it("splits sentences around abbreviations and quotations", () => {
    expect(result.reading.paragraphs[2]!.sentences).toEqual([
      "I started with lettuce, spinach and chard in March.",
      "Dr. Helen Okafor, a horticulturist at the county extension office, told me to skip tomatoes in the first year.",
      "“Grow what forgives you,” she said.",
      "“Leaves forgive you.",
      "Fruit doesn’t.”",
    ]);
    expect(result.reading.paragraphs[1]!.sentences[1]).toBe(
      "Our balcony faces east, so it gets bright, cool light from 7 a.m. until about 10 a.m. and then open sky for the rest of the day.",
    );
  });

  it("drafts a reading that only lacks what a person must write", () => {
    expect(result.reading.published).toBe(false);
    expect(result.reading.chunks.map((c) => c.paragraphIds)).toEqual([
      ["p01", "p02", "p03"],
      ["p04", "p05"],
    ]);
    expectOnlyPlaceholdersMissing(result);
  });
});

describe("importArticle on a wire story", () => {
  const raw = fixture("senate-broadband-news.raw.txt");
  const result = importArticle(raw, { slug: "senate-broadband" });

  it("reads author and publication from “By Jane Roe | Reuters” and the date from the dateline", () => {
    expect(result.report.recovered).toMatchObject({
      title: "Senate Passes Bill to Expand Rural Broadband",
      dek: "The measure, which now goes to the House, would pay for fiber lines to about 2 million homes.",
      author: "Jane Roe",
      authorFrom: "byline",
      publication: "Reuters",
      publishedOn: "2023-09-14",
      dateline: "Sept. 14, 2023, 4:12 PM EDT",
    });
    expect(result.report.recovered.authorBio).toBeUndefined();
  });

  it("removes the photo caption and its “Photo:” credit, inline and trailing teasers, ads and newsroom credits", () => {
    expect(result.report.counts).toEqual(counts({ caption: 1, credit: 1, boilerplate: 2, "unrelated-teaser": 3 }));
    expect(removedTexts(result, "caption")).toEqual(["Workers lay fiber-optic cable along a county road near Ames, Iowa, on Aug. 2."]);
    expect(removedTexts(result, "credit")).toEqual(["Photo: John Smith/Reuters"]);
    expect(removedTexts(result, "unrelated-teaser")).toEqual([
      "RELATED: Why the last broadband bill fell short",
      "Farm states push for new rules on water rights",
      "Inside the race to wire the last mile",
    ]);
    expect(removedTexts(result, "boilerplate")).toEqual(["Advertisement", "Reporting by Jane Roe; Editing by Mark Ellis"]);
    expect(bodyTexts(result)).toHaveLength(5);
    expect(bodyTexts(result)[0]).toMatch(/^WASHINGTON \(Reuters\) — The U\.S\. Senate on Tuesday/);
    expectNothingLost(raw, result);
  });

  it("ends a sentence after an abbreviation only before a word that starts one", () => {
    expect(result.reading.paragraphs[3]!.sentences).toEqual([
      "Opponents said the money would duplicate programs run by the Agriculture Dept.",
      "They also questioned the cost.",
      "Sen. Tom Hale of Idaho called it “a gift to the phone companies.”",
    ]);
    expectOnlyPlaceholdersMissing(result);
  });
});

describe("importArticle on a hard-wrapped essay with the name in the byline and no bio", () => {
  const raw = fixture("library-essay.raw.txt");
  const result = importArticle(raw, { slug: "library-essay" });

  it("takes the author from the byline and finds no bio", () => {
    expect(result.report.recovered).toMatchObject({
      title: "The Quiet Return of the Public Library",
      dek: "Libraries are lending more than books, and cities are noticing.",
      author: "Tomás Ortega",
      authorFrom: "byline",
    });
    expect(result.reading.authorBio).toBeUndefined();
  });

  it("joins wrapped lines into paragraphs and removes the pull quote, the doubled caption and its credit", () => {
    expect(bodyTexts(result)).toHaveLength(5);
    expect(bodyTexts(result)[0]).toBe(
      "Ten years ago, the public library looked like an institution waiting to be retired. Budgets were cut, branches closed and every new device seemed to promise that the shelves would soon be empty.",
    );
    expect(result.report.counts).toEqual(counts({ "pull-quote": 1, caption: 1, credit: 1, boilerplate: 1, "unrelated-teaser": 2 }));
    expect(result.report.removed.find((r) => r.reason === "pull-quote")).toMatchObject({
      text: "A library is the last place you can stay without buying anything.",
      repeats: "p03",
    });
    expect(removedTexts(result, "caption")).toEqual([
      "Readers in the main hall of a branch library.\nReaders in the main hall of a branch library.",
    ]);
    expect(removedTexts(result, "credit")).toEqual(["Illustration by Ana Kim for The Review"]);
    expectNothingLost(raw, result);
    expectOnlyPlaceholdersMissing(result);
  });
});

describe("importArticle on the Foreign Policy essay", () => {
  const result = importArticle(essayRaw, { slug: ESSAY_SLUG });
  const { report } = result;

  it("recovers title, dek, publication, and the author from the bio when the byline lost the name", () => {
    expect(report.recovered).toMatchObject({
      title: "Why the Taliban Won’t Quit al Qaeda",
      dek: "Don’t expect the Taliban to compromise their terrorist allies.",
      byline: "By , an associate professor of government and legal studies at Bowdoin College.",
      author: "Barbara Elias",
      authorFrom: "bio",
      publication: "Foreign Policy",
    });
    expect(report.recovered.authorBio).toMatch(/^Barbara Elias is an associate professor .* Washington, D\.C\.$/);
  });

  it("keeps exactly the 19 body paragraphs, each word for word as printed", () => {
    expect(result.reading.paragraphs).toHaveLength(19);
    const rawLines = new Set(essayRaw.split("\n").map((line) => line.trim()));
    for (const text of bodyTexts(result)) expect(rawLines.has(text)).toBe(true);
    expect(bodyTexts(result)[0]).toMatch(/^The stunning Taliban takeover/);
    expect(bodyTexts(result).at(-1)).toMatch(/^They were right\./);
  });

  it("reports each removed block with its reason", () => {
    expect(report.counts).toEqual(
      counts({ "duplicate-paragraph": 1, "pull-quote": 3, caption: 1, credit: 1, boilerplate: 9, "unrelated-teaser": 4, "author-bio": 1 }),
    );
    expect(report.removed.find((r) => r.reason === "duplicate-paragraph")).toMatchObject({ line: 12, repeats: "p01" });
    expect(removedTexts(result, "pull-quote")).toEqual([
      "Complex local politics, then and now, make the partnership worthwhile for both groups.",
      "The Taliban need allies, and al Qaeda is a familiar friend.",
      "A quiet but steadfast association is advantageous for both groups.",
    ]);
    expect(removedTexts(result, "caption")).toEqual([
      "Taliban fighters in Afghanistan\nTaliban fighters in Afghanistan\nTaliban fighters pose in front of a bakery at a market area in Khenj district, Panjshir province, Afghanistan, on Sept. 15.",
    ]);
    expect(removedTexts(result, "credit")).toEqual(["Wakil Kohsar/AFP via Getty Images"]);
    expect(removedTexts(result, "boilerplate")).toContain("Already a subscriber? .");
    expect(removedTexts(result, "boilerplate")).toContain("You are commenting as .");
    const teasers = report.removed.filter((r) => r.reason === "unrelated-teaser");
    expect(teasers.map((t) => t.text.split("\n").at(-2))).toEqual([
      "The Iran-Israel War Is Just Getting Started",
      "New Zealand Becomes the Latest Country to Pivot to the U.S.",
      "A Tale of Two Megalopolises",
      "The Strategic Unseriousness of Olaf Scholz",
    ]);
    expect(new Set(teasers.map((t) => t.section))).toEqual(new Set(["More from Foreign Policy"]));
    expectNothingLost(essayRaw, result);
  });

  it("drafts six chunks of three or four paragraphs", () => {
    expect(result.reading.chunks.map((c) => c.paragraphIds.length)).toEqual([4, 3, 3, 3, 3, 3]);
    expect(result.reading.readingMinutes).toBe(9);
    expectOnlyPlaceholdersMissing(result);
  });

  const curatedFile = path.resolve(process.cwd(), "content", ESSAY_SLUG, "reading.json");
  it.runIf(fs.existsSync(curatedFile))("gives the curated reading’s paragraphs word for word", () => {
    const curated = JSON.parse(fs.readFileSync(curatedFile, "utf8")) as { paragraphs: { sentences: string[] }[] };
    expect(curated.paragraphs.map((p) => p.sentences.join(" "))).toEqual(bodyTexts(result));
  });
});
