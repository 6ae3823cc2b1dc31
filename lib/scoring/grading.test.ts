import { describe, expect, it } from "vitest";
import { questionSchema, type Question } from "@/lib/content/schema";
import { parseAnswer, parseDraftAnswer, type Answer } from "./answers";
import { gradeAnswer } from "./grade";
import { MAX_ANSWER_CHARACTERS } from "./limits";

const base = { chunkId: "c1", skill: "literal", difficulty: 1, prompt: "Prompt?", explanation: "Because p02 says so.", cites: ["p02"] };
const chunkSentenceIds = ["p01.s1", "p01.s2", "p02.s1", "p02.s2", "p02.s3"];
const context = { chunkSentenceIds };

function question(fields: Record<string, unknown>): Question {
  return questionSchema.parse({ ...base, ...fields });
}

const option = (id: string) => ({ id, text: `Option ${id}`, feedback: `Why ${id} is ${id === "b" ? "right" : "wrong"}.` });

const single = question({ id: "q-single", type: "single_choice", options: ["a", "b", "c"].map(option), answer: "b" });
const multiple = question({ id: "q-multi", type: "multiple_select", options: ["a", "b", "c", "d"].map(option), answer: ["a", "c"] });
const trueFalse = question({
  id: "q-tf",
  type: "true_false",
  statement: "The author approves.",
  answer: false,
  trueFeedback: "Reading it as true misses the irony.",
  falseFeedback: "Right: the praise is ironic.",
  why: { prompt: "Why?", options: [option("w1"), option("w2")], answer: "w2" },
});
const ordering = question({
  id: "q-order",
  type: "ordering",
  items: ["e1", "e2", "e3", "e4"].map((id) => ({ id, text: `Event ${id}` })),
  answer: ["e1", "e2", "e3", "e4"],
});
const matching = question({
  id: "q-match",
  type: "matching",
  left: ["l1", "l2", "l3"].map((id) => ({ id, text: `Left ${id}` })),
  right: ["r1", "r2", "r3", "r4"].map((id) => ({ id, text: `Right ${id}` })),
  answer: { l1: "r1", l2: "r2", l3: "r3" },
});
const shortAnswer = question({
  id: "q-short",
  type: "short_answer",
  maxWords: 5,
  rubric: {
    criteria: [
      { id: "claim", description: "States the claim", points: 2 },
      { id: "cite", description: "Cites the text", points: 1 },
    ],
    modelAnswer: "The model answer.",
  },
});
const evidence = question({
  id: "q-evidence",
  type: "evidence",
  claim: "The alliance is old.",
  answer: ["p02.s1", "p02.s2"],
  acceptable: ["p02.s3"],
});

/** Parses then grades, failing the test if the answer is rejected. */
function score(q: Question, raw: unknown): number | null {
  const parsed = parseAnswer(q, raw, context);
  if (!parsed.ok) throw new Error(`rejected: ${JSON.stringify(parsed.fields)}`);
  return gradeAnswer(q, parsed.answer).score;
}

