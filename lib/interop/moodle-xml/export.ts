/**
 * A question bank as Moodle XML (docs.moodle.org "Moodle XML format"):
 * `<quiz>` holding a category and one `<question type="...">` per question.
 * Texts are HTML in CDATA (escaped first, so a "]]>" in the text cannot end
 * the section); option reasons are per-answer feedback, the explanation the
 * general feedback, closeread's fields tags. Ordering uses the Ordering
 * question type (qtype_ordering), which the Moodle site must have. Moodle has
 * no type for selecting sentences in a text, so evidence questions are
 * reported, not exported.
 */
import type { ChoiceOption, Question, RubricLevels } from "@/lib/content/schema";
import { keyWeight, metadataTags, whyQuestionId, type QuestionBank } from "../bank";
import { emptyReport, reportText, type ExportReport } from "../report";
import { buildXml, xmlComment, type XmlNode } from "../xml";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An HTML text field: `{ "@_format": "html", text: CDATA }`. */
/** A rubric criterion's described levels, one grader-information line each. */
function levelLines(levels: RubricLevels | undefined): string[] {
  if (!levels) return [];
  return [`Full: ${levels.full}`, ...(levels.partial === undefined ? [] : [`Partial: ${levels.partial}`]), `None: ${levels.none}`];
}

function html(text: string): XmlNode {
  const body = text
    .split(/\r?\n/)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("");
  return { "@_format": "html", text: { __cdata: body } };
}

function common(id: string, name: string, questionText: string, generalFeedback: string, defaultGrade: number): XmlNode {
  return {
    name: { text: name },
    questiontext: html(questionText),
    generalfeedback: html(generalFeedback),
    defaultgrade: String(defaultGrade),
    penalty: "0",
    hidden: "0",
    idnumber: id,
  };
}

const tags = (question: Question, extra: string[] = []) => ({ tags: { tag: [...metadataTags(question), ...extra].map((tag) => ({ text: tag })) } });

function answer(fraction: number, text: string, feedback?: string): XmlNode {
  return { "@_fraction": String(fraction), ...html(text), ...(feedback === undefined ? {} : { feedback: html(feedback) }) };
}

function multichoice(id: string, question: Question, prompt: string, options: ChoiceOption[], fraction: (option: ChoiceOption) => number, single: boolean, extraTags: string[] = []): XmlNode {
  return {
    "@_type": "multichoice",
    ...common(id, id, prompt, id === question.id ? question.explanation : "", 1),
    single: String(single),
    shuffleanswers: "true",
    answernumbering: "abc",
    answer: options.map((option) => answer(fraction(option), option.text, option.feedback)),
    ...tags(question, extraTags),
  };
}

type Outcome = { questions: XmlNode[]; adapted?: string } | { leftOut: string };

