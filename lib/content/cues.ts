/**
 * Cues: ways a question bank gives its answers away to a student who has not
 * read closely. content:check reports them as warnings, never errors: a
 * teacher's draft is never blocked. Each warning names the items at fault.
 */
import type { Question, Reading } from "./schema";
import { excerpt } from "./excerpt";
import { parseSentenceId } from "./sentences";

export type CueRule =
  | "key-longest"
  | "true-false-balance"
  | "point-repeated"
  | "key-in-title-or-glossary"
  | "evidence-quotes-target"
  | "rubric-without-levels";

export interface CueWarning {
  rule: CueRule;
  /** The items at fault (question ids; a true/false follow-up is `<id>.why`). */
  ids: string[];
  message: string;
}

export interface CueReport {
  /** Share of one-key choice items whose key is strictly the longest option; null without such items. */
  keyLongestShare: number | null;
  choiceItems: number;
  /** Share of true/false items whose answer is true; null without any. */
  trueFalseTrueShare: number | null;
  trueFalseItems: number;
  /** Most items resting on one sentence (their key sentences, or an evidence question's answer). */
  maxPointRepeats: number;
  warnings: CueWarning[];
  /** Every item some warning names, once. */
  flagged: string[];
}

/** The key may be the longest option in about a third of items by chance (one in three or four options). */
export const KEY_LONGEST_LIMIT = 1 / 3;
/** Beyond this share of one answer, "always answer False" pays. */
export const TRUE_FALSE_LIMIT = 2 / 3;
/** Fewer true/false items than this cannot be balanced, so are not judged. */
const TRUE_FALSE_MIN_ITEMS = 3;
/** A point tested more often than this is over-tested. */
export const POINT_REPEAT_LIMIT = 2;
/** This many words in a row shared by an evidence prompt and its target sentence is a quote. */
export const QUOTE_NGRAM = 5;

export function findCues(reading: Reading, questions: Question[]): CueReport {
  const warnings: CueWarning[] = [];
  const keyLongest = keyLongestCue(questions, warnings);
  const trueFalse = trueFalseCue(questions, warnings);
  const maxPointRepeats = repeatedPointCue(reading, questions, warnings);
  titleAndGlossaryCue(reading, questions, warnings);
  evidenceQuoteCue(reading, questions, warnings);
  rubricLevelCue(questions, warnings);
  return {
    keyLongestShare: keyLongest.share,
    choiceItems: keyLongest.items,
    trueFalseTrueShare: trueFalse.share,
    trueFalseItems: trueFalse.items,
    maxPointRepeats,
    warnings,
    flagged: [...new Set(warnings.flatMap((warning) => warning.ids))],
  };
}

// ---------------------------------------------------------------------------
// The key is the longest option

interface OneKeyChoice {
  id: string;
  options: { id: string; text: string }[];
  answer: string;
}

/** Single choices and the "why" follow-ups of true/false items: every choice with exactly one key. */
function oneKeyChoices(questions: Question[]): OneKeyChoice[] {
  return questions.flatMap((q): OneKeyChoice[] => {
    if (q.type === "single_choice") return [{ id: q.id, options: q.options, answer: q.answer }];
    if (q.type === "true_false") return [{ id: `${q.id}.why`, options: q.why.options, answer: q.why.answer }];
    return [];
  });
}

function keyIsLongest(choice: OneKeyChoice): boolean {
  const key = choice.options.find((option) => option.id === choice.answer);
  if (!key) return false;
  return choice.options.every((option) => option === key || option.text.trim().length < key.text.trim().length);
}

function keyLongestCue(questions: Question[], warnings: CueWarning[]): { share: number | null; items: number } {
  const choices = oneKeyChoices(questions);
  if (choices.length === 0) return { share: null, items: 0 };
  const longest = choices.filter(keyIsLongest).map((choice) => choice.id);
  const share = longest.length / choices.length;
  if (share > KEY_LONGEST_LIMIT) {
    warnings.push({
      rule: "key-longest",
      ids: longest,
      message: `the key is the longest option in ${longest.length} of ${choices.length} choice items (over a third): make distractors as long and specific as the key`,
    });
  }
  return { share, items: choices.length };
}

// ---------------------------------------------------------------------------
// True/false balance

