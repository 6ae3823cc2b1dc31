import { beforeAll, describe, expect, it } from "vitest";
import { getItemAnalysis } from "@/lib/analytics/item-analysis";
import { makeClass, makeTeacher, respond, startAttempt, type QuestionId } from "./support";

const OBJECTIVE: QuestionId[] = ["q-single", "q-multi", "q-tf", "q-evidence", "q-order", "q-match"];

// Scores per student on [single, multi, tf, evidence, order, match]; totals 5, 4.5, 4, ..., 0.5 (no ties).
const FINISHED: number[][] = [
  [1, 1, 1, 1, 0, 1],
  [1, 1, 1, 1, 0, 0.5],
  [1, 1, 0.5, 1, 0, 0.5],
  [1, 0.5, 0.5, 1, 0, 0.5],
  [1, 0.5, 0.5, 0.5, 0.5, 0],
  [0, 0.5, 0.5, 0.5, 1, 0],
  [1, 0, 0.5, 0, 0, 0.5],
  [0, 0, 0.5, 0, 1, 0],
  [0, 0, 0, 0, 1, 0],
  [0, 0, 0, 0, 0.5, 0],
];

function answerFor(question: QuestionId, score: number): unknown {
  switch (question) {
    case "q-single":
      return { optionId: score === 1 ? "a" : "b" };
    case "q-multi":
      return { optionIds: score === 1 ? ["a", "b"] : score === 0.5 ? ["a"] : ["c"] };
    case "q-tf":
      return { value: score >= 0.5, whyOptionId: score === 1 ? "w1" : "w2" };
    case "q-evidence":
      return { sentenceIds: score === 1 ? ["p02.s1"] : score === 0.5 ? ["p02.s1", "p01.s1", "p02.s2"] : ["p01.s1"] };
    case "q-order":
      return { itemIds: score === 1 ? ["e1", "e2", "e3"] : score === 0.5 ? ["e2", "e1", "e3"] : ["e3", "e2", "e1"] };
    default:
      return { pairs: score === 1 ? { l1: "r1", l2: "r2" } : score === 0.5 ? { l1: "r1", l2: "r3" } : { l1: "r3", l2: "r3" } };
  }
}

let analysis: Awaited<ReturnType<typeof getItemAnalysis>>;

beforeAll(async () => {
  const teacher = await makeTeacher();
  const names = [...FINISHED.map((_, i) => `Student ${String(i + 1).padStart(2, "0")}`), "Unfinished", "Retaker"];
  const { students, assignment } = await makeClass(teacher, names);
  for (const [i, scores] of FINISHED.entries()) {
    const attempt = await startAttempt(students[i]!.id, assignment.id, { submittedAt: new Date() });
    for (const [q, question] of OBJECTIVE.entries()) await respond(attempt.id, question, answerFor(question, scores[q]!), scores[q]!);
  }
  // Perfect but not finished: not in the discrimination groups, still in the answer counts.
  const unfinished = await startAttempt(students[10]!.id, assignment.id);
  for (const question of OBJECTIVE) await respond(unfinished.id, question, answerFor(question, 1), 1);
  // A finished first attempt that a second (latest, unfinished) attempt replaces: only the latest counts.
  const first = await startAttempt(students[11]!.id, assignment.id, { number: 1, submittedAt: new Date() });
  for (const question of OBJECTIVE) await respond(first.id, question, answerFor(question, 0), 0);
  const second = await startAttempt(students[11]!.id, assignment.id, { number: 2 });
  await respond(second.id, "q-multi", answerFor("q-multi", 1), 1);
  // A draft never counts.
  await respond(second.id, "q-single", { optionId: "c" }, null, { status: "draft" });
  // Written answers: one graded 2 of 3, one awaiting review.
  const written = await respond(second.id, "q-written", { text: "The council built it badly." }, 2, { status: "graded" });
  void written;
  await respond(unfinished.id, "q-written", { text: "The rain was to blame." }, null);

  analysis = await getItemAnalysis(teacher, assignment.id);
});

const item = (id: string) => analysis.questions.find((entry) => entry.question.id === id)!;

/** Pearson's r from deviations about the means: the textbook formula, independent of the sums the app keeps. */
function pearson(xs: number[], ys: number[]): number {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const sxy = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0);
  const sxx = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  const syy = ys.reduce((sum, y) => sum + (y - my) ** 2, 0);
  return sxy / Math.sqrt(sxx * syy);
}

/** Each finished student's points on question q and on the rest of the reading. */
function itemRest(q: number): [number[], number[]] {
  const totals = FINISHED.map((scores) => scores.reduce((a, b) => a + b, 0));
  return [FINISHED.map((scores) => scores[q]!), FINISHED.map((scores, i) => totals[i]! - scores[q]!)];
}

describe("item–rest correlation, from sums the database keeps", () => {
  it("is over the 10 students who submitted (not the unfinished one, not the retaker's replaced attempt)", () => {
    expect(analysis.finished).toBe(10);
    expect(item("q-single").stats.discrimination.students).toBe(10);
  });

  it("equals Pearson's r between each question's points and the points on the rest, by the textbook formula", () => {
    for (const [q, question] of OBJECTIVE.entries()) {
      expect(item(question).stats.discrimination.index).toBeCloseTo(pearson(...itemRest(q)), 6);
    }
    expect(item("q-single").stats.discrimination.label).toBe("very good");
    // Weaker readers did better on the ordering question.
    expect(item("q-order").stats.discrimination.index).toBeLessThan(0);
    expect(item("q-order").stats.discrimination.label).toBe("negative");
  });

  it("counts only the latest attempt of each enrolled student, never drafts", () => {
    // q-single: the 10 finished + the unfinished student; the retaker's latest attempt has only a draft.
    expect(item("q-single").stats.respondents).toBe(11);
    // 7 of 11 with full credit (students 1–5, 7 and the unfinished one)
    expect(item("q-single").stats.percentCorrect).toBeCloseTo(7 / 11, 6);
    // q-multi: 10 + unfinished + retaker's latest = 12; points 1+1+1+.5+.5+.5+0+0+0+0 + 1 + 1 = 6.5
    expect(item("q-multi").stats.respondents).toBe(12);
    expect(item("q-multi").stats.meanScore).toBeCloseTo(6.5 / 12, 6);
  });

  it("keeps written answers awaiting review out of the scores until graded", () => {
    const written = item("q-written").stats;
    expect(written.respondents).toBe(2);
    expect(written.scored).toBe(1);
    expect(written.awaitingReview).toBe(1);
    expect(written.meanScore).toBeCloseTo(2 / 3, 6);
  });

  it("rolls the results up by chunk and by skill", () => {
    // chunk c2 = order + match + written. order: 0*3+0.5+1+1+1+0.5 +1 (unfinished) = 5; match: 1+.5+.5+.5+0+0+.5+0+0+0 + 1 = 4; written 2 of 3.
    const c2 = analysis.byChunk.find((row) => row.id === "c2")!;
    expect(c2.meanScore).toBeCloseTo((5 + 4 + 2) / (11 + 11 + 3), 6);
    const literal = analysis.bySkill.find((row) => row.id === "literal")!; // q-single + q-order
    expect(literal.meanScore).toBeCloseTo((7 + 5) / 22, 6);
    expect(literal.label).toBe("Literal comprehension");
  });
});
