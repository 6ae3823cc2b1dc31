/**
 * Glossary suggestions for a text: its rarest words that WordNet defines,
 * each with the spelling to put in the glossary, the other spellings the
 * text uses (as aliases) and WordNet's first senses. Words used only as
 * names (capitalized mid-sentence) are left out unless WordNet also knows
 * them as common words, and so are words the glossary already has.
 */
import "server-only";
import { zipf } from "./frequency";
import { baseForms } from "./morphology";
import { PARTS_OF_SPEECH, wordNet, type IndexEntry, type PartOfSpeech, type Synset, type SynsetReader, type WordNet } from "./wordnet";

export type { PartOfSpeech } from "./wordnet";
export type SuggestedSense = { partOfSpeech: PartOfSpeech; definition: string };
export type GlossarySuggestion = {
  /** The spelling to enter: the base form when the text uses it, else the form it uses. */
  term: string;
  /** The text's other spellings of the word (plurals, capitalized at a sentence's start...). */
  aliases: string[];
  /** The base form WordNet defines ("insurgency" for "insurgencies"). */
  lemma: string;
  /** How common the word is in everyday English (lib/authoring/glossary/frequency.ts): lower is rarer, 0 never seen. */
  zipf: number;
  senses: SuggestedSense[];
};

export const SUGGESTION_LIMIT = 15;
/** Zipf values from here up are words most secondary-school readers know (about 3 uses per million words). */
export const EVERYDAY_ZIPF = 3.5;
const MIN_LETTERS = 4;
const MAX_SENSES = 3;

type Occurrence = { surface: string; sentenceStart: boolean };
/** A word as the text uses it: its spellings and whether it stands lowercase anywhere. */
type UsedWord = { spellings: Map<string, number>; lowercase: boolean; capitalizedInside: boolean; first: number; hints: PartOfSpeechHints };
/** How often the word follows "to" (a verb) or a determiner (a noun or an adjective): which of its senses to show first. */
type PartOfSpeechHints = { verb: number; noun: number };
type Family = { lemma: string; entries: IndexEntry[]; words: Map<string, UsedWord>; first: number };

