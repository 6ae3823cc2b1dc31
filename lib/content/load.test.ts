import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tinyQuestions, tinyReading } from "./__fixtures__/tiny-reading";
import { getFullQuestion, getFullQuestions } from "./keys";
import { formatIssue, getChunk, getQuestions, getReading, InvalidContentError, listReadings, loadContent } from "./load";

type TinyReading = ReturnType<typeof tinyReading>;

/** The tiny fixture with one change. */
function tinyReadingWith(change: (reading: TinyReading) => void): TinyReading {
  const reading = tinyReading();
  change(reading);
  return reading;
}

/** A content directory holding `reading` and the tiny questions as folder `tiny`. */
function contentDirWith(reading: unknown = tinyReading(), indent = 2): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-content-"));
  fs.mkdirSync(path.join(dir, "tiny"));
  fs.writeFileSync(path.join(dir, "tiny", "reading.json"), JSON.stringify(reading, null, indent));
  fs.writeFileSync(path.join(dir, "tiny", "questions.json"), JSON.stringify(tinyQuestions(), null, indent));
  return dir;
}

const originalContentDir = process.env.CONTENT_DIR;
afterEach(() => {
  if (originalContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = originalContentDir;
});

describe("the content/ folder", () => {
  it("passes every check", () => {
    const content = loadContent(path.resolve("content"));
    expect(content.issues.map((issue) => formatIssue(content.dir, issue))).toEqual([]);
    expect(content.readings.map((r) => r.reading.slug)).toContain("gettysburg-address");
  });
});

describe("loadContent", () => {
  it("versions a reading by its content, not its formatting or key order", () => {
    const version = (dir: string) => loadContent(dir).readings[0]!.reading.version;
    const original = version(contentDirWith());
    expect(original).toMatch(/^[0-9a-f]{12}$/);
    expect(version(contentDirWith(tinyReading(), 0))).toBe(original);
    expect(version(contentDirWith(Object.fromEntries(Object.entries(tinyReading()).reverse())))).toBe(original);
    const edited = tinyReadingWith((r) => (r.paragraphs[2]!.sentences[0] = "Then came a long drought."));
    expect(version(contentDirWith(edited))).not.toBe(original);
  });

  it("reports a missing questions.json and invalid JSON by file", () => {
    const dir = contentDirWith();
    fs.rmSync(path.join(dir, "tiny", "questions.json"));
    fs.mkdirSync(path.join(dir, "broken"));
    fs.writeFileSync(path.join(dir, "broken", "reading.json"), "{ not json");
    const lines = loadContent(dir).issues.map((issue) => formatIssue(dir, issue).replace(`${path.relative(process.cwd(), dir)}/`, ""));
    expect(lines).toEqual([
      expect.stringMatching(/^broken\/reading\.json: \(file\): not valid JSON/),
      "tiny/questions.json: (file): file is missing",
    ]);
  });
});

describe("the catalogue", () => {
  it("serves the readings of CONTENT_DIR from the database", async () => {
    process.env.CONTENT_DIR = contentDirWith();
    expect((await listReadings()).map((r) => r.slug)).toContain("tiny");
    const reading = (await getReading("tiny"))!;
    expect(reading.version).toMatch(/^[0-9a-f]{12}$/);
    expect(await getReading("nope")).toBeUndefined();
    expect(getQuestions(reading)).toHaveLength(7);

    const chunk = getChunk(reading, "c2");
    expect(chunk).toMatchObject({ id: "c2", number: 2, isLast: true });
    expect(chunk?.paragraphs.map((p) => p.id)).toEqual(["p03", "p04"]);
    expect(getChunk(reading, "c9")).toBeUndefined();
  });

  it("gives keys through keys.ts", async () => {
    process.env.CONTENT_DIR = contentDirWith();
    const reading = (await getReading("tiny"))!;
    expect(getFullQuestion(reading, "q-single")).toMatchObject({ answer: "a", explanation: "Explanation of q-single" });
    expect(getFullQuestions(reading).map((q) => q.id)).toContain("q-evidence");
    expect(() => getFullQuestions({ slug: "tiny", version: "000000000000" })).toThrow("was not loaded through the catalogue");
  });

  it("refuses to serve while any folder is invalid, naming the problem", async () => {
    process.env.CONTENT_DIR = contentDirWith(tinyReadingWith((r) => (r.chunks[1]!.paragraphIds = ["p03"])));
    await expect(listReadings()).rejects.toThrow(InvalidContentError);
    await expect(getReading("tiny")).rejects.toThrow(/tiny\/reading\.json: p04: is in no chunk/);
  });
});
