/**
 * A question bank as GIFT, Moodle's plain-text question format. Each
 * question carries its id (`// [id:...]`, Moodle's ID number) and
 * closeread's fields as tags (`// [tag:skill:inference]`), its option
 * reasons as per-answer feedback (`#...`) and its explanation as general
 * feedback (`####...`). GIFT has no ordering or evidence type, and its essays
 * have no rubric: the report says so for each question concerned.
 */
import type { ChoiceOption, Question } from "@/lib/content/schema";
import { keyWeight, metadataTags, whyQuestionId, type QuestionBank } from "../bank";
import { emptyReport, reportText, type ExportReport } from "../report";

/** GIFT's special characters, escaped with a backslash (the backslash too); a line break becomes `\n`. */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, "\\$&").replace(/\r?\n/g, "\\n");
}

/** Moodle's idnumber and tags comment, which Moodle (and gift-pegjs) read before a question. */
function header(id: string, tags: string[]): string {
  return `// [id:${id}] ${tags.map((tag) => `[tag:${tag}]`).join(" ")}`;
}

function block(id: string, tags: string[], text: string, answers: string[], generalFeedback?: string): string {
  const lines = [header(id, tags), `::${id}::${escapeGift(text)} {`, ...answers.map((answer) => `  ${answer}`)];
  if (generalFeedback) lines.push(`  ####${escapeGift(generalFeedback)}`);
  lines.push("}");
  return lines.join("\n");
}

const choice = (mark: string, option: ChoiceOption) => `${mark}${escapeGift(option.text)}#${escapeGift(option.feedback)}`;

/** GIFT has no way to escape "->" in a matching pair. */
const ARROW = "->";

type Outcome = { text: string; adapted?: string } | { leftOut: string };

function giftQuestion(question: Question): Outcome {
  const tags = metadataTags(question);
  switch (question.type) {
    case "single_choice":
      return {
        text: block(
          question.id,
          tags,
          question.prompt,
          question.options.map((option) => choice(option.id === question.answer ? "=" : "~", option)),
          question.explanation,
        ),
      };
    case "multiple_select": {
      const weight = keyWeight(question.answer.length);
      const answers = question.options.map((option) => choice(question.answer.includes(option.id) ? `~%${weight}%` : `~%-${weight}%`, option));
      return { text: block(question.id, tags, question.prompt, answers, question.explanation) };
    }
    case "true_false": {
      // Moodle shows the first feedback after a wrong answer, the second after a right one.
      const [wrong, right] = question.answer ? [question.falseFeedback, question.trueFeedback] : [question.trueFeedback, question.falseFeedback];
      const statement = block(question.id, tags, `${question.prompt}\n${question.statement}`, [`${question.answer ? "T" : "F"}#${escapeGift(wrong)}#${escapeGift(right)}`], question.explanation);
      const whyId = whyQuestionId(question.id);
      const why = block(
        whyId,
        [...tags, `why-of:${question.id}`],
        question.why.prompt,
        question.why.options.map((option) => choice(option.id === question.why.answer ? "=" : "~", option)),
      );
      return { text: `${statement}\n\n${why}`, adapted: `GIFT has no two-part true/false: the "why" follow-up is the question ${whyId}, tagged why-of:${question.id}` };
    }
    case "matching": {
      const texts = [...question.left, ...question.right].map((item) => item.text);
      if (texts.some((text) => text.includes(ARROW))) return { leftOut: `an item contains "${ARROW}", which GIFT matching cannot escape` };
      const rightText = new Map(question.right.map((item) => [item.id, item.text]));
      const used = new Set(Object.values(question.answer));
      const pairs = question.left.map((item) => `=${escapeGift(item.text)} -> ${escapeGift(rightText.get(question.answer[item.id] ?? "") ?? "")}`);
      const distractors = question.right.filter((item) => !used.has(item.id)).map((item) => `= -> ${escapeGift(item.text)}`);
      return { text: block(question.id, tags, question.prompt, [...pairs, ...distractors], question.explanation) };
    }
    case "short_answer":
      return {
        text: block(question.id, tags, question.prompt, [], question.explanation),
        adapted: "a GIFT essay has no rubric, model answer or word limit: export Moodle XML to keep them (grader information)",
      };
    case "ordering":
      return { leftOut: "GIFT has no ordering question type (Moodle XML has one: qtype_ordering)" };
    case "evidence":
      return { leftOut: "GIFT has no question type for selecting sentences in a text" };
  }
}

export function exportGift(bank: QuestionBank): { text: string; report: ExportReport } {
  const report = emptyReport("gift");
  const blocks = [`$CATEGORY: $course$/closeread/${bank.reading.slug}`];
  for (const question of bank.questions) {
    const outcome = giftQuestion(question);
    if ("leftOut" in outcome) {
      report.leftOut.push({ id: question.id, reason: outcome.leftOut });
      continue;
    }
    blocks.push(outcome.text);
    if (outcome.adapted) report.adapted.push({ id: question.id, reason: outcome.adapted });
    else report.exported.push(question.id);
  }
  // The report heads the file as comments, where a teacher opening it sees it.
  const comments = reportText(report, bank.reading.title)
    .trimEnd()
    .split("\n")
    .map((line) => `// ${line}`.trimEnd())
    .join("\n");
  return { text: `${comments}\n\n${blocks.join("\n\n")}\n`, report };
}
