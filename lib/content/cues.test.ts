import { describe, expect, it } from "vitest";
import { tinyQuestions, tinyReading } from "./__fixtures__/tiny-reading";
import { findCues, type CueRule } from "./cues";
import { questionsFileSchema, readingSchema, type Question } from "./schema";

type RawQuestion = Record<string, unknown>;
type Raw = { reading: ReturnType<typeof tinyReading>; questions: RawQuestion[] };

/** The tiny fixture with rubric levels (so it starts without warnings), changed by `change`. */
function cues(change: (raw: Raw) => void = () => {}) {
  const raw: Raw = { reading: tinyReading(), questions: tinyQuestions().questions as RawQuestion[] };
  // The fixture's titles ("Rain", "Drought") name its ordering items in order: neutral titles here.
  raw.reading.chunks[0]!.title = "Opening";
  raw.reading.chunks[1]!.title = "Later";
  const short = raw.questions.find((q) => q.id === "q-short")!;
  short.rubric = {
    criteria: [{ id: "k1", description: "Names the levee.", points: 2, levels: { full: "Names it.", partial: "Hints at it.", none: "Does not." } }],
    modelAnswer: "The levee was forgotten.",
  };
  change(raw);
  const reading = readingSchema.parse(raw.reading);
  const questions: Question[] = questionsFileSchema.parse({ questions: raw.questions }).questions;
  return findCues(reading, questions);
}

const rules = (report: ReturnType<typeof findCues>): CueRule[] => report.warnings.map((w) => w.rule);
const choice = (id: string, texts: string[], answer = "a") => ({
  id,
  chunkId: "c1",
  skill: "literal",
  difficulty: 1,
  prompt: "Which?",
  explanation: "Because.",
  cites: ["p01"],
  type: "single_choice",
  options: texts.map((text, i) => ({ id: "abcd"[i], text, feedback: "Why." })),
  answer,
});
const trueFalse = (id: string, answer: boolean) => ({
  id,
  chunkId: "c1",
  skill: "literal",
  difficulty: 1,
  prompt: "True or false?",
  explanation: "Because.",
  cites: ["p01"],
  type: "true_false",
  statement: `Statement ${id}.`,
  answer,
  trueFeedback: "t",
  falseFeedback: "f",
  why: { prompt: "Why?", options: [{ id: "w1", text: "Same length A", feedback: "x" }, { id: "w2", text: "Same length B", feedback: "x" }], answer: "w1" },
});

describe("findCues", () => {
  it("finds nothing in the fixture", () => {
    const report = cues();
    expect(report.warnings).toEqual([]);
    expect(report).toMatchObject({ keyLongestShare: 0, trueFalseTrueShare: 1, maxPointRepeats: 1 });
  });

  it("warns when the key is the longest option in more than a third of choice items, naming them", () => {
    const report = cues(({ questions }) => {
      questions.push(choice("q-long-1", ["The river rose over its banks", "Rain", "Sun"]));
      questions.push(choice("q-long-2", ["A levee held the river back", "Fog", "Ice"]));
      questions.push(choice("q-fair", ["Mud", "Hail", "Snow"]), choice("q-fair-2", ["Dew", "Hail", "Snow"]));
    });
    expect(report.keyLongestShare).toBeCloseTo(2 / 6);
    expect(rules(report)).not.toContain("key-longest");
    const more = cues(({ questions }) => {
      questions.push(choice("q-long-1", ["The river rose over its banks", "Rain", "Sun"]));
      questions.push(choice("q-long-2", ["A levee held the river back", "Fog", "Ice"]));
      questions.push(choice("q-long-3", ["Nobody remembered the levee", "Hail", "Snow"]));
    });
    const warning = more.warnings.find((w) => w.rule === "key-longest");
    expect(warning?.ids).toEqual(["q-long-1", "q-long-2", "q-long-3"]);
  });

  it("warns when more than two thirds of true/false answers are the same", () => {
    const balanced = cues(({ questions }) => questions.push(trueFalse("q-tf2", false), trueFalse("q-tf3", true), trueFalse("q-tf4", false)));
    expect(balanced.trueFalseTrueShare).toBe(0.5);
    expect(rules(balanced)).not.toContain("true-false-balance");
    const skewed = cues(({ questions }) => questions.push(trueFalse("q-tf2", true), trueFalse("q-tf3", true), trueFalse("q-tf4", false)));
    expect(skewed.warnings.find((w) => w.rule === "true-false-balance")?.ids).toEqual(["q-tf", "q-tf2", "q-tf3"]);
  });

  it("warns when more than two items rest on one sentence", () => {
    const twice = cues(({ questions }) => (questions.find((q) => q.id === "q-single")!.keySentences = ["p02.s1"]));
    expect(twice.maxPointRepeats).toBe(2);
    expect(rules(twice)).not.toContain("point-repeated");
    const thrice = cues(({ questions }) => {
      questions.find((q) => q.id === "q-single")!.keySentences = ["p02.s1"];
      questions.find((q) => q.id === "q-tf")!.keySentences = ["p02.s1", "p01.s1"];
    });
    expect(thrice.maxPointRepeats).toBe(3);
    expect(thrice.warnings.find((w) => w.rule === "point-repeated")?.ids).toEqual(["q-single", "q-tf", "q-evidence"]);
  });

  it("warns when a glossary definition or a chunk title gives a key away", () => {
    const glossary = cues(({ questions }) =>
      questions.push(choice("q-word", ["A bank built to stop a river flooding", "A kind of boat used on rivers", "A wall around a town"])),
    );
    expect(glossary.warnings.find((w) => w.rule === "key-in-title-or-glossary")?.ids).toEqual(["q-word"]);
    const title = cues(({ reading, questions }) => {
      reading.chunks[1]!.title = "The drought came and the levee was forgotten";
      questions.push(choice("q-why", ["The levee was forgotten once the drought came", "The town moved away", "The river changed course"]));
    });
    expect(title.warnings.find((w) => w.rule === "key-in-title-or-glossary")?.message).toContain("chunk c2 title");
    const order = cues(({ reading }) => {
      reading.chunks[0]!.title = "First: the rain";
      reading.chunks[1]!.title = "Second: the drought";
    });
    expect(order.warnings.find((w) => w.rule === "key-in-title-or-glossary")?.ids).toEqual(["q-order"]);
  });

  it("warns when an evidence question quotes its target sentence", () => {
    const report = cues(({ questions }) => (questions.find((q) => q.id === "q-evidence")!.claim = "Find where the town built a levee."));
    expect(report.warnings.find((w) => w.rule === "evidence-quotes-target")?.ids).toEqual(["q-evidence"]);
  });

  it("warns about a rubric without described levels, or without a partial level for more than one point", () => {
    const bare = cues(({ questions }) => {
      questions.find((q) => q.id === "q-short")!.rubric = { criteria: [{ id: "k1", description: "Names the levee.", points: 1 }], modelAnswer: "x" };
    });
    expect(bare.warnings.find((w) => w.rule === "rubric-without-levels")?.ids).toEqual(["q-short"]);
    const noPartial = cues(({ questions }) => {
      const criterion = { id: "k1", description: "Names the levee.", points: 2, levels: { full: "Names it.", none: "Does not." } };
      questions.find((q) => q.id === "q-short")!.rubric = { criteria: [criterion], modelAnswer: "x" };
    });
    expect(rules(noPartial)).toContain("rubric-without-levels");
  });
});
