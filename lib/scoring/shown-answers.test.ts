import path from "node:path";
import { describe, expect, it } from "vitest";
import { toClientQuestion } from "@/lib/content/client";
import { loadContent } from "@/lib/content/load";
import { attemptPresentation } from "@/lib/content/presentation";
import { sentencesOf } from "@/lib/content/sentences";
import { parseAnswer } from "./answers";
import { gradeAnswer } from "./grade";
import { keyAnswer } from "./key";
import { authoredAnswer, shownAnswer, shownFeedback } from "./shown-answers";

const loaded = loadContent(path.resolve("content")).readings;
const cases = loaded.flatMap((r) => r.questions.map((q) => [`${r.reading.slug} ${q.id}`, q, r] as const));
const shown = attemptPresentation("shown-answers-test");

function contextOf(reading: (typeof loaded)[number], chunkId: string) {
  const chunk = reading.reading.chunks.find((c) => c.id === chunkId);
  const paragraphs = reading.reading.paragraphs.filter((p) => chunk?.paragraphIds.includes(p.id));
  return { chunkSentenceIds: paragraphs.flatMap(sentencesOf).map((s) => s.id) };
}

describe("answers in shown ids", () => {
  it.each(cases)("%s: the key sent in shown ids grades as the key, with the same score", (_, question, reading) => {
    const key = keyAnswer(question);
    const sent = shownAnswer(question, shown, key);
    const context = contextOf(reading, question.chunkId);
    const parsed = parseAnswer(question, authoredAnswer(question, shown, JSON.parse(JSON.stringify(sent))), context);
    const direct = parseAnswer(question, key, context);
    if (!parsed.ok || !direct.ok) throw new Error(JSON.stringify(parsed));
    expect(parsed.answer).toEqual(direct.answer);
    expect(gradeAnswer(question, parsed.answer)).toEqual(gradeAnswer(question, direct.answer));
  });

  it.each(cases.filter(([, q]) => ["single_choice", "multiple_select", "true_false", "ordering", "matching"].includes(q.type)))(
    "%s: the authored key sent as it is is refused",
    (_, question, reading) => {
      const parsed = parseAnswer(question, authoredAnswer(question, shown, keyAnswer(question)), contextOf(reading, question.chunkId));
      expect(parsed.ok).toBe(false);
    },
  );

  it("names options in feedback by the ids the browser was shown, in the order shown", () => {
    for (const [, question] of cases) {
      if (question.type !== "multiple_select") continue;
      const client = toClientQuestion(question, shown);
      if (client.type !== "multiple_select") throw new Error("type changed");
      const everything = { optionIds: question.options.map((o) => o.id) };
      const feedback = shownFeedback(question, shown, gradeAnswer(question, everything).feedback);
      expect(feedback.optionFeedback.map((note) => note.optionId)).toEqual(client.options.map((o) => o.id));
      expect(shownAnswer(question, shown, everything)).toEqual({ optionIds: client.options.map((o) => o.id) });
    }
  });
});
