/**
 * WordNet's morphology ("morphy"): the base forms a word may be an
 * inflection of, by part of speech. Irregular forms come from lists derived
 * from WordNet's exception files (english-plurals-list) and of irregular
 * verbs (english-verbs-irregular); regular ones from morphy's detachment
 * rules, plus the doubled final consonant ("abetted", "abetting") that
 * morphy leaves to its verb exception list.
 */
import "server-only";
import { createRequire } from "node:module";
import type { PartOfSpeech } from "./wordnet";

/** morphy's rules: a suffix and what replaces it. */
const DETACHMENT: Record<PartOfSpeech, [string, string][]> = {
  noun: [["s", ""], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["ies", "y"]],
  verb: [["s", ""], ["ies", "y"], ["es", "e"], ["es", ""], ["ed", "e"], ["ed", ""], ["ing", "e"], ["ing", ""]],
  adjective: [["er", ""], ["est", ""], ["er", "e"], ["est", "e"]],
  adverb: [],
};

type Exceptions = { noun: Map<string, string[]>; verb: Map<string, string[]> };
let exceptions: Exceptions | undefined;

function irregularForms(): Exceptions {
  if (exceptions) return exceptions;
  const load = createRequire(import.meta.url);
  const plurals = load("english-plurals-list/dist/plurals.json") as Record<string, string>;
  const verbs = load("english-verbs-irregular/dist/verbs.json") as Record<string, string[][]>;
  const noun = new Map<string, string[]>();
  const verb = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, form: string, base: string) => {
    if (form !== base) map.set(form, [...(map.get(form) ?? []), base]);
  };
  for (const [singular, plural] of Object.entries(plurals)) add(noun, plural, singular);
  for (const [base, forms] of Object.entries(verbs)) for (const form of forms.flat()) add(verb, form, base);
  exceptions = { noun, verb };
  return exceptions;
}

/**
 * Candidate base forms of a lowercase word for one part of speech, the word
 * itself first; the caller keeps those WordNet knows.
 */
export function baseForms(word: string, partOfSpeech: PartOfSpeech): string[] {
  const forms = [word];
  const irregular = partOfSpeech === "noun" || partOfSpeech === "verb" ? irregularForms()[partOfSpeech].get(word) : undefined;
  forms.push(...(irregular ?? []));
  for (const [suffix, replacement] of DETACHMENT[partOfSpeech]) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    const stem = word.slice(0, -suffix.length);
    forms.push(stem + replacement);
    if (partOfSpeech === "verb" && replacement === "" && /([b-df-hj-np-tv-z])\1$/.test(stem)) forms.push(stem.slice(0, -1));
  }
  return [...new Set(forms)];
}
