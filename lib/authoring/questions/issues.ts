/**
 * Places the editor's issues about one question next to the field they are
 * about. The checks name a field inside a question at the start of the
 * message, as content:check prints it ("options[o3k9].feedback: must not be
 * empty", "why: answer ..."); a true/false follow-up's cue warnings have the
 * id `<question id>.why`. Whatever names no field the editor shows goes to
 * the top of the question. Pure and client-safe.
 */
import type { EditorIssue } from "@/lib/authoring/draft";
import type { Question } from "@/lib/content/schema";

export type PlacedIssue = { severity: EditorIssue["severity"]; message: string; field: string };

const FIELD_PREFIX = /^([A-Za-z]+(?:\[[^\]\s]*\]|\.[A-Za-z]+)*): (.+)$/s;

/** The field an issue about `questionId` names ("" when none) and its message without the field. */
export function placeIssue(issue: EditorIssue, questionId: string): PlacedIssue {
  const { severity } = issue;
  if (issue.id !== questionId) {
    const part = issue.id.startsWith(`${questionId}.`) ? issue.id.slice(questionId.length + 1) : "";
    return { severity, field: part, message: issue.message };
  }
  const match = FIELD_PREFIX.exec(issue.message);
  return match ? { severity, field: match[1]!, message: match[2]! } : { severity, field: "", message: issue.message };
}

/** Every field path the editor shows for `question`, so an issue about one of them appears beside it. */
export function shownFields(question: Question): Set<string> {
  const fields = ["prompt", "explanation", "cites", "keySentences", "skill", "difficulty", "stage", "core"];
  const choice = (prefix: string, options: { id: string }[]) => [
    `${prefix}options`,
    `${prefix}answer`,
    ...options.flatMap((o) => [`${prefix}options[${o.id}].text`, `${prefix}options[${o.id}].feedback`]),
  ];
  const labelled = (list: string, items: { id: string }[]) => [list, ...items.map((i) => `${list}[${i.id}].text`)];
  switch (question.type) {
    case "single_choice":
    case "multiple_select":
      fields.push(...choice("", question.options));
      break;
    case "true_false":
      fields.push("statement", "answer", "trueFeedback", "falseFeedback", "why", "why.prompt", ...choice("why.", question.why.options));
      break;
    case "ordering":
      fields.push("answer", ...labelled("items", question.items));
      break;
    case "matching":
      fields.push("answer", ...labelled("left", question.left), ...labelled("right", question.right));
      break;
    case "short_answer":
      fields.push("maxWords", "rubric.criteria", "rubric.modelAnswer");
      for (const c of question.rubric.criteria) {
        const at = `rubric.criteria[${c.id}]`;
        fields.push(at, `${at}.description`, `${at}.points`, `${at}.levels`, `${at}.levels.full`, `${at}.levels.partial`, `${at}.levels.none`);
      }
      break;
    case "evidence":
      fields.push("claim", "answer", "acceptable");
      break;
  }
  return new Set(fields);
}

/** A question's issues by the field they belong beside; `general` holds those of no field shown. */
export function issuesByField(issues: readonly EditorIssue[], question: Question) {
  const shown = shownFields(question);
  const placed = issues.map((issue) => placeIssue(issue, question.id));
  return {
    at: (field: string) => placed.filter((p) => p.field === field),
    general: placed
      .filter((p) => !shown.has(p.field))
      .map((p) => ({ ...p, message: p.field ? `${p.field}: ${p.message}` : p.message })),
    errors: placed.filter((p) => p.severity === "error").length,
    warnings: placed.filter((p) => p.severity === "warning").length,
  };
}

export type QuestionIssues = ReturnType<typeof issuesByField>;
