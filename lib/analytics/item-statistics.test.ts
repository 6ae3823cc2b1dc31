import { describe, expect, it } from "vitest";
import type { Question } from "@/lib/content/schema";
import { discriminationLabel, itemRestCorrelation, type DiscriminationSums } from "./discrimination";
import { itemStatistics, type AnswerGroup } from "./item-statistics";

const base = { chunkId: "c1", stage: "chunk" as const, skill: "literal" as const, difficulty: 1 as const, explanation: "e", cites: ["p01"] };
const noSums = undefined;

/** The sums the database keeps, from (points on the question, total points) per student. */
function sumsOf(students: [number, number][]): DiscriminationSums {
  const sums = { n: 0, sumScore: 0, sumScoreSquared: 0, sumTotal: 0, sumTotalSquared: 0, sumScoreTotal: 0 };
  for (const [x, t] of students) {
    sums.n += 1;
    sums.sumScore += x;
    sums.sumScoreSquared += x * x;
    sums.sumTotal += t;
    sums.sumTotalSquared += t * t;
    sums.sumScoreTotal += x * t;
  }
  return sums;
}

/** Pearson's r computed the textbook way, from deviations about the means. */
function pearson(xs: number[], ys: number[]): number {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

function group(answer: unknown, count: number, pointsEach: number, maxScore = 1): AnswerGroup {
  return {
    answer: JSON.stringify(answer),
    count,
    scored: count,
    points: count * pointsEach,
    scoredMax: count * maxScore,
    fullCredit: pointsEach >= maxScore ? count : 0,
  };
}

const single: Question = {
  ...base,
  id: "q1",
  type: "single_choice",
  prompt: "Why did the Taliban refuse?",
  options: [
    { id: "a", text: "Shared ideology and debts", feedback: "Right: paragraphs 3–4." },
    { id: "b", text: "They did not know where he was", feedback: "The essay says they knew." },
    { id: "c", text: "The US never asked", feedback: "The US asked repeatedly." },
  ],
  answer: "a",
};

describe("discrimination index", () => {
  const students: [number, number][] = [
    [1, 9],
    [1, 8],
    [0.5, 6.5],
    [0, 6],
    [1, 5],
    [0, 3],
    [0, 2.5],
  ];

  it("is the correlation of the question's points with the points on the rest of the reading", () => {
    const expected = pearson(
      students.map(([x]) => x),
      students.map(([x, t]) => t - x),
    );
    expect(itemRestCorrelation(sumsOf(students))).toBeCloseTo(expected, 10);
    expect(expected).toBeGreaterThan(0.5);
  });

  it("is negative when weaker readers do better, and null without two students or without spread", () => {
    const reversed = students.map(([x, t]): [number, number] => [1 - x, t - x + (1 - x)]);
    expect(itemRestCorrelation(sumsOf(reversed))).toBeLessThan(0);
    expect(itemRestCorrelation(sumsOf([[1, 5]]))).toBeNull();
    expect(
      itemRestCorrelation(
        sumsOf([
          [1, 5],
          [1, 3],
        ]),
      ),
    ).toBeNull();
  });

  it("survives students added and then taken away (what the tallies do)", () => {
    const kept = sumsOf(students);
    const extra = sumsOf([
      [0.3, 7.1],
      [0.9, 1.7],
    ]);
    const churned = Object.fromEntries(
      Object.keys(kept).map((key) => {
        const field = key as keyof DiscriminationSums;
        return [field, kept[field] + extra[field] - extra[field]];
      }),
    ) as DiscriminationSums;
    expect(itemRestCorrelation(churned)).toBeCloseTo(itemRestCorrelation(kept)!, 9);
  });

  it("is read with Ebel's bands", () => {
    expect(discriminationLabel(0.5)).toBe("very good");
    expect(discriminationLabel(0.4)).toBe("very good");
    expect(discriminationLabel(0.35)).toBe("good");
    expect(discriminationLabel(0.2)).toBe("fair");
    expect(discriminationLabel(0.1)).toBe("poor");
    expect(discriminationLabel(0)).toBe("poor");
    expect(discriminationLabel(-0.05)).toBe("negative");
  });
});

describe("itemStatistics", () => {
  it("single choice: share per option with its rationale, percent correct, and a note when a distractor beats the key", () => {
    // 20 students: 6 chose the key a, 11 chose b, 3 chose c.
    const stats = itemStatistics(single, [group({ optionId: "a" }, 6, 1), group({ optionId: "b" }, 11, 0), group({ optionId: "c" }, 3, 0)], sumsOf([
      [1, 9],
      [1, 7],
      [0, 2],
      [0, 1],
    ]));
    expect(stats.respondents).toBe(20);
    expect(stats.percentCorrect).toBeCloseTo(0.3, 10);
    expect(stats.meanScore).toBeCloseTo(0.3, 10);
    expect(stats.options.map((option) => [option.label, option.count, option.share, option.isKey])).toEqual([
      ["A", 6, 0.3, true],
      ["B", 11, 0.55, false],
      ["C", 3, 0.15, false],
    ]);
    expect(stats.options[1]!.rationale).toBe("The essay says they knew.");
    expect(stats.discrimination).toMatchObject({ label: "very good", students: 4 });
    expect(stats.discrimination.index).toBeCloseTo(pearson([1, 1, 0, 0], [8, 6, 2, 1]), 10);
    expect(stats.notes).toHaveLength(1);
    expect(stats.notes[0]).toContain("More students chose B “They did not know where he was” (11 of 20, 55%) than the key A");
    expect(stats.notes[0]).toContain("misconception");
  });

  it("single choice: no note when the key draws the most students", () => {
    const stats = itemStatistics(single, [group({ optionId: "a" }, 9, 1), group({ optionId: "b" }, 9, 0)], noSums);
    expect(stats.notes).toEqual([]);
    expect(stats.discrimination.index).toBeNull();
  });

  it("multiple select: each option's share of the respondents; a distractor beating the least-chosen key is noted", () => {
    const question: Question = {
      ...base,
      id: "q2",
      type: "multiple_select",
      prompt: "Which benefits?",
      options: [
        { id: "a", text: "Money", feedback: "Yes." },
        { id: "b", text: "Fighters", feedback: "Yes." },
        { id: "c", text: "Oil", feedback: "No oil is mentioned." },
      ],
      answer: ["a", "b"],
    };
    // 10 students: 4 chose a+b (1 pt), 5 chose a+c (0 pts), 1 chose b (0.5)
    const stats = itemStatistics(
      question,
      [group({ optionIds: ["a", "b"] }, 4, 1), group({ optionIds: ["c", "a"] }, 5, 0), group({ optionIds: ["b"] }, 1, 0.5)],
      noSums,
    );
    expect(stats.options.map((option) => option.count)).toEqual([9, 5, 5]);
    expect(stats.options.map((option) => option.share)).toEqual([0.9, 0.5, 0.5]);
    expect(stats.meanScore).toBeCloseTo(4.5 / 10, 10);
    expect(stats.percentCorrect).toBeCloseTo(0.4, 10);
    // c (5) ties the least-chosen key b (5): not more, so no note.
    expect(stats.notes).toEqual([]);
    const more = itemStatistics(question, [group({ optionIds: ["a", "c"] }, 3, 0), group({ optionIds: ["a", "b"] }, 2, 1)], noSums);
    expect(more.notes[0]).toContain("More students chose C “Oil” (3 of 5, 60%) than the key B “Fighters” (2, 40%)");
  });

  it("true/false: the statement's two readings and the why follow-up, with a note when most judged it wrongly", () => {
    const question: Question = {
      ...base,
      id: "q3",
      type: "true_false",
      prompt: "True or false?",
      statement: "The levee held for ten years.",
      answer: true,
      trueFeedback: "Right.",
      falseFeedback: "p02 says it held.",
      why: {
        prompt: "Why?",
        options: [
          { id: "w1", text: "p02 says so", feedback: "Yes." },
          { id: "w2", text: "It never flooded", feedback: "It did." },
        ],
        answer: "w1",
      },
    };
    const stats = itemStatistics(
      question,
      [group({ value: false, whyOptionId: "w2" }, 3, 0), group({ value: true, whyOptionId: "w1" }, 2, 1), group({ value: true, whyOptionId: "w2" }, 1, 0.5)],
      noSums,
    );
    expect(stats.options.map((option) => [option.label, option.count, option.rationale])).toEqual([
      ["True", 3, "Right."],
      ["False", 3, "p02 says it held."],
    ]);
    // Half judged it true: no note on the statement; but the wrong reason drew 4 of 6.
    expect(stats.followUp?.options.map((option) => option.count)).toEqual([2, 4]);
    expect(stats.notes).toHaveLength(1);
    expect(stats.notes[0]).toContain("More students chose B “It never flooded” (4 of 6, 67%) than the key A “p02 says so” (2, 33%)");
    const misread = itemStatistics(question, [group({ value: false, whyOptionId: "w1" }, 4, 0.5), group({ value: true, whyOptionId: "w1" }, 1, 1)], noSums);
    expect(misread.notes[0]).toContain("More students judged the statement false than true (the key)");
  });

  it("ordering: the most common wrong orders, in words, most frequent first", () => {
    const question: Question = {
      ...base,
      id: "q4",
      type: "ordering",
      prompt: "Order",
      items: [
        { id: "e1", text: "Embassy attacks" },
        { id: "e2", text: "9/11" },
        { id: "e3", text: "Doha deal" },
      ],
      answer: ["e1", "e2", "e3"],
    };
    const stats = itemStatistics(
      question,
      [
        group({ itemIds: ["e1", "e2", "e3"] }, 5, 1),
        group({ itemIds: ["e2", "e1", "e3"] }, 3, 2 / 3),
        group({ itemIds: ["e1", "e3", "e2"] }, 1, 2 / 3),
        group({ itemIds: ["e3", "e2", "e1"] }, 1, 0),
      ],
      noSums,
    );
    expect(stats.wrongAnswers).toEqual([
      { description: "9/11 → Embassy attacks → Doha deal", count: 3, share: 0.3 },
      { description: "Embassy attacks → Doha deal → 9/11", count: 1, share: 0.1 },
      { description: "Doha deal → 9/11 → Embassy attacks", count: 1, share: 0.1 },
    ]);
    expect(stats.meanScore).toBeCloseTo((5 + 2 + 2 / 3) / 10, 10);
  });

  it("matching: the most common wrong pairs, and a note when a wrong partner beats the right one", () => {
    const question: Question = {
      ...base,
      id: "q5",
      type: "matching",
      prompt: "Match",
      left: [
        { id: "l1", text: "Haqqanis" },
        { id: "l2", text: "ISI" },
      ],
      right: [
        { id: "r1", text: "a Taliban faction" },
        { id: "r2", text: "Pakistan's intelligence service" },
        { id: "r3", text: "al Qaeda's founders" },
      ],
      answer: { l1: "r1", l2: "r2" },
    };
    const stats = itemStatistics(
      question,
      [group({ pairs: { l1: "r3", l2: "r2" } }, 4, 0.5), group({ pairs: { l1: "r1", l2: "r2" } }, 3, 1), group({ pairs: { l1: "r2", l2: "r3" } }, 1, 0)],
      noSums,
    );
    expect(stats.wrongAnswers).toEqual([
      { description: "Haqqanis → al Qaeda's founders", count: 4, share: 0.5 },
      { description: "Haqqanis → Pakistan's intelligence service", count: 1, share: 0.125 },
      { description: "ISI → al Qaeda's founders", count: 1, share: 0.125 },
    ]);
    expect(stats.notes).toHaveLength(1);
    expect(stats.notes[0]).toContain("More students matched “Haqqanis” with “al Qaeda's founders” (4) than with its partner “a Taliban faction” (3).");
  });

  it("evidence: the sentences most often chosen that are neither key nor acceptable", () => {
    const question: Question = {
      ...base,
      id: "q6",
      type: "evidence",
      prompt: "Find it",
      claim: "c",
      answer: ["p02.s1"],
      acceptable: ["p02.s2"],
    };
    const text: Record<string, string> = { "p01.s1": "The river rose in spring.", "p01.s2": "Farmers moved their herds uphill." };
    const stats = itemStatistics(
      question,
      [
        group({ sentenceIds: ["p02.s1", "p02.s2"] }, 3, 1),
        group({ sentenceIds: ["p01.s1"] }, 4, 0),
        group({ sentenceIds: ["p01.s1", "p01.s2", "p02.s1"] }, 2, 0),
      ],
      noSums,
      (id) => text[id] ?? "",
    );
    expect(stats.wrongAnswers).toEqual([
      { description: "p01.s1: “The river rose in spring.”", count: 6, share: 6 / 9 },
      { description: "p01.s2: “Farmers moved their herds uphill.”", count: 2, share: 2 / 9 },
    ]);
  });

  it("written answers: scored only once graded, no option table", () => {
    const question: Question = {
      ...base,
      id: "q7",
      type: "short_answer",
      prompt: "Explain",
      maxWords: 100,
      rubric: { criteria: [{ id: "c", description: "d", points: 3 }], modelAnswer: "m" },
    };
    const stats = itemStatistics(question, [{ answer: null, count: 5, scored: 2, points: 4, scoredMax: 6, fullCredit: 1 }], noSums);
    expect(stats).toMatchObject({ respondents: 5, scored: 2, awaitingReview: 3, options: [], wrongAnswers: [], notes: [] });
    expect(stats.meanScore).toBeCloseTo(4 / 6, 10);
    expect(stats.percentCorrect).toBeCloseTo(0.5, 10);
  });
});
