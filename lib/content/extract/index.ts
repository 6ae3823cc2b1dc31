/**
 * What a teacher has → the importer's draft: pasted text, a saved web page
 * (.html), a Word document (.docx), a PDF with a text layer, or a plain text
 * file. Takes the file's name and bytes (what a form upload or the CLI has)
 * and throws an ImportFileError with a code a page can explain.
 */
import { importArticle, type ImportResult } from "../import";
import { ImportFileError } from "./errors";

export { ImportFileError, type ImportFileErrorCode } from "./errors";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const IMPORT_FORMATS = ["text", "html", "docx", "pdf"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** For a file input's `accept`. */
export const IMPORT_ACCEPT = ".txt,.text,.md,.html,.htm,.docx,.pdf";

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export async function importFile(file: SourceFile, options: { slug: string }): Promise<ImportResult & { format: ImportFormat }> {
  const { text, format } = await extractText(file);
  const result = importArticle(text, { slug: options.slug, source: file.name });
  if (result.reading.paragraphs.length === 0) throw new ImportFileError("no-text", `${file.name} has no paragraphs of text to import.`);
  return { ...result, format };
}

/** Pasted text goes straight to `importArticle`; a file comes through here. */
export async function extractText(file: SourceFile): Promise<{ text: string; format: ImportFormat }> {
  if (file.bytes.byteLength > MAX_IMPORT_BYTES) {
    const megabytes = (file.bytes.byteLength / 1024 / 1024).toFixed(1);
    throw new ImportFileError("too-large", `This file is ${megabytes} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  }
  const format = formatOf(file);
  try {
    // Each format's library is loaded only when a file of that format comes.
    if (format === "pdf") return { text: await (await import("./pdf")).pdfToText(file.bytes), format };
    if (format === "docx") return { text: await (await import("./docx")).docxToText(file.bytes), format };
    const text = decodeText(file.bytes);
    return { text: format === "html" ? (await import("./html")).htmlToText(text) : text, format };
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError("unreadable", `${file.name} could not be read as ${FORMAT_NAMES[format]}.`, { cause: error });
  }
}

const FORMAT_NAMES: Record<ImportFormat, string> = {
  text: "text",
  html: "a web page",
  docx: "a Word document",
  pdf: "a PDF",
};

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // Word 97-2003 and other old Office files

/** By content first (a renamed file is still what it is), then by extension. */
function formatOf({ name, bytes }: SourceFile): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, ZIP)) {
    if (extension === "docx") return "docx";
    throw new ImportFileError("unsupported-type", `${name} is a compressed file; save a Word document as .docx, or a page as .html.`);
  }
  if (startsWith(bytes, OLE)) {
    throw new ImportFileError("unsupported-type", `${name} is an older Word (.doc) file: open it in Word and save it as .docx.`);
  }
  if (!isText(bytes)) throw new ImportFileError("unsupported-type", `${name} is not a text file, a web page (.html), a .docx or a PDF.`);
  if (["html", "htm", "xhtml"].includes(extension) || /^\s*(?:<!doctype html|<html)/i.test(new TextDecoder().decode(bytes.subarray(0, 1024)))) {
    return "html";
  }
  return "text";
}

/** Text is UTF-16 with its byte-order mark, or has no control characters but tabs, line and page breaks (a stray few allowed). */
function isText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const controls = bytes.reduce((n, byte) => n + (byte === 0 ? bytes.length : isControl(byte) ? 1 : 0), 0);
  return controls <= bytes.length * STRAY_CONTROL_SHARE;
}
const STRAY_CONTROL_SHARE = 0.001;
const isControl = (byte: number) => (byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(byte)) || byte === 0x7f;

/** UTF-8, or UTF-16 by its byte-order mark; what is not UTF-8 is read as Windows-1252, as older Windows editors save it. */
function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    // Node's decoder reads "windows-1252" as Latin-1, whose 0x80-0x9F are control codes; Windows puts quotes and dashes there.
    return Array.from(bytes, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_80_9F[byte - 0x80] : String.fromCharCode(byte))).join("");
  }
}

const WINDOWS_1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