export async function suggestGlossaryTerms(
  text: string,
  options: { glossaryTerms?: readonly string[]; limit?: number } = {},
): Promise<GlossarySuggestion[]> {
  const wordnet = await wordNet();
  const used = usedWords(text, wordnet);
  const known = knownLemmas(options.glossaryTerms ?? [], wordnet);
  const families = [...familiesOf(used, wordnet).values()]
    .filter((family) => !known.has(family.lemma) && ![...family.words.keys()].some((word) => known.has(word)))
    .map((family) => ({ family, zipf: familyZipf(family) }))
    .filter(({ zipf }) => zipf < EVERYDAY_ZIPF)
    .sort((a, b) => a.zipf - b.zipf || tagged(a.family) - tagged(b.family) || a.family.first - b.family.first);

  const limit = options.limit ?? SUGGESTION_LIMIT;
  return wordnet.synsets((read) => {
    const suggestions: GlossarySuggestion[] = [];
    for (const { family, zipf } of families) {
      if (suggestions.length >= limit) break;
      const senses = sensesOf(family, read);
      if (senses.length === 0) continue;
      suggestions.push({ ...spellingsOf(family), lemma: family.lemma, zipf: Math.round(zipf * 10) / 10, senses });
    }
    return suggestions;
  });
}

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;
const SENTENCE_END = /[.!?:;"“”‘(\[—–]\s*$|^\s*$/u;
const PREVIOUS_WORD = /(\p{L}+)\s+$/u;
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my"]);

/** The text's words by lowercase spelling, possessives stripped; a hyphenated compound WordNet does not know counts as its parts. */
function usedWords(text: string, wordnet: WordNet): Map<string, UsedWord> {
  const words = new Map<string, UsedWord>();
  const note = (lower: string, occurrence: Occurrence, index: number) => {
    const word = words.get(lower) ?? { spellings: new Map(), lowercase: false, capitalizedInside: false, first: index, hints: { verb: 0, noun: 0 } };
    word.spellings.set(occurrence.surface, (word.spellings.get(occurrence.surface) ?? 0) + 1);
    const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, index - 20), index))?.[1]?.toLowerCase();
    if (previous === "to") word.hints.verb += 1;
    else if (previous && DETERMINERS.has(previous)) word.hints.noun += 1;
    if (occurrence.surface === lower) word.lowercase = true;
    else if (!occurrence.sentenceStart) word.capitalizedInside = true;
    words.set(lower, word);
  };
  for (const match of text.matchAll(WORD)) {
    const surface = match[0].replace(/['’]s$/u, "");
    const sentenceStart = SENTENCE_END.test(text.slice(Math.max(0, match.index - 3), match.index));
    const lower = surface.toLowerCase();
    if (!lower.includes("-") || entriesFor(lower, wordnet).length > 0) {
      note(lower, { surface, sentenceStart }, match.index);
      continue;
    }
    surface.split("-").forEach((part, i) => note(part.toLowerCase(), { surface: part, sentenceStart: sentenceStart && i === 0 }, match.index));
  }
  return words;
}

/** WordNet's entries for a word's possible base forms, the word itself first, then without its hyphens ("pre-empt", "preempt"). */
function entriesFor(word: string, wordnet: WordNet): IndexEntry[] {
  const spellings = [...new Set([word, word.replaceAll("-", "")])];
  return spellings.flatMap((spelling) =>
    PARTS_OF_SPEECH.flatMap((pos) => baseForms(spelling, pos).flatMap((form) => wordnet.lookup(form, pos) ?? [])),
  );
}

/** Words grouped by the base form WordNet defines: the word itself when WordNet has it, else its first base form. */
function familiesOf(used: Map<string, UsedWord>, wordnet: WordNet): Map<string, Family> {
  const families = new Map<string, Family>();
  for (const [word, usage] of used) {
    if (!/^\p{L}/u.test(word) || word.replace(/\P{L}/gu, "").length < MIN_LETTERS) continue;
    // A family is at least as common as each of its words: an everyday word needs no lookup.
    if (zipf([word]) >= EVERYDAY_ZIPF) continue;
    const entries = entriesFor(word, wordnet);
    if (entries.length === 0) continue;
    const lemma = entries.some((entry) => entry.lemma === word) ? word : entries[0]!.lemma;
    const twin = lemma.replaceAll("-", "");
    const family = families.get(lemma) ?? {
      lemma,
      entries: entries.filter((entry) => entry.lemma === lemma || entry.lemma === twin),
      words: new Map(),
      first: usage.first,
    };
    family.words.set(word, usage);
    family.first = Math.min(family.first, usage.first);
    families.set(lemma, family);
  }
  return families;
}

/** The base forms (and spellings) of the glossary's terms and aliases. */
function knownLemmas(terms: readonly string[], wordnet: WordNet): Set<string> {
  const known = new Set<string>();
  for (const term of terms) {
    const lower = term.trim().toLowerCase();
    known.add(lower);
    for (const entry of entriesFor(lower, wordnet)) known.add(entry.lemma);
  }
  return known;
}

/**
 * The subtitles split compounds at hyphens, so a hyphenated word is as
 * common as its rarest part ("know-how" is everyday, "self-preservation" is not).
 */
function familyZipf(family: Family): number {
  const whole = zipf([family.lemma, ...family.words.keys()]);
  const compounds = [family.lemma, ...family.words.keys()].filter((word) => word.includes("-"));
  const parts = compounds.map((word) => Math.min(...word.split("-").map((part) => zipf([part]))));
  return Math.max(whole, ...parts);
}

function tagged(family: Family): number {
  return family.entries.reduce((sum, entry) => sum + entry.taggedCount, 0);
}

/**
 * Up to three senses: the main part of speech's first two (WordNet lists
 * senses most frequent first), then another part of speech's first. A word
 * used in lowercase only gets WordNet's common senses, not its names.
 */
function sensesOf(family: Family, read: SynsetReader): SuggestedSense[] {
  const usages = [...family.words.values()];
  const asName = usages.every((usage) => !usage.lowercase) && usages.some((usage) => usage.capitalizedInside);
  const hints = usages.reduce((sum, usage) => ({ verb: sum.verb + usage.hints.verb, noun: sum.noun + usage.hints.noun }), { verb: 0, noun: 0 });
  const hinted = (entry: IndexEntry) => (entry.partOfSpeech === "verb" ? hints.verb : entry.partOfSpeech === "adverb" ? 0 : hints.noun);
  const byPart: SuggestedSense[][] = [];
  const entries = [...family.entries].sort((a, b) => hinted(b) - hinted(a) || b.taggedCount - a.taggedCount);
  for (const entry of entries) {
    const synsets = entry.offsets.slice(0, MAX_SENSES).map((offset) => read(entry, offset));
    // A name is suggested only when WordNet's usual sense of it is a common word ("jihad"), not a name ("Taliban", "Sept.").
    // The index's lemma is lowercase: a synset that spells it so holds it as a common word.
    const common = (synset: Synset) => synset.words.includes(entry.lemma);
    if (asName && !common(synsets[0]!)) continue;
    const senses = asName ? synsets : synsets.filter(common);
    byPart.push(senses.map(({ partOfSpeech, definition }) => ({ partOfSpeech, definition })));
  }
  const [main = [], ...others] = byPart;
  const picked = [...main.slice(0, 2), ...others.map((senses) => senses[0]!), ...main.slice(2)];
  return picked.filter(Boolean).slice(0, MAX_SENSES);
}

/** The spelling the glossary should use and the others the text has, most used (then lowercase) first. */
function spellingsOf(family: Family): Pick<GlossarySuggestion, "term" | "aliases"> {
  const spellings = new Map<string, number>();
  for (const usage of family.words.values()) {
    for (const [spelling, count] of usage.spellings) spellings.set(spelling, (spellings.get(spelling) ?? 0) + count);
  }
  const lowercase = (spelling: string) => (spelling === spelling.toLowerCase() ? 0 : 1);
  const ordered = [...spellings.entries()].sort((a, b) => b[1] - a[1] || lowercase(a[0]) - lowercase(b[0])).map(([spelling]) => spelling);
  const base = ordered.find((spelling) => spelling.toLowerCase() === family.lemma && spelling === spelling.toLowerCase());
  const term = base ?? ordered.find((spelling) => spelling === spelling.toLowerCase()) ?? ordered[0]!;
  return { term, aliases: ordered.filter((spelling) => spelling !== term).slice(0, 4) };
}
