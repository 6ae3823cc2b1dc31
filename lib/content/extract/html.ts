/**
 * A saved web page → its article as text: Mozilla's Readability (Firefox's
 * Reader View) finds the main text, linkedom gives it a DOM on the server.
 * The title, byline, site and date it finds go first, as a page prints them,
 * for the importer to read.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { countWords } from "../sentences";
import { htmlBlocks } from "./html-blocks";

export function htmlToText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) return htmlBlocks(document.body ?? document);
  const body = htmlBlocks(parseHTML(`<html><body>${article.content}</body></html>`).document.body).split("\n\n");
  const meta = [bylineLine(article.byline, article.siteName), article.publishedTime && ISO_DATE.exec(article.publishedTime)?.[0]].filter(
    (line): line is string => !!line,
  );
  // Where a page prints them: after the title and dek, before the first paragraph of the article.
  const firstParagraph = body.findIndex((block) => countWords(block) >= ARTICLE_PARAGRAPH_WORDS);
  body.splice(firstParagraph < 0 ? body.length : firstParagraph, 0, ...meta);
  return [article.title?.trim(), ...body].filter(Boolean).join("\n\n");
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const ARTICLE_PARAGRAPH_WORDS = 40;

function bylineLine(byline?: string | null, siteName?: string | null): string | undefined {
  const name = byline?.replace(/\s+/g, " ").trim();
  if (!name) return undefined;
  const withBy = /^by\b/i.test(name) ? name : `By ${name}`;
  return siteName ? `${withBy} | ${siteName.trim()}` : withBy;
}
