/** What the glossary and note editors say about each entry: the reading page's own placement, ids, definitions. */
import { describe, expect, it } from "vitest";
import type { ContextNote, GlossaryEntry, Reading } from "@/lib/content/schema";
import { anchorStatus, definitionFromSense, paragraphLabel, placements, termStatus, uniqueId } from "./annotations";

const paragraphs: Reading["paragraphs"] = [
  { id: "p01", sentences: ["The insurgents fought on.", "Their insurgency lasted twenty years."] },
  { id: "p02", sentences: ["In August 2021 the government fell."] },
];

function reading(glossary: GlossaryEntry[], contextNotes: ContextNote[] = []) {
  return { paragraphs, glossary, contextNotes };
}

const term = (id: string, value: string, aliases?: string[]): GlossaryEntry => ({ id, term: value, aliases, definition: "d" });
const note = (id: string, paragraphId: string, anchor: string): ContextNote => ({ id, paragraphId, anchor, note: "n" });

describe("termStatus", () => {
  it("says where the reading page marks a term, and why it does not", () => {
    const entries = [term("a", "insurgency"), term("b", "insurgent"), term("c", "Insurgency"), term("d", " "), term("e", "rebel", ["insurgents"])];
    const r = reading(entries);
    const shown = placements(r);
    expect(entries.map((entry) => termStatus(r, entry, shown))).toEqual([
      { kind: "shown", paragraphId: "p01" },
      // Inside "insurgents": validate.ts accepts it, the reading page does not mark it.
      { kind: "not-marked" },
      { kind: "missing" },
      { kind: "empty" },
      { kind: "shown", paragraphId: "p01" },
    ]);
  });
});

describe("anchorStatus", () => {
  it("finds a note's words inside one sentence of its paragraph, as the reading page does", () => {
    const notes = [
      note("shown", "p02", "August 2021"),
      note("overlapping", "p02", "2021 the government"),
      note("across", "p01", "on. Their"),
      note("elsewhere", "p01", "August 2021"),
      note("empty", "p01", ""),
    ];
    const r = reading([], notes);
    const shown = placements(r);
    const byId = new Map(paragraphs.map((p) => [p.id, p]));
    expect(notes.map((n) => anchorStatus(byId.get(n.paragraphId), n, shown).kind)).toEqual(["shown", "overlaps", "across-sentences", "missing", "empty"]);
    expect(anchorStatus(undefined, note("gone", "p09", "x"), shown).kind).toBe("missing");
  });
});

describe("uniqueId", () => {
  it("makes a valid id from the term, unique in the list", () => {
    expect(uniqueId("Political Islam", "term", [])).toBe("political-islam");
    expect(uniqueId("insurgency", "term", ["insurgency", "insurgency-2"])).toBe("insurgency-3");
    expect(uniqueId("  ", "term", ["term"])).toBe("term-2");
    expect(uniqueId("Café’s", "term", [])).toBe("cafe-s");
  });
});

describe("definitionFromSense", () => {
  it("turns a WordNet gloss into a glossary sentence", () => {
    expect(definitionFromSense({ partOfSpeech: "verb", definition: "hand over to the authorities of another country" })).toBe(
      "To hand over to the authorities of another country.",
    );
    expect(definitionFromSense({ partOfSpeech: "noun", definition: "an organized rebellion" })).toBe("An organized rebellion.");
  });
});

describe("paragraphLabel", () => {
  it("numbers a paragraph and shortens it at a word", () => {
    expect(paragraphLabel(paragraphs[0]!, 20)).toBe("1. The insurgents…");
  });
});
