/**
 * Splits a paragraph into sentences for the importer. Errs on the side of
 * not splitting: a sentence break after an abbreviation, an initial or an
 * ellipsis inside a quotation is only taken when the next word clearly starts
 * a sentence. Curation fixes what is left.
 */

/** Titles before a name: never end a sentence. */
const TITLES = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "sgt", "capt",
  "cmdr", "adm", "rev", "hon", "pres", "messrs", "mme", "fr",
]);

/** Abbreviations that may also end a sentence ("... in the U.S. The ..."). */
const ABBREVIATIONS = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "st", "jr", "sr", "inc", "ltd", "co", "corp", "bros", "etc", "vs", "al", "approx", "dept", "univ",
  "no", "nos", "vol", "vols", "fig", "figs", "pp", "ed", "eds", "est", "ave", "blvd", "rd", "mt", "ft", "cf", "ca",
]);

/** Words that start a new sentence after an ambiguous abbreviation. */
const SENTENCE_STARTERS = new Set([
  "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "we", "they", "i", "you",
  "his", "her", "their", "our", "my", "but", "and", "or", "so", "yet", "if", "when", "while", "in", "on", "at",
  "as", "for", "after", "before", "although", "however", "still", "there", "here", "what", "why", "how",
  "who", "some", "many", "most", "such", "now", "then", "even", "only", "also", "since", "because",
]);

const TERMINALS = ".?!…";
const CLOSERS = "”’\"')]";
const OPENERS = "“‘\"'([";

export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, " ").trim();
  const sentences: string[] = [];
  let start = 0;
  let bracketDepth = 0;
  let quoteDepth = 0;

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "(" || ch === "[") bracketDepth++;
    else if ((ch === ")" || ch === "]") && bracketDepth > 0) bracketDepth--;
    else if (ch === "“") quoteDepth++;
    else if (ch === "”" && quoteDepth > 0) quoteDepth--;
    if (!TERMINALS.includes(ch)) continue;

    // The whole run of terminal marks ("?!", "...") and the closers after it.
    let end = i + 1;
    while (end < text.length && TERMINALS.includes(text[end]!)) end++;
    const marks = text.slice(i, end);
    let closedQuote = false;
    while (end < text.length && CLOSERS.includes(text[end]!)) {
      const closer = text[end]!;
      if ((closer === ")" || closer === "]") && bracketDepth > 0) bracketDepth--;
      if (closer === "”" && quoteDepth > 0) quoteDepth--;
      closedQuote ||= closer === "”" || closer === '"';
      end++;
    }
    i = end - 1;

    if (bracketDepth > 0 || text[end] !== " ") continue;
    const next = nextWord(text, end + 1);
    if (!next || !/^[A-Z0-9]/.test(next)) continue;
    const isEllipsis = marks.includes("…") || marks.includes("...");
    // An ellipsis inside a quotation marks words left out, not the end of a sentence.
    if (isEllipsis && quoteDepth > 0 && !closedQuote) continue;
    if (marks === "." && !closedQuote && !endsSentenceAfter(wordBefore(text, i), next)) continue;

    sentences.push(text.slice(start, end));
    start = end + 1;
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences;
}

/** Whether a period after `word` ends the sentence, given the word that follows. */
function endsSentenceAfter(word: string, next: string): boolean {
  const bare = word.toLowerCase();
  if (TITLES.has(bare)) return false;
  const isInitial = /^[A-Z]$/.test(word);
  const isInitialism = /^(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}$/.test(word); // U.S, a.m, Ph.D
  if (isInitial || isInitialism || ABBREVIATIONS.has(bare)) return SENTENCE_STARTERS.has(next.toLowerCase());
  return true;
}

/** The word that ends at `index` (exclusive), without openers or a hyphenated prefix ("then-U.S" → "U.S"). */
function wordBefore(text: string, index: number): string {
  let from = index;
  while (from > 0 && text[from - 1] !== " ") from--;
  let word = text.slice(from, index);
  while (word && OPENERS.includes(word[0]!)) word = word.slice(1);
  return word.slice(word.lastIndexOf("-") + 1);
}

function nextWord(text: string, index: number): string {
  let from = index;
  while (from < text.length && OPENERS.includes(text[from]!)) from++;
  const match = /^[^\s,;:.!?…”’")\]]+/.exec(text.slice(from));
  return match ? match[0] : "";
}
