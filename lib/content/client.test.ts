import path from "node:path";
import { describe, expect, it } from "vitest";
import { tinyQuestions } from "./__fixtures__/tiny-reading";
import { toClientQuestion } from "./client";
import { attemptPresentation } from "./presentation";
import { loadContent } from "./load";
import { QUESTION_TYPES, questionSchema, type Question } from "./schema";

const KEY_FIELDS = ["answer", "feedback", "trueFeedback", "falseFeedback", "explanation", "cites", "rubric", "acceptable", "modelAnswer", "criteria"];

/** Every string a student must not see before answering. */
function secretsOf(question: Question): string[] {
  const secrets = [question.explanation];
  switch (question.type) {
    case "single_choice":
    case "multiple_select":
      secrets.push(...question.options.map((o) => o.feedback));
      break;
    case "true_false":
      secrets.push(question.trueFeedback, question.falseFeedback, ...question.why.options.map((o) => o.feedback));
      break;
    case "short_answer":
      secrets.push(question.rubric.modelAnswer, ...question.rubric.criteria.map((c) => c.description));
      break;
    case "evidence":
      secrets.push(...question.answer, ...(question.acceptable ?? []));
      break;
  }
  return secrets;
}

function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => [k, ...keysDeep(v)]);
  return [];
}

const shown = attemptPresentation("client-test-seed");

const questions = loadContent(path.resolve("content")).readings.flatMap((r) => r.questions.map((q) => [`${r.reading.slug} ${q.id}`, q] as const));

describe("toClientQuestion", () => {
  it("is tested on every question type", () => {
    expect(new Set(questions.map(([, q]) => q.type))).toEqual(new Set(QUESTION_TYPES));
  });

  it.each(questions)("strips keys, feedback, explanations and rubrics from %s", (_, question) => {
    const client = toClientQuestion(question, shown);
    const json = JSON.stringify(client);
    expect(keysDeep(client).filter((key) => KEY_FIELDS.includes(key))).toEqual([]);
    for (const secret of secretsOf(question)) expect(json).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(client).toMatchObject({ id: question.id, type: question.type, prompt: question.prompt, stage: question.stage });
  });

  it("shows ordering items in a stable order that is never the key", () => {
    for (const [, question] of questions) {
      if (question.type !== "ordering") continue;
      const client = toClientQuestion(question, shown);
      if (client.type !== "ordering") throw new Error("type changed");
      const authored = new Map(question.items.map((item) => [shown.shownId(question.id, item.id), item.id]));
      const order = client.items.map((i) => authored.get(i.id));
      expect(order).not.toEqual(question.answer);
      expect([...order].sort()).toEqual([...question.answer].sort());
      expect(toClientQuestion(question, shown)).toEqual(client);
    }
  });

  it("never shows an ordering authored in key order in that order", () => {
    for (const n of [2, 3, 4, 5, 6]) {
      const ids = Array.from({ length: n }, (_, i) => `e${i + 1}`);
      for (const id of ["q-a", "q-b", "q-c", "q-d", "q-e"]) {
        const question = questionSchema.parse({
          ...tinyQuestions().questions.find((q) => q.type === "ordering"),
          id,
          items: ids.map((itemId) => ({ id: itemId, text: itemId })),
          answer: ids,
        });
        const client = toClientQuestion(question, shown);
        expect(client.type === "ordering" && client.items.map((i) => i.id)).not.toEqual(ids.map((itemId) => shown.shownId(id, itemId)));
      }
    }
  });

  it("keeps the short answer's word limit and total points", () => {
    const short = questionSchema.parse(tinyQuestions().questions.find((q) => q.type === "short_answer"));
    expect(toClientQuestion(short, shown)).toMatchObject({ maxWords: 50, maxPoints: 2 });
  });
});
