/**
 * What the importer recognises in raw article text: web-page furniture
 * (prompts, credits, teaser sections), bylines, dates and author bios.
 * Patterns describe kinds of debris, never one article's sentences.
 */
import { countWords } from "./sentences";
import { splitSentences } from "./split-sentences";

/** A heading after which everything is other articles: "More from Foreign Policy", "Related posts". */
const TEASER_HEADING =
  /^(?:more from .+|more (?:stories|articles|reading)|related(?: (?:posts?|articles?|stories|reading|coverage|content|links))?|read (?:more|next)|recommended(?: for you| reading| stories)?|you (?:may|might) also (?:like|enjoy)|further reading|up next|most (?:popular|read)|trending(?: now| stories)?|popular (?:now|on .+)|keep reading|editors[’']? picks)\s*:?$/i;

/** A one-line pointer to another article inside the page: "RELATED: Why ...", "Read more: ...". */
const INLINE_TEASER = /^(?:related|read more|see also|also read|read also|more on this)\s*:\s*\S/i;

const SHARE_TARGETS = "share|tweet|email|print|save|copy link|facebook|twitter|x|linkedin|reddit|whatsapp|pinterest";

/** Prompts to subscribe, comment, share, sign in or sign up; page furniture; newsroom credits. Only short blocks are tested. */
const BOILERPLATE = [
  /^join the conversation\b/i,
  /^already (?:a subscriber|have an account)\b/i,
  /^not your account\??$/i,
  /^you are commenting as\b/i,
  /\bcomment(?:ing)? (?:guidelines|policy)\b/i,
  /^commenting on this\b/i,
  /\bwhen you subscribe\b/i,
  /\b(?:subscribe|subscription)\b.*\b(?:benefit|unlimited|today|now)\b/i,
  /^(?:subscribe|sign up|register|log ?in|sign in)\b/i,
  /\b(?:sign up|subscribe)\b.*\bnewsletters?\b|\bnewsletters?\b.*\b(?:sign up|subscribe|inbox)\b/i,
  /\b(?:delivered|straight) to your inbox\b/i,
  new RegExp(`^(?:${SHARE_TARGETS})(?:\\s*[|·•,]?\\s*(?:${SHARE_TARGETS}))*:?$`, "i"),
  /^share (?:this|on|via)\b/i,
  /^(?:leave|post|add) a (?:comment|reply)\b/i,
  /^\d+\s+(?:comments?|responses?|replies)$/i,
  /^(?:comments?|advertisement|sponsored|ad)$/i,
  /^(?:listen to|download) this (?:article|story)\b/i,
  /^follow (?:us|@|on)\b/i,
  /^(?:©|copyright ©?\s*\d{4})|\ball rights reserved\b/i,
  /^(?:tags?|filed under|topics?)\s*:/i,
  /^(?:reporting|writing|editing|additional reporting) by\b/i,
  /^\d+\s*(?:min(?:ute)?s?\.?) read$/i,
  /^about the authors?$/i,
  /^(?:skip to (?:main )?content|skip navigation|menu|main menu|search|home|close|open navigation)$/i,
  /^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$/i,
  // Project Gutenberg's frame around a book
  /^\*{3}\s*(?:start|end) of (?:the|this) project gutenberg\b/i,
  /^the project gutenberg e-?book of\b/i,
  /^(?:release date|posting date|last updated|most recently updated|language|character set encoding|credits|produced by)\s*:?\s/i,
];
const BOILERPLATE_MAX_WORDS = 30;

/** News agencies and picture libraries named in photo credits. */
const PICTURE_SOURCES =
  "Getty Images|AFP|AP Photo|AP|Associated Press|Reuters|EPA(?:-EFE)?|Bloomberg|Shutterstock|Alamy|Pool|NurPhoto|SOPA Images|LightRocket|Anadolu(?: Agency)?|Xinhua|Unsplash|Pexels|Wikimedia Commons|iStock|Corbis|Sipa(?: USA)?";

/** A whole line that is a credit: "Photo: Jane Doe/Reuters", "Wakil Kohsar/AFP via Getty Images", "Getty Images". */
const CREDIT_LINES = [
  /^\(?(?:photo(?:graph)?s?|image|picture|illustration|credit|photo credit|courtesy|source)(?:\s+(?:by|courtesy of|via)\s+|\s*[:|]\s*)\S.*$/i,
  /^\(?courtesy of\s+\S.*$/i,
  new RegExp(`^[^.!?]{0,80}/\\s*(?:${PICTURE_SOURCES})\\b[^.!?]{0,40}$`),
  new RegExp(`^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}(?:via |for |courtesy of )?(?:${PICTURE_SOURCES})$`, "u"),
  // Any photographer and outlet: "Maya Lindqvist/Harbor City Gazette", "Sam Ode / The Courier"
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*\/\s*(?:(?:the|for|via)\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s*){1,5}$/u,
];
const CREDIT_MAX_WORDS = 15;

/** A note from the editors, not the author: corrections, updates, "originally published in ...". */
const EDITOR_NOTES = [
  /^(?:editor[’']?s[’']? note|note from the editors?|correction|clarification|update|updated)\s*(?:\([^)]*\))?\s*[:—–-]\s*\S/i,
  /^an? (?:earlier|previous) version of this (?:article|story|essay|piece|post)\b/i,
  /^this (?:article|story|essay|piece|post) (?:was|is|has been|first|originally) (?:originally |first )?(?:published|appeared|republished|updated|adapted|excerpted|corrected)\b/i,
  /\brepublished from .{1,80} under a creative commons\b/i,
  /^this e-?book is for the use of anyone anywhere\b/i,
];
const EDITOR_NOTE_MAX_WORDS = 80;

export function isEditorNote(text: string): boolean {
  return countWords(text) <= EDITOR_NOTE_MAX_WORDS && EDITOR_NOTES.some((pattern) => pattern.test(text));
}

const HEADING_MAX_WORDS = 10;

/** A section heading: short, starting with a capital or a number, and not ending like a sentence or a clause. */
export function isSectionHeading(text: string): boolean {
  return countWords(text) <= HEADING_MAX_WORDS && /^[\p{Lu}\d]/u.test(text) && !/[.!?,;:…"”’)\]]$/.test(text);
}

export function isTeaserHeading(text: string): boolean {
  return TEASER_HEADING.test(text);
}

export function isInlineTeaser(text: string): boolean {
  return INLINE_TEASER.test(text);
}

/** "More from Foreign Policy" → "Foreign Policy". */
export function siteFromTeaserHeading(text: string): string | undefined {
  return /^more from (.+?)\s*:?$/i.exec(text)?.[1];
}

export function isBoilerplate(text: string): boolean {
  return countWords(text) <= BOILERPLATE_MAX_WORDS && BOILERPLATE.some((pattern) => pattern.test(text));
}

export function isCredit(text: string): boolean {
  return countWords(text) <= CREDIT_MAX_WORDS && CREDIT_LINES.some((pattern) => pattern.test(text));
}

/**
 * A caption that ends with its credit: "Fighters pose ... on Sept. 15. Wakil Kohsar/AFP via Getty Images"
 * or "Crowds gather on Monday (Photo: Jane Doe/Reuters)". Returns the two parts, or undefined.
 */
export function splitTrailingCredit(text: string): { caption: string; credit: string } | undefined {
  const parenthesised = /^(.*\S)\s*\(((?:photo|image|credit|courtesy)[^()]*)\)$/i.exec(text);
  if (parenthesised && isCredit(parenthesised[2]!)) return { caption: parenthesised[1]!, credit: parenthesised[2]! };
  const parts = splitSentences(text);
  const last = parts.at(-1);
  if (parts.length < 2 || !last || !isCredit(last)) return undefined;
  return { caption: parts.slice(0, -1).join(" "), credit: last };
}

export interface Byline {
  /** Empty when the page dropped the name ("By , an associate professor ..."). */
  name: string;
  /** What follows the name: "an associate professor of ...", "staff writer". */
  role?: string;
  publication?: string;
  publishedOn?: string;
}

const BYLINE = /^(?:by|posted by|written by|words by|author)(?=[\s,:])\s*:?\s*(.*)$/i;
const BYLINE_MAX_WORDS = 30;

export function parseByline(text: string): Byline | undefined {
  const match = BYLINE.exec(text);
  if (!match || countWords(text) > BYLINE_MAX_WORDS) return undefined;
  const [first = "", ...rest] = match[1]!.split(/\s+[|·•]\s+|\s+[–—]\s+/);
  const byline: Byline = { name: "" };
  // "Jane Roe on March 3, 2024" / "Jane Roe, staff writer" / ", an associate professor ..."
  const on = /^(.*?)\s+on\s+(.+)$/.exec(first);
  const dateAfterOn = on ? parseDate(on[2]!) : undefined;
  const person = dateAfterOn ? on![1]! : first;
  if (dateAfterOn) byline.publishedOn = dateAfterOn;
  const comma = person.indexOf(",");
  byline.name = (comma < 0 ? person : person.slice(0, comma)).trim();
  const role = comma < 0 ? "" : person.slice(comma + 1).trim();
  if (role) byline.role = role;
  for (const part of rest) {
    const date = parseDate(part);
    if (date) byline.publishedOn ??= date;
    else byline.publication ??= part.trim();
  }
  return byline;
}

/** A person's name as a byline prints it: "Jane Roe", "Mary-Kate O’Neill", "J. R. Ortega", "Anna van der Berg". */
const NAME = "\\p{Lu}[\\p{L}’'-]*\\.?(?:\\s+(?:(?:van|von|der|den|de|del|della|da|di|du|la|le|al|bin|ibn)\\s+)*\\p{Lu}[\\p{L}’'-]*\\.?){1,3}";
const NAME_LINE = new RegExp(`^(${NAME}(?:(?:,\\s*|\\s+)(?:and|&)\\s+${NAME})?)(?:\\s*(?:[|·•–—,]|\\s[-/]\\s)\\s*(.+))?$`, "u");
/** Capitalised words that open titles and headings, never names. */
const NOT_A_NAME =
  /^(?:the|a|an|how|why|what|when|where|who|which|this|that|these|those|our|my|your|in|on|at|for|from|with|after|before|about|inside|part|chapter|section|introduction|conclusion|notes?|references|related|more|read|share|advertisement)$/i;

/**
 * A byline without "By": a line that is only a name, optionally followed by
 * a role, a publication or a date ("Jane Roe | March 3, 2024", "Jane Roe, staff writer").
 */
export function parseNameLine(text: string): Byline | undefined {
  const match = NAME_LINE.exec(text);
  const name = match?.[1];
  if (!match || !name || NOT_A_NAME.test(name.split(/\s+/)[0]!) || /[.!?]$/.test(name.replace(/\b\p{Lu}\.$/u, ""))) return undefined;
  const byline: Byline = { name };
  for (const part of (match[2] ?? "").split(/\s*[|·•–—]\s*/).filter(Boolean)) {
    const date = parseDate(part);
    if (date) byline.publishedOn ??= date;
    else if (isBoilerplate(part)) continue;
    else if (ROLE_WORDS.test(part)) byline.role ??= part.trim();
    else byline.publication ??= part.trim();
  }
  return byline;
}

const ROLE_WORDS =
  /\b(?:professor|lecturer|fellow|author|editor|writer|reporter|correspondent|columnist|director|researcher|journalist|analyst|scholar|contributor|founder|historian|economist|former|senior|chair|teaches|covers|writes)\b/i;
const BIO_OPENING = /^(?:[—–-]\s*)?((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'.-]*)\s+(?:is|was|has been|teaches|writes|covers|reports)\b/u;
const BIO_MAX_WORDS = 90;

/**
 * The name in an author bio ("Barbara Elias is an associate professor ..."),
 * or undefined when the block is not one. A byline's name or role, when
 * known, must match the bio.
 */
export function bioAuthor(text: string, byline?: Byline): string | undefined {
  if (countWords(text) > BIO_MAX_WORDS) return undefined;
  const name = BIO_OPENING.exec(text)?.[1];
  if (!name) return undefined;
  if (byline?.name) return sameSurname(name, byline.name) ? byline.name : undefined;
  const sharesRole = byline?.role !== undefined && normalize(text).includes(normalize(byline.role));
  return sharesRole || ROLE_WORDS.test(text) ? name : undefined;
}

/** "Jane Roe" and "Jane A. Roe" or "J. Roe": the bio may spell the byline's name more fully. */
function sameSurname(a: string, b: string): boolean {
  const surname = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();
  return surname(a) === surname(b);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "i");
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, "i");
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const DATE_LINE_MAX_WORDS = 10;

/** An ISO date found in a short dateline ("Published Sept. 13, 2021, 3:00 PM"), else undefined. */
export function parseDate(text: string): string | undefined {
  if (countWords(text) > DATE_LINE_MAX_WORDS) return undefined;
  const iso = ISO_DATE.exec(text);
  if (iso) return iso[0];
  const mdy = MONTH_DAY_YEAR.exec(text);
  const dmy = DAY_MONTH_YEAR.exec(text);
  const [month, day, year] = mdy ? [mdy[1]!, mdy[2]!, mdy[3]!] : dmy ? [dmy[2]!, dmy[1]!, dmy[3]!] : [];
  if (!month || !day || !year) return undefined;
  const monthNumber = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  return `${year}-${String(monthNumber).padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** Lowercase, straight quotes, one space, no edge punctuation: for comparing blocks that repeat each other. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/^[\s"'([]+|[\s"'.,;:!?)\]]+$/g, "");
}
