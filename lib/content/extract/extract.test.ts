/**
 * Files as teachers have them: a saved web page, a Word document and a PDF
 * (both generated here from the raw fixtures), each compared paragraph by
 * paragraph with the true text; and the files that cannot be read.
 */
import fs from "node:fs";
import path from "node:path";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { paragraphText } from "../sentences";
import { extractText, ImportFileError, importFile, MAX_IMPORT_BYTES, type ImportFileErrorCode } from ".";

const fixtures = path.join(import.meta.dirname, "../__fixtures__/raw");
const read = (name: string) => fs.readFileSync(path.join(fixtures, name));
const expectedParagraphs = (name: string) => read(`${name}.expected.txt`).toString("utf8").trim().split(/\n\n/);
const bodyOf = (result: Awaited<ReturnType<typeof importFile>>) => result.reading.paragraphs.map(paragraphText);

async function failure(promise: Promise<unknown>): Promise<{ code: ImportFileErrorCode; message: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

/** The mill-town page as a teacher's Word copy: the title as a heading, every printed line a paragraph, a subheading added. */
async function millTownDocx(): Promise<Uint8Array> {
  const [title, ...blocks] = read("mill-town-news.raw.txt").toString("utf8").trim().split(/\n\n/);
  const children = [new Paragraph({ text: title!, heading: HeadingLevel.HEADING_1 })];
  blocks.forEach((block, i) => {
    if (i === 6) children.push(new Paragraph({ text: "A Room Above the Post Office", heading: HeadingLevel.HEADING_2 }));
    for (const line of block.split("\n")) children.push(new Paragraph({ text: line }));
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/**
 * The reading-aloud paper typeset on two pages: title in larger type, lines
 * set as in the raw fixture (indented first lines, hyphenated line ends, no
 * space between paragraphs), page numbers at the foot.
 */
async function readingAloudPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const lines = read("reading-aloud-paper.raw.txt").toString("utf8").trimEnd().split("\n");
  const perPage = 26;
  for (let start = 0, pageNumber = 1; start < lines.length; start += perPage, pageNumber++) {
    const page = pdf.addPage([612, 792]);
    let y = 720;
    for (const [i, line] of lines.slice(start, start + perPage).entries()) {
      const size = start + i === 0 ? 18 : 11;
      const indent = line.length - line.trimStart().length;
      page.drawText(line.trim(), { x: 72 + indent * 6, y, size, font });
      y -= start + i === 0 ? 28 : 14;
    }
    page.drawText(String(pageNumber), { x: 300, y: 40, size: 10, font });
  }
  return pdf.save();
}

describe("a saved web page (.html)", () => {
  it("finds the article with Readability and keeps every paragraph, leaving out the related box, nav and footer", async () => {
    const result = await importFile({ name: "river-school.html", bytes: read("river-school-feature.html") }, { slug: "river-school" });
    expect(result.format).toBe("html");
    expect(bodyOf(result)).toEqual(expectedParagraphs("river-school-feature"));
    expect(result.report.recovered).toMatchObject({
      title: "The School That Moved to the River",
      author: "Marta Kowalczyk",
      publication: "The Valley Review",
      publishedOn: "2025-05-14",
    });
    expect(result.report.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(["caption", "credit", "author-bio"]));
  });
});

describe("a Word document (.docx)", () => {
  it("keeps every paragraph and removes the subheading, captions, correction and bio", async () => {
    const result = await importFile({ name: "mill.docx", bytes: await millTownDocx() }, { slug: "mill-town" });
    expect(result.format).toBe("docx");
    expect(bodyOf(result)).toEqual(expectedParagraphs("mill-town-news"));
    expect(result.report.removed.find((r) => r.reason === "section-heading")?.text).toBe("A Room Above the Post Office");
    expect(result.report.recovered).toMatchObject({ author: "Daniel Okonkwo-Reyes", publishedOn: "2025-02-02" });
    expect(result.report.counts).toMatchObject({ caption: 2, credit: 2, "editor-note": 2, "author-bio": 1 });
  });
});

describe("a PDF with a text layer", () => {
  it("rebuilds the paragraphs across the page break and re-joins hyphenated words", async () => {
    const result = await importFile({ name: "paper.pdf", bytes: await readingAloudPdf() }, { slug: "reading-aloud" });
    expect(result.format).toBe("pdf");
    expect(bodyOf(result)).toEqual(expectedParagraphs("reading-aloud-paper"));
    expect(result.report.recovered.title).toBe("Reading Aloud as Argument");
    const removed = result.report.removed.map((r) => `${r.reason}: ${r.text}`);
    expect(removed).toEqual(
      expect.arrayContaining(["section-heading: 1. Introduction", "section-heading: 3. Findings", "boilerplate: 1", "boilerplate: 2"]),
    );
  });

  it("says a scan has no text to read", async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([612, 792]).drawRectangle({ x: 72, y: 72, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
    const error = await failure(extractText({ name: "scan.pdf", bytes: await pdf.save() }));
    expect(error.code).toBe("no-text");
    expect(error.message).toMatch(/scan/);
  });

  it("says a damaged PDF cannot be opened", async () => {
    const error = await failure(extractText({ name: "broken.pdf", bytes: new TextEncoder().encode("%PDF-1.7\nnot really a pdf") }));
    expect(error.code).toBe("unreadable");
  });
});

describe("files it cannot take", () => {
  it("refuses a file over the size limit before reading it", async () => {
    const error = await failure(extractText({ name: "big.txt", bytes: new Uint8Array(MAX_IMPORT_BYTES + 1) }));
    expect(error.code).toBe("too-large");
    expect(error.message).toMatch(/limit is 10 MB/);
  });

  it("names the type it will not read: an image, an old .doc, a zip", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(await failure(extractText({ name: "photo.png", bytes: png }))).toMatchObject({ code: "unsupported-type" });
    expect(await failure(extractText({ name: "essay.doc", bytes: doc }))).toMatchObject({ code: "unsupported-type", message: /\.docx/ });
    expect(await failure(extractText({ name: "essay.zip", bytes: zip }))).toMatchObject({ code: "unsupported-type" });
  });

  it("says a damaged .docx cannot be read", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    expect(await failure(extractText({ name: "essay.docx", bytes: zip }))).toMatchObject({ code: "unreadable" });
  });
});

describe("plain text files", () => {
  it("reads UTF-8 with a byte-order mark, and Windows-1252 from older editors", async () => {
    const bom = await extractText({ name: "a.txt", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Café")]) });
    expect(bom).toEqual({ text: "Café", format: "text" });
    const cp1252 = await extractText({ name: "b.txt", bytes: new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]) });
    expect(cp1252.text).toBe("“Café”");
  });
});
