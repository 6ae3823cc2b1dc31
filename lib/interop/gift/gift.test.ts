import { parse, type GIFTQuestion } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import type { QuestionOfType } from "@/lib/content/schema";
import { AWKWARD, tinyBank } from "../__fixtures__/bank";
import { escapeGift, exportGift } from "./export";
import { importGift } from "./import";

const byId = (questions: GIFTQuestion[], id: string) => {
  const found = questions.find((question) => question.id === id);
  if (!found) throw new Error(`no GIFT question ${id}`);
  return found;
};

describe("GIFT export, read by the third-party parser gift-pegjs", () => {
  it("escapes every special character so the text comes back as written", () => {
    expect(escapeGift(String.raw`a~b=c#d{e}f:g\h`)).toBe(String.raw`a\~b\=c\#d\{e\}f\:g\\h`);
    expect(escapeGift("one\ntwo")).toBe(String.raw`one\ntwo`);
    const [question] = parse(`::t::${escapeGift(AWKWARD)} {=${escapeGift(AWKWARD)}#${escapeGift(AWKWARD)} ~x}`);
    expect(question).toMatchObject({ stem: { text: AWKWARD }, choices: [{ text: { text: AWKWARD }, feedback: { text: AWKWARD } }, {}] });
  });

  it("writes every mappable question with its type, keys, per-answer feedback and tags", () => {
    const bank = tinyBank();
    const parsed = parse(exportGift(bank).text);
    expect(parsed.map((question) => question.type)).toEqual(["Category", "MC", "MC", "TF", "MC", "Matching", "Essay"]);

    const single = byId(parsed, "q-single");
    const original = bank.questions[0] as QuestionOfType<"single_choice">;
    expect(single).toMatchObject({
      title: "q-single",
      stem: { text: AWKWARD },
      globalFeedback: { text: original.explanation },
      tags: ["chunk:c1", "stage:chunk", "skill:literal", "difficulty:1", "cites:p01"],
    });
    if (single.type !== "MC") throw new Error("not MC");
    expect(single.choices.map((choice) => [choice.isCorrect, choice.text.text, choice.feedback?.text])).toEqual(
      original.options.map((option) => [option.id === original.answer, option.text, option.feedback]),
    );

    const multi = byId(parsed, "q-multi");
    if (multi.type !== "MC") throw new Error("not MC");
    expect(multi.choices.map((choice) => choice.weight)).toEqual([50, 50, -50]);
    expect(multi.choices.map((choice) => choice.feedback?.text)).toEqual(["Feedback on a", "Feedback on b", "Feedback on c"]);

    const trueFalse = byId(parsed, "q-tf");
    if (trueFalse.type !== "TF") throw new Error("not TF");
    expect(trueFalse.isTrue).toBe(true);
    expect(trueFalse.stem.text).toBe("Prompt of q-tf\nThe levee held.");
    // Moodle: first feedback after a wrong answer (here "false"), the second after the right one.
    expect([trueFalse.trueFeedback?.text, trueFalse.falseFeedback?.text]).toEqual(["It did hold.", "Yes, it held."]);
    expect(byId(parsed, "q-tf-why").tags).toContain("why-of:q-tf");

    const matching = byId(parsed, "q-match");
    if (matching.type !== "Matching") throw new Error("not Matching");
    expect(matching.matchPairs.map((pair) => [pair.subquestion.text, pair.subanswer])).toEqual([
      ["rain", "too much water"],
      ["drought", "too little water"],
      ["", "a distractor"],
    ]);
  });

  it("reports what GIFT cannot hold instead of dropping it, in the report and atop the file", () => {
    const { report, text } = exportGift(tinyBank());
    expect(report.leftOut.map((entry) => entry.id)).toEqual(["q-order", "q-evidence"]);
    expect(report.adapted.map((entry) => entry.id)).toEqual(["q-tf", "q-short"]);
    expect(report.exported).toEqual(["q-single", "q-multi", "q-match"]);
    // Said at the head of the file, where the teacher sees it; GIFT readers skip comments.
    expect(text).toContain("//   q-order: GIFT has no ordering question type");
    expect(parse(text).map((question) => question.id)).not.toContain("q-order");
  });
});

describe("GIFT import", () => {
  it("reads back the choice, true/false and matching questions it exported", () => {
    const bank = tinyBank();
    const imported = importGift(exportGift(bank).text);
    const original = (id: string) => bank.questions.find((question) => question.id === id)!;
    const trueFalse = original("q-tf") as QuestionOfType<"true_false">;
    // GIFT has no option ids: the reasons come back as a, b, ...
    const relabelled = { ...trueFalse, why: { ...trueFalse.why, answer: "a", options: trueFalse.why.options.map((option, index) => ({ ...option, id: "ab"[index]! })) } };
    expect(imported.questions).toEqual([original("q-single"), original("q-multi"), relabelled, original("q-match")]);
    expect(imported.skipped).toEqual([{ id: "q-short", reason: expect.stringContaining("no rubric") }]);
  });

  it("carries the core set as a tag and reads it back", () => {
    const single = { ...tinyBank().questions[0]!, core: true };
    const text = exportGift({ ...tinyBank(), questions: [single] }).text;
    expect(byId(parse(text), single.id).tags).toContain("core:true");
    expect(importGift(text).questions).toEqual([single]);
  });

  it("reads escaped characters back in both columns of a matching question", () => {
    const bank = tinyBank();
    const matching = bank.questions.find((question) => question.type === "matching")!;
    if (matching.type !== "matching") throw new Error("no matching question");
    matching.left[0]!.text = AWKWARD;
    matching.right[0]!.text = AWKWARD;
    const imported = importGift(exportGift({ ...bank, questions: [matching] }).text);
    expect(imported.questions).toEqual([matching]);
  });

  it("fills what plain GIFT lacks from the defaults, and reports what still does not fit", () => {
    const gift = [
      "::Rivers::Which river rose? {=The river#Yes. ~The sea#No. ####The river rose in p01.}",
      "::Num::How many? {#3}",
      "::Unexplained::Pick one {=this#fine ~that#not fine}",
    ].join("\n\n");
    const imported = importGift(gift, { chunkId: "c1", skill: "literal", difficulty: 1, cites: ["p01"], stage: "chunk" });
    expect(imported.questions).toEqual([
      expect.objectContaining({ id: "Rivers", type: "single_choice", answer: "a", options: [{ id: "a", text: "The river", feedback: "Yes." }, { id: "b", text: "The sea", feedback: "No." }] }),
    ]);
    expect(imported.skipped).toEqual([
      { id: "Num", reason: "closeread has no Numerical question type" },
      { id: "Unexplained", reason: "explanation: must not be empty" },
    ]);
  });
});