function trueFalseCue(questions: Question[], warnings: CueWarning[]): { share: number | null; items: number } {
  const items = questions.filter((q) => q.type === "true_false");
  if (items.length === 0) return { share: null, items: 0 };
  const trueIds = items.filter((q) => q.answer).map((q) => q.id);
  const falseIds = items.filter((q) => !q.answer).map((q) => q.id);
  const share = trueIds.length / items.length;
  if (items.length >= TRUE_FALSE_MIN_ITEMS && Math.max(share, 1 - share) > TRUE_FALSE_LIMIT) {
    const [majority, ids] = share > 0.5 ? ["True", trueIds] : ["False", falseIds];
    warnings.push({
      rule: "true-false-balance",
      ids,
      message: `${ids.length} of ${items.length} true/false answers are "${majority}" (over two thirds): about half should be each`,
    });
  }
  return { share, items: items.length };
}

// ---------------------------------------------------------------------------
// A point tested more than twice

function keySentencesOf(question: Question): string[] {
  const own = question.keySentences ?? [];
  return question.type === "evidence" ? [...new Set([...question.answer, ...own])] : own;
}

function repeatedPointCue(reading: Reading, questions: Question[], warnings: CueWarning[]): number {
  const itemsBySentence = new Map<string, string[]>();
  for (const question of questions) {
    for (const sid of keySentencesOf(question)) itemsBySentence.set(sid, [...(itemsBySentence.get(sid) ?? []), question.id]);
  }
  let max = 0;
  const reported = new Set<string>();
  for (const [sid, ids] of itemsBySentence) {
    max = Math.max(max, ids.length);
    const group = ids.join(" ");
    if (ids.length <= POINT_REPEAT_LIMIT || reported.has(group)) continue;
    reported.add(group);
    warnings.push({
      rule: "point-repeated",
      ids,
      message: `${ids.length} items rest on ${sid} (“${excerpt(sentenceText(reading, sid))}”): test a point once or twice`,
    });
  }
  return max;
}

function sentenceText(reading: Reading, sid: string): string {
  const ref = parseSentenceId(sid);
  const paragraph = ref && reading.paragraphs.find((p) => p.id === ref.paragraphId);
  return paragraph?.sentences[ref!.index - 1] ?? sid;
}

// ---------------------------------------------------------------------------
// A chunk title or glossary entry that gives a key away

interface Shown {
  where: string;
  words: Set<string>;
  normalized: string;
}

/** Distinctive key words in a title or definition: at least this many, or all of them when there are fewer (but at least two). */
const DISTINCTIVE_WORDS_SHOWN = 3;

function titleAndGlossaryCue(reading: Reading, questions: Question[], warnings: CueWarning[]): void {
  const shown: Shown[] = [
    ...reading.chunks.flatMap((chunk) => [shownText(`chunk ${chunk.id} title`, chunk.title), shownText(`chunk ${chunk.id} read-for line`, chunk.readFor)]),
    ...reading.glossary.map((entry) => shownText(`glossary “${entry.term}”`, entry.definition)),
  ];
  for (const question of questions) {
    const found = keyShownIn(question, shown) ?? orderShownByTitles(question, reading);
    if (found) warnings.push({ rule: "key-in-title-or-glossary", ids: [question.id], message: found });
  }
}

function shownText(where: string, text: string): Shown {
  return { where, words: new Set(contentWords(text)), normalized: normalize(text) };
}

/** The keyed options' texts against the wrong ones, for choice items (and true/false follow-ups). */
function keyedTexts(question: Question): { keys: string[]; others: string[] } | null {
  const split = (options: { id: string; text: string }[], answer: string[]) => ({
    keys: options.filter((o) => answer.includes(o.id)).map((o) => o.text),
    others: options.filter((o) => !answer.includes(o.id)).map((o) => o.text),
  });
  switch (question.type) {
    case "single_choice":
      return split(question.options, [question.answer]);
    case "multiple_select":
      return split(question.options, question.answer);
    case "true_false":
      return split(question.why.options, [question.why.answer]);
    case "matching":
      return { keys: question.right.filter((r) => Object.values(question.answer).includes(r.id)).map((r) => r.text), others: [] };
    default:
      return null;
  }
}

