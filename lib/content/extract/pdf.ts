/**
 * A PDF's text layer → text shaped like a copy from a PDF viewer, which the
 * importer then unwraps: one line per printed line, leading spaces for an
 * indented line, a blank line where the page leaves a gap or the type size
 * changes (titles, headings), page numbers moved to the end. Uses Mozilla's PDF.js.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { ImportFileError } from "./errors";

interface PrintedLine {
  text: string;
  x: number;
  y: number;
  size: number;
  page: number;
}

/** A gap this many times the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP = 1.5;
/** A line whose type is this much larger or smaller than the one before is a title or heading. */
const SIZE_CHANGE = 0.15;
/** Pages with fewer printed letters than this on average have no text layer worth reading. */
const MIN_LETTERS_PER_PAGE = 20;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/i;

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  let pdf;
  try {
    pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    throw new ImportFileError("unreadable", "This PDF could not be opened: it may be damaged or password-protected.", { cause: error });
  }
  const lines: PrintedLine[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    const content = await (await pdf.getPage(page)).getTextContent();
    const items = content.items.flatMap((item) => ("str" in item && item.str.trim() ? [item] : []));
    lines.push(...toLines(items, page));
  }
  await pdf.destroy();
  const letters = lines.reduce((sum, line) => sum + (line.text.match(/\p{L}/gu)?.length ?? 0), 0);
  if (letters < MIN_LETTERS_PER_PAGE * pdf.numPages) {
    throw new ImportFileError(
      "no-text",
      "This PDF has no text to read: it is probably a scan. Run it through text recognition (OCR) first, or paste the text.",
    );
  }
  return layout(lines);
}

interface TextRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Runs on one baseline become one line, left to right, with a space wherever the runs leave a gap. */
function toLines(items: TextRun[], page: number): PrintedLine[] {
  const lines: { runs: TextRun[]; y: number; size: number }[] = [];
  for (const run of items) {
    const y = run.transform[5]!;
    const size = run.height || Math.abs(run.transform[3]!);
    const line = lines.find((l) => Math.abs(l.y - y) < Math.min(l.size, size) / 2);
    if (line) {
      line.runs.push(run);
      line.size = Math.max(line.size, size);
    } else lines.push({ runs: [run], y, size });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map(({ runs, y, size }) => {
      const sorted = runs.sort((a, b) => a.transform[4]! - b.transform[4]!);
      let text = "";
      let end = -Infinity;
      for (const run of sorted) {
        const x = run.transform[4]!;
        const gap = x - end > size * 0.2 && !/\s$/.test(text) && !/^\s/.test(run.str);
        text += (text && gap ? " " : "") + run.str;
        end = x + run.width;
      }
      return { text: text.replace(/\s+/g, " ").trim(), x: sorted[0]!.transform[4]!, y, size, page };
    });
}

function layout(printed: PrintedLine[]): string {
  // Page numbers go out of the flow (to the end, where the importer reports them), so a paragraph runs on across pages.
  const pageNumbers = printed.filter((l) => PAGE_NUMBER.test(l.text)).map((l) => l.text);
  const lines = printed.filter((l) => !PAGE_NUMBER.test(l.text));
  const margin = mode(lines.map((l) => Math.round(l.x)));
  const spacing = median(
    lines.slice(1).flatMap((line, i) => {
      const previous = lines[i]!;
      return previous.page === line.page && sameSize(previous, line) ? [previous.y - line.y] : [];
    }),
  );
  const out: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const gap =
      previous &&
      (!sameSize(previous, line) || (previous.page === line.page && spacing > 0 && previous.y - line.y > spacing * PARAGRAPH_GAP));
    if (gap) out.push("");
    const indent = line.x - margin > line.size * 0.8 ? Math.round((line.x - margin) / (line.size / 2)) : 0;
    out.push(" ".repeat(indent) + line.text);
  });
  return [out.join("\n"), ...pageNumbers].join("\n\n");
}

function sameSize(a: PrintedLine, b: PrintedLine): boolean {
  return Math.abs(a.size - b.size) <= Math.max(a.size, b.size) * SIZE_CHANGE;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}
