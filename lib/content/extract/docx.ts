/** A Word document → text, through mammoth's clean HTML (headings, paragraphs, lists; no styling). */
import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import { htmlBlocks } from "./html-blocks";

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return htmlBlocks(parseHTML(`<html><body>${value}</body></html>`).document.body);
}