function keyShownIn(question: Question, shown: Shown[]): string | null {
  const texts = keyedTexts(question);
  if (!texts) return null;
  const otherWords = new Set(texts.others.flatMap(contentWords));
  for (const key of texts.keys) {
    const normalizedKey = normalize(key);
    const distinctive = [...new Set(contentWords(key))].filter((word) => !otherWords.has(word));
    for (const place of shown) {
      if (normalizedKey.length >= 12 && place.normalized.includes(normalizedKey)) return `the ${place.where} contains the key “${key}”`;
      const hits = distinctive.filter((word) => place.words.has(word));
      if (distinctive.length >= 2 && hits.length >= Math.min(DISTINCTIVE_WORDS_SHOWN, distinctive.length)) {
        return `the ${place.where} holds the key's distinctive words (stems: ${hits.join(", ")}) of “${key}”`;
      }
    }
  }
  return null;
}

/** An ordering item whose items name chunk titles in the chunks' order: the table of contents is the key. */
function orderShownByTitles(question: Question, reading: Reading): string | null {
  if (question.type !== "ordering") return null;
  const titles = reading.chunks.map((chunk) => new Set(contentWords(chunk.title)));
  const chunkOf = (text: string) => {
    const words = contentWords(text);
    const matches = titles.flatMap((title, index) => (words.some((word) => title.has(word)) ? [index] : []));
    return matches.length === 1 ? matches[0]! : null;
  };
  const placed = question.answer
    .map((itemId) => chunkOf(question.items.find((item) => item.id === itemId)?.text ?? ""))
    .filter((position): position is number => position !== null);
  const inTitleOrder = placed.every((position, i) => i === 0 || position > placed[i - 1]!);
  if (placed.length >= 2 && placed.length * 2 >= question.items.length && inTitleOrder) {
    return `${placed.length} of its ${question.items.length} items name chunk titles, in the chunks' order: the titles give the order away`;
  }
  return null;
}

// ---------------------------------------------------------------------------
// An evidence prompt that quotes its target

function evidenceQuoteCue(reading: Reading, questions: Question[], warnings: CueWarning[]): void {
  for (const question of questions) {
    if (question.type !== "evidence") continue;
    const asked = words(`${question.prompt} ${question.claim}`);
    for (const sid of question.answer) {
      const shared = longestSharedRun(asked, words(sentenceText(reading, sid)));
      if (shared.length >= QUOTE_NGRAM) {
        warnings.push({
          rule: "evidence-quotes-target",
          ids: [question.id],
          message: `the prompt or claim quotes its target ${sid} (“${shared.join(" ")}”): ask for the sentence without quoting it`,
        });
        break;
      }
    }
  }
}

/** The longest run of words that occurs in both lists. */
function longestSharedRun(a: string[], b: string[]): string[] {
  let best: string[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++;
      if (n > best.length) best = a.slice(i, i + n);
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Rubrics without described levels

function rubricLevelCue(questions: Question[], warnings: CueWarning[]): void {
  for (const question of questions) {
    if (question.type !== "short_answer") continue;
    const bare = question.rubric.criteria.filter((c) => !c.levels || (c.points > 1 && !c.levels.partial));
    if (bare.length === 0) continue;
    warnings.push({
      rule: "rubric-without-levels",
      ids: [question.id],
      message: `rubric criteria ${bare.map((c) => c.id).join(", ")} do not describe their levels (full, partial for more than one point, none)`,
    });
  }
}

// ---------------------------------------------------------------------------
// Text normalization

/** Lowercase words with curly quotes and dashes folded, punctuation dropped. */
function words(text: string): string[] {
  return normalize(text).split(" ").filter(Boolean);
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' ]+/g, " ")
    .replace(/'/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const STOPWORDS = new Set(
  "about after again against also because been before being between both could does doing down during each from further have having here into itself just more most much must only other over same should some such than that their them themselves then there these they this those through under until very were what when where which while will with would your".split(" "),
);

/** Content words, crudely stemmed so "attacks" meets "attack" and "bureaucratic" meets "bureaucracy". */
function contentWords(text: string): string[] {
  return words(text)
    .filter((word) => word.length >= 4 && !STOPWORDS.has(word))
    .map((word) => word.replace(/(ations?|i[sz]ed|i[sz]es|ing|ies|es|s)$/, "").slice(0, 7));
}