function moodleQuestions(question: Question): Outcome {
  switch (question.type) {
    case "single_choice":
      return { questions: [multichoice(question.id, question, question.prompt, question.options, (option) => (option.id === question.answer ? 100 : 0), true)] };
    case "multiple_select": {
      const weight = keyWeight(question.answer.length);
      return { questions: [multichoice(question.id, question, question.prompt, question.options, (option) => (question.answer.includes(option.id) ? weight : -weight), false)] };
    }
    case "true_false": {
      const whyId = whyQuestionId(question.id);
      const statement: XmlNode = {
        "@_type": "truefalse",
        ...common(question.id, question.id, `${question.prompt}\n${question.statement}`, question.explanation, 1),
        answer: [
          { "@_fraction": question.answer ? "100" : "0", "@_format": "moodle_auto_format", text: "true", feedback: html(question.trueFeedback) },
          { "@_fraction": question.answer ? "0" : "100", "@_format": "moodle_auto_format", text: "false", feedback: html(question.falseFeedback) },
        ],
        ...tags(question),
      };
      const why = multichoice(whyId, question, question.why.prompt, question.why.options, (option) => (option.id === question.why.answer ? 100 : 0), true, [`why-of:${question.id}`]);
      return { questions: [statement, why], adapted: `Moodle has no two-part true/false: the "why" follow-up is the question ${whyId}, tagged why-of:${question.id}` };
    }
    case "matching": {
      const rightText = new Map(question.right.map((item) => [item.id, item.text]));
      const used = new Set(Object.values(question.answer));
      const pairs = question.left.map((item) => ({ ...html(item.text), answer: { text: rightText.get(question.answer[item.id] ?? "") ?? "" } }));
      // Moodle's extra wrong answers are subquestions with no text.
      const distractors = question.right.filter((item) => !used.has(item.id)).map((item) => ({ "@_format": "html", text: "", answer: { text: item.text } }));
      return {
        questions: [{ "@_type": "matching", ...common(question.id, question.id, question.prompt, question.explanation, 1), shuffleanswers: "true", subquestion: [...pairs, ...distractors], ...tags(question) }],
      };
    }
    case "ordering":
      return {
        questions: [
          {
            "@_type": "ordering",
            ...common(question.id, question.id, question.prompt, question.explanation, 1),
            layouttype: "VERTICAL",
            selecttype: "ALL",
            selectcount: "0",
            // The closest of the plugin's grading types to closeread's credit per pair in the right relative order.
            gradingtype: "RELATIVE_ALL_PREVIOUS_AND_NEXT",
            showgrading: "SHOW",
            numberingstyle: "none",
            // Answers in the correct order; the fraction is the position, as the plugin's own export writes it.
            answer: question.answer.map((itemId, index) => answer(index + 1, question.items.find((item) => item.id === itemId)?.text ?? "")),
            ...tags(question),
          },
        ],
        adapted: "needs the Ordering question type (qtype_ordering) on the Moodle site",
      };
    case "short_answer": {
      const points = question.rubric.criteria.reduce((sum, criterion) => sum + criterion.points, 0);
      const rubric = [
        "Rubric:",
        ...question.rubric.criteria.flatMap((criterion) => [
          `${criterion.description} (${criterion.points} ${criterion.points === 1 ? "point" : "points"})`,
          ...levelLines(criterion.levels),
        ]),
        `Model answer: ${question.rubric.modelAnswer}`,
      ].join("\n");
      return {
        questions: [
          {
            "@_type": "essay",
            ...common(question.id, question.id, question.prompt, question.explanation, points),
            responseformat: "editor",
            responserequired: "1",
            responsefieldlines: "10",
            maxwordlimit: String(question.maxWords),
            attachments: "0",
            attachmentsrequired: "0",
            graderinfo: html(rubric),
            responsetemplate: { "@_format": "html", text: "" },
            ...tags(question),
          },
        ],
        adapted: "the rubric (criteria with their levels) and model answer are the essay's information for graders; Moodle grades the essay as one mark out of the rubric total",
      };
    }
    case "evidence":
      return { leftOut: "Moodle has no question type for selecting sentences in a text (QTI 3.0 has: hottext)" };
  }
}

export function exportMoodleXml(bank: QuestionBank): { xml: string; report: ExportReport } {
  const report = emptyReport("moodle-xml");
  const questions: XmlNode[] = [
    { "@_type": "category", category: { text: `$course$/top/closeread/${bank.reading.slug}` }, info: html(`Questions of “${bank.reading.title}”, exported from closeread.`) },
  ];
  for (const question of bank.questions) {
    const outcome = moodleQuestions(question);
    if ("leftOut" in outcome) {
      report.leftOut.push({ id: question.id, reason: outcome.leftOut });
      continue;
    }
    questions.push(...outcome.questions);
    if (outcome.adapted) report.adapted.push({ id: question.id, reason: outcome.adapted });
    else report.exported.push(question.id);
  }
  // The report heads the file, where a teacher opening it sees it.
  return { xml: buildXml({ quiz: { "#comment": xmlComment(reportText(report, bank.reading.title)), question: questions } }), report };
}
