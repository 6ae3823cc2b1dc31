/**
 * The export read back by fast-xml-parser and checked against the structure
 * Moodle's documentation gives for each question type ("Moodle XML format"
 * on docs.moodle.org), written down here as zod schemas.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AWKWARD, tinyBank } from "../__fixtures__/bank";
import { exportMoodleXml } from "./export";

const textField = z.object({ text: z.string() });
const htmlField = z.object({ "@_format": z.literal("html"), text: z.string() });
const fraction = z.string().regex(/^-?\d+(\.\d+)?$/);
const answer = z.object({ "@_fraction": fraction, "@_format": z.string(), text: z.string(), feedback: htmlField.optional() });
const common = {
  name: textField,
  questiontext: htmlField,
  generalfeedback: htmlField,
  defaultgrade: z.string(),
  penalty: z.string(),
  hidden: z.enum(["0", "1"]),
  idnumber: z.string(),
  tags: z.object({ tag: z.array(textField) }),
};
const moodleQuestion = z.discriminatedUnion("@_type", [
  z.object({ "@_type": z.literal("category"), category: textField, info: htmlField }),
  z.object({ "@_type": z.literal("multichoice"), ...common, single: z.enum(["true", "false"]), shuffleanswers: z.string(), answernumbering: z.string(), answer: z.array(answer).min(2) }),
  z.object({ "@_type": z.literal("truefalse"), ...common, answer: z.array(answer).length(2) }),
  z.object({
    "@_type": z.literal("matching"),
    ...common,
    shuffleanswers: z.string(),
    subquestion: z.array(z.object({ "@_format": z.literal("html"), text: z.string(), answer: textField })).min(3),
  }),
  z.object({ "@_type": z.literal("essay"), ...common, responseformat: z.string(), maxwordlimit: z.string(), graderinfo: htmlField }),
  z.object({ "@_type": z.literal("ordering"), ...common, layouttype: z.string(), selecttype: z.string(), gradingtype: z.string(), answer: z.array(answer).min(2) }),
]);
const quiz = z.object({ quiz: z.object({ question: z.array(moodleQuestion) }) });

function read(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    trimValues: true,
    isArray: (_name, path) => ["quiz.question", "quiz.question.answer", "quiz.question.subquestion", "quiz.question.tags.tag"].includes(String(path)),
  });
  return quiz.parse(parser.parse(xml)).quiz.question;
}

describe("Moodle XML export", () => {
  it("is well-formed and has Moodle's documented structure for each type", () => {
    const questions = read(exportMoodleXml(tinyBank()).xml);
    expect(questions.map((question) => question["@_type"])).toEqual(["category", "multichoice", "multichoice", "truefalse", "multichoice", "ordering", "matching", "essay"]);
  });

  it("keeps keys, weights, per-answer feedback and escaped text", () => {
    const questions = read(exportMoodleXml(tinyBank()).xml);
    const byId = (id: string) => {
      const found = questions.find((question) => "idnumber" in question && question.idnumber === id);
      if (!found || found["@_type"] === "category") throw new Error(`no question ${id}`);
      return found;
    };
    const single = byId("q-single");
    expect(single.questiontext.text).toBe("<p>Is 1 &lt; 2 &amp; &quot;x&quot; = {y}: ~a #b ]]&gt; \\ ok?</p>");
    if (!("answer" in single)) throw new Error("no answers");
    expect(single.answer.map((entry) => [entry["@_fraction"], entry.feedback?.text])).toEqual([
      ["100", "<p>Feedback on a</p>"],
      ["0", `<p>Because ${AWKWARD.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")}</p>`],
    ]);
    const multi = byId("q-multi");
    if (!("answer" in multi)) throw new Error("no answers");
    expect(multi.answer.map((entry) => entry["@_fraction"])).toEqual(["50", "50", "-50"]);
    const trueFalse = byId("q-tf");
    if (!("answer" in trueFalse)) throw new Error("no answers");
    expect(trueFalse.answer.map((entry) => [entry.text, entry["@_fraction"], entry.feedback?.text])).toEqual([
      ["true", "100", "<p>Yes, it held.</p>"],
      ["false", "0", "<p>It did hold.</p>"],
    ]);
    expect(byId("q-tf-why").tags.tag.map((tag) => tag.text)).toContain("why-of:q-tf");
    const ordering = byId("q-order");
    if (!("answer" in ordering)) throw new Error("no answers");
    expect(ordering.answer.map((entry) => [entry["@_fraction"], entry.text])).toEqual([
      ["1", "<p>Rain</p>"],
      ["2", "<p>Levee</p>"],
      ["3", "<p>Drought</p>"],
    ]);
    const matching = byId("q-match");
    if (!("subquestion" in matching)) throw new Error("no subquestions");
    expect(matching.subquestion.map((entry) => [entry.text, entry.answer.text])).toEqual([
      ["<p>rain</p>", "too much water"],
      ["<p>drought</p>", "too little water"],
      ["", "a distractor"],
    ]);
    const essay = byId("q-short");
    if (!("graderinfo" in essay)) throw new Error("no grader information");
    expect(essay.graderinfo.text).toContain("Names the levee. (2 points)");
    expect(essay.maxwordlimit).toBe("50");
    expect(essay.defaultgrade).toBe("2");
  });

  it("gives graders each rubric criterion's described levels and tags the core set", () => {
    const bank = tinyBank();
    const essay = bank.questions.find((question) => question.type === "short_answer")!;
    if (essay.type !== "short_answer") throw new Error("no written answer");
    essay.core = true;
    essay.rubric.criteria[0]!.levels = { full: "Names the levee and what it did.", partial: "Names the levee only.", none: "Names no structure." };
    const { xml } = exportMoodleXml({ ...bank, questions: [essay] });
    expect(xml).toContain("<p>Full: Names the levee and what it did.</p><p>Partial: Names the levee only.</p><p>None: Names no structure.</p>");
    expect(xml).toContain("<text>core:true</text>");
  });

  it("reports the evidence question it cannot export and the ones it changed", () => {
    const { report, xml } = exportMoodleXml(tinyBank());
    expect(report.leftOut).toEqual([{ id: "q-evidence", reason: expect.stringContaining("hottext") }]);
    expect(report.adapted.map((entry) => entry.id)).toEqual(["q-tf", "q-order", "q-short"]);
    expect(xml).not.toContain("<idnumber>q-evidence</idnumber>");
    expect(xml).toMatch(/<quiz>\s*<!-- closeread Moodle XML export[^]*q-evidence: Moodle has no question type[^]*-->/);
  });
});