function rejected(q: Question, raw: unknown): Record<string, string[]> {
  const parsed = parseAnswer(q, raw, context);
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(raw)}`);
  return parsed.fields;
}

describe("single choice", () => {
  it("earns 1 for the key and 0 for any other option", () => {
    expect(score(single, { optionId: "b" })).toBe(1);
    expect(score(single, { optionId: "a" })).toBe(0);
  });

  it("names the chosen wrong option's reason and the key's", () => {
    const graded = gradeAnswer(single, { optionId: "c" });
    expect(graded.feedback.correct).toBe(false);
    expect(graded.feedback.optionFeedback).toEqual([
      { optionId: "b", chosen: false, correct: true, feedback: "Why b is right." },
      { optionId: "c", chosen: true, correct: false, feedback: "Why c is wrong." },
    ]);
    expect(graded.feedback.key).toEqual({ optionId: "b" });
    expect(graded.feedback.cites).toEqual(["p02"]);
  });

  it.each([
    ["an unknown option id", { optionId: "z" }, "answer.optionId"],
    ["a number for the id", { optionId: 2 }, "answer.optionId"],
    ["an extra field", { optionId: "b", correct: true }, "answer"],
    ["a bare string", "b", "answer"],
    ["nothing", undefined, "answer"],
    ["another type's shape", { optionIds: ["b"] }, "answer"],
  ])("rejects %s", (_, raw, field) => {
    expect(Object.keys(rejected(single, raw))).toContain(field);
  });
});

describe("multiple select: (keys chosen − wrong chosen) / keys, floored at 0", () => {
  it.each([
    [["a", "c"], 1],
    [["a"], 0.5],
    [["a", "b"], 0],
    [["a", "c", "b"], 0.5],
    [["a", "b", "c", "d"], 0],
    [["b", "d"], 0],
  ])("%j → %d", (optionIds, expected) => {
    expect(score(multiple, { optionIds })).toBe(expected);
  });

  it("marks some-but-not-all credit as partial", () => {
    const graded = gradeAnswer(multiple, { optionIds: ["a"] });
    expect(graded.feedback).toMatchObject({ correct: false, partial: true });
    expect(graded.feedback.optionFeedback.map((note) => [note.optionId, note.chosen, note.correct])).toEqual([
      ["a", true, true],
      ["c", false, true],
    ]);
  });

  it("stores choices in the question's order, so equal answers are equal text", () => {
    const parsed = parseAnswer(multiple, { optionIds: ["c", "a"] }, context);
    expect(parsed).toEqual({ ok: true, answer: { optionIds: ["a", "c"] } });
  });

  it.each([
    ["no choice", { optionIds: [] }],
    ["the same option twice", { optionIds: ["a", "a"] }],
    ["an unknown option", { optionIds: ["a", "x"] }],
    ["a string for the list", { optionIds: "a,c" }],
  ])("rejects %s", (_, raw) => {
    rejected(multiple, raw);
  });
});

describe("true/false with a reason: 0.5 for each part", () => {
  it.each([
    [{ value: false, whyOptionId: "w2" }, 1],
    [{ value: false, whyOptionId: "w1" }, 0.5],
    [{ value: true, whyOptionId: "w2" }, 0.5],
    [{ value: true, whyOptionId: "w1" }, 0],
  ])("%j → %d", (answer, expected) => {
    expect(score(trueFalse, answer)).toBe(expected);
  });

  it("explains the reading of the statement the student chose", () => {
    const graded = gradeAnswer(trueFalse, { value: true, whyOptionId: "w1" });
    expect(graded.feedback.statementFeedback).toBe("Reading it as true misses the irony.");
    expect(graded.feedback.optionFeedback.find((note) => note.chosen)?.feedback).toBe("Why w1 is wrong.");
  });

  it.each([
    ["a missing reason", { value: true }],
    ["a string for the judgement", { value: "true", whyOptionId: "w1" }],
    ["an unknown reason", { value: true, whyOptionId: "w9" }],
  ])("rejects %s", (_, raw) => {
    rejected(trueFalse, raw);
  });
});

describe("ordering: share of pairs in the right relative order", () => {
  it.each([
    [["e1", "e2", "e3", "e4"], 1],
    [["e2", "e1", "e3", "e4"], 0.8333],
    [["e2", "e3", "e4", "e1"], 0.5],
    [["e4", "e3", "e2", "e1"], 0],
  ])("%j → %d", (itemIds, expected) => {
    expect(score(ordering, { itemIds })).toBe(expected);
  });

  it.each([
    ["a missing item", { itemIds: ["e1", "e2", "e3"] }],
    ["an item twice", { itemIds: ["e1", "e2", "e3", "e3"] }],
    ["an unknown item", { itemIds: ["e1", "e2", "e3", "e9"] }],
    ["an extra item", { itemIds: ["e1", "e2", "e3", "e4", "e5"] }],
  ])("rejects %s", (_, raw) => {
    rejected(ordering, raw);
  });
});

describe("matching: share of left items matched to their partner", () => {
  it.each([
    [{ l1: "r1", l2: "r2", l3: "r3" }, 1],
    [{ l1: "r1", l2: "r3", l3: "r2" }, 0.3333],
    [{ l1: "r4", l2: "r4", l3: "r4" }, 0],
  ])("%j → %d", (pairs, expected) => {
    expect(score(matching, { pairs })).toBe(expected);
  });

  it("refuses an incomplete answer but keeps it as a draft", () => {
    expect(Object.keys(rejected(matching, { pairs: { l1: "r1" } }))).toEqual(["answer.pairs"]);
    expect(parseDraftAnswer(matching, { pairs: { l1: "r1" } }, context)).toEqual({ ok: true, answer: { pairs: { l1: "r1" } } });
  });

  it.each([
    ["an unknown partner", { pairs: { l1: "r1", l2: "r2", l3: "r9" } }, "answer.pairs.l3"],
    ["an unknown item", { pairs: { l1: "r1", l2: "r2", l3: "r3", l9: "r1" } }, "answer.pairs.l9"],
    ["an array of pairs", { pairs: [["l1", "r1"]] }, "answer.pairs"],
  ])("rejects %s", (_, raw, field) => {
    expect(Object.keys(rejected(matching, raw))).toContain(field);
  });
});

describe("short answer: awaits the teacher", () => {
  it("is stored as submitted, unscored, worth its rubric's total, with the model answer as key", () => {
    const parsed = parseAnswer(shortAnswer, { text: "Four words right here." }, context);
    expect(parsed.ok).toBe(true);
    const graded = gradeAnswer(shortAnswer, { text: "Four words right here." });
    expect(graded).toMatchObject({ status: "submitted", score: null, maxScore: 3 });
    expect(graded.feedback).toMatchObject({ correct: null, partial: false, key: { text: "The model answer." } });
    expect(graded.feedback.rubric).toHaveLength(2);
  });

  it("refuses more words than allowed, more than 5,000 characters, or nothing", () => {
    expect(rejected(shortAnswer, { text: "one two three four five six" })["answer.text"]).toEqual(["is longer than 5 words"]);
    expect(Object.keys(rejected(shortAnswer, { text: "x".repeat(MAX_ANSWER_CHARACTERS + 1) }))).toEqual(["answer.text"]);
    expect(Object.keys(rejected(shortAnswer, { text: "   " }))).toEqual(["answer.text"]);
  });

  it("keeps a draft over the word limit (nothing typed is lost) but not an oversized one", () => {
    expect(parseDraftAnswer(shortAnswer, { text: "one two three four five six" }, context).ok).toBe(true);
    expect(parseDraftAnswer(shortAnswer, { text: "x".repeat(MAX_ANSWER_CHARACTERS + 1) }, context).ok).toBe(false);
  });
});

describe("evidence: (key sentences − other sentences) / key sentences; acceptable ones are free", () => {
  it.each([
    [["p02.s1", "p02.s2"], 1],
    [["p02.s1"], 0.5],
    [["p02.s1", "p02.s2", "p02.s3"], 1],
    [["p02.s1", "p01.s1"], 0],
    [["p02.s1", "p02.s2", "p01.s1"], 0.5],
    [["p01.s1", "p01.s2"], 0],
  ])("%j → %d", (sentenceIds, expected) => {
    expect(score(evidence, { sentenceIds })).toBe(expected);
  });

  it("stores sentences in reading order", () => {
    expect(parseAnswer(evidence, { sentenceIds: ["p02.s2", "p01.s1"] }, context)).toEqual({
      ok: true,
      answer: { sentenceIds: ["p01.s1", "p02.s2"] },
    });
  });

  it.each([
    ["a sentence from another chunk", { sentenceIds: ["p09.s1"] }],
    ["something that is no sentence id", { sentenceIds: ["<script>"] }],
    ["no sentence", { sentenceIds: [] }],
    ["a sentence twice", { sentenceIds: ["p02.s1", "p02.s1"] }],
  ])("rejects %s", (_, raw) => {
    rejected(evidence, raw);
  });
});

it("every objective type reports full credit as correct and no credit as neither correct nor partial", () => {
  const cases: [Question, Answer, Answer][] = [
    [single, { optionId: "b" }, { optionId: "a" }],
    [multiple, { optionIds: ["a", "c"] }, { optionIds: ["b"] }],
    [trueFalse, { value: false, whyOptionId: "w2" }, { value: true, whyOptionId: "w1" }],
    [ordering, { itemIds: ["e1", "e2", "e3", "e4"] }, { itemIds: ["e4", "e3", "e2", "e1"] }],
    [matching, { pairs: { l1: "r1", l2: "r2", l3: "r3" } }, { pairs: { l1: "r4", l2: "r4", l3: "r4" } }],
    [evidence, { sentenceIds: ["p02.s1", "p02.s2"] }, { sentenceIds: ["p01.s1"] }],
  ];
  for (const [q, right, wrong] of cases) {
    expect(gradeAnswer(q, right)).toMatchObject({ status: "graded", score: 1, maxScore: 1, feedback: { correct: true, partial: false } });
    expect(gradeAnswer(q, wrong)).toMatchObject({ status: "graded", score: 0, feedback: { correct: false, partial: false } });
  }
});
