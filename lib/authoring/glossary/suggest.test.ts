/** Glossary suggestions from WordNet: rare words only, base forms found, names and glossed words left out. */
import { describe, expect, it } from "vitest";
import { paragraphText } from "@/lib/content/sentences";
import { builtInReading } from "@/tests/support/content";
import { EVERYDAY_ZIPF, SUGGESTION_LIMIT, suggestGlossaryTerms, type GlossarySuggestion } from "./suggest";

const essay = builtInReading("why-the-taliban-wont-quit-al-qaeda").reading;
const essayText = essay.paragraphs.map(paragraphText).join("\n");
const essayTerms = essay.glossary.flatMap((entry) => [entry.term, ...(entry.aliases ?? [])]);

function find(suggestions: GlossarySuggestion[], lemma: string) {
  return suggestions.find((suggestion) => suggestion.lemma === lemma);
}

describe("suggestGlossaryTerms", () => {
  it("suggests the essay's rare words with WordNet's definitions, rarest first, at most fifteen", async () => {
    const suggestions = await suggestGlossaryTerms(essayText);
    expect(suggestions).toHaveLength(SUGGESTION_LIMIT);
    const insurgency = find(suggestions, "insurgency");
    expect(insurgency?.term).toBe("insurgency");
    expect(insurgency?.senses[0]).toEqual({ partOfSpeech: "noun", definition: expect.stringMatching(/rebellion/) });
    // "to either pre-empt or to retaliate": the verb's senses come first (WordNet spells the verb "preempt").
    expect(find(suggestions, "pre-empt")?.senses[0]?.partOfSpeech).toBe("verb");
    for (const suggestion of suggestions) {
      expect(suggestion.senses.length).toBeGreaterThanOrEqual(1);
      expect(suggestion.senses.length).toBeLessThanOrEqual(3);
      expect(suggestion.senses.every((sense) => sense.definition.length > 0 && !sense.definition.includes('"'))).toBe(true);
    }
    const rarity = suggestions.map((suggestion) => suggestion.zipf);
    expect(rarity).toEqual([...rarity].sort((a, b) => a - b));
  });

  it("skips everyday words, however often the text uses them", async () => {
    const suggestions = await suggestGlossaryTerms(
      "The government said the people of the country want peace. The government and the people agree. Their obstinance surprised everyone.",
    );
    expect(suggestions.map((suggestion) => suggestion.term)).toEqual(["obstinance"]);
    expect(suggestions[0]!.zipf).toBeLessThan(EVERYDAY_ZIPF);
  });

  it("finds the base form of inflected words: plurals, irregular plurals, -ed and -ing", async () => {
    const suggestions = await suggestGlossaryTerms(
      "Several insurgencies spread. The criteria were vague. Officials abetted the plot while extraditing the suspects.",
    );
    expect(find(suggestions, "insurgency")).toMatchObject({ term: "insurgencies", senses: [{ definition: expect.stringMatching(/rebellion/) }] });
    expect(find(suggestions, "criterion")?.term).toBe("criteria");
    expect(find(suggestions, "abet")).toMatchObject({ term: "abetted", senses: [{ partOfSpeech: "verb" }] });
    expect(find(suggestions, "extradite")?.term).toBe("extraditing");
  });

  it("uses the base form as the term when the text has it, with its other spellings as aliases", async () => {
    const suggestions = await suggestGlossaryTerms("Insurgencies grew. One insurgency became two insurgencies.");
    expect(find(suggestions, "insurgency")).toMatchObject({ term: "insurgency", aliases: ["insurgencies", "Insurgencies"] });
  });

  it("leaves out words the glossary already has, in any inflection", async () => {
    const suggestions = await suggestGlossaryTerms(essayText, { glossaryTerms: essayTerms });
    const lemmas = suggestions.map((suggestion) => suggestion.lemma);
    for (const glossed of ["insurgency", "counterterrorism", "extradite", "pre-empt"]) expect(lemmas).not.toContain(glossed);
    const plural = await suggestGlossaryTerms("Two insurgencies and an obstinance.", { glossaryTerms: ["insurgency"] });
    expect(plural.map((suggestion) => suggestion.lemma)).toEqual(["obstinance"]);
  });

  it("skips names capitalized mid-sentence unless WordNet's usual sense is a common word", async () => {
    const suggestions = await suggestGlossaryTerms(
      "Fighters entered Kabul and the Taliban took power. They called it a Jihad, and the jihad went on.",
    );
    const lemmas = suggestions.map((suggestion) => suggestion.lemma);
    expect(lemmas).not.toContain("kabul");
    expect(lemmas).not.toContain("taliban");
    expect(lemmas).toContain("jihad");
  });
});
