import { describe, expect, it } from "vitest";
import { tinyQuestions, tinyReading } from "@/lib/content/__fixtures__/tiny-reading";
import { readingProfile } from "@/lib/content/profile";
import { questionsFileSchema, readingSchema } from "@/lib/content/schema";
import { maxScoreOf } from "@/lib/scoring/score";
import { assignReadingSchema } from "./schemas";
import { chooseQuestions, describeTotals, inQuestionSet, pickFieldName, questionSetTotals } from "./question-set";

const reading = readingSchema.parse(tinyReading());
const bank = questionsFileSchema
  .parse(tinyQuestions())
  .questions.map((q) => (q.type === "single_choice" || q.type === "short_answer" || q.type === "ordering" ? { ...q, core: true } : q));
const ids = (questions: readonly { id: string }[]) => questions.map((q) => q.id);
const written = bank.find((q) => q.type === "short_answer")!.id;

describe("chooseQuestions", () => {
  it("keeps the core set, everything, or the picked ids, in the bank's order", () => {
    expect(ids(chooseQuestions(bank, { mode: "core", includeWritten: true, picked: [] }))).toEqual(ids(bank.filter((q) => q.core)));
    expect(chooseQuestions(bank, { mode: "all", includeWritten: true, picked: [] })).toHaveLength(bank.length);
    const picked = [bank[3]!.id, bank[0]!.id, "no-such-question"];
    expect(ids(chooseQuestions(bank, { mode: "picked", includeWritten: true, picked }))).toEqual([bank[0]!.id, bank[3]!.id]);
  });

  it("gives every question as the core set of a reading that marks none (a teacher's own reading, say)", () => {
    const unmarked = bank.map((question) => ({ ...question, core: false }));
    expect(chooseQuestions(unmarked, { mode: "core", includeWritten: true, picked: [] })).toHaveLength(unmarked.length);
    expect(ids(chooseQuestions(unmarked, { mode: "core", includeWritten: false, picked: [] }))).not.toContain(written);
  });

  it("leaves written answers out when asked, in every mode", () => {
    for (const mode of ["core", "all", "picked"] as const) {
      const chosen = chooseQuestions(bank, { mode, includeWritten: false, picked: ids(bank) });
      expect(ids(chosen)).not.toContain(written);
      expect(chosen.length).toBeGreaterThan(0);
    }
  });
});

describe("inQuestionSet", () => {
  it("gives the stored ids' questions in the bank's order; ids a new version dropped drop out; null is every question", () => {
    const stored = JSON.stringify([bank[2]!.id, "removed-in-new-version", bank[1]!.id]);
    expect(ids(inQuestionSet(bank, { questionIds: stored }))).toEqual([bank[1]!.id, bank[2]!.id]);
    expect(inQuestionSet(bank, { questionIds: null })).toHaveLength(bank.length);
    expect(inQuestionSet(bank, null)).toHaveLength(bank.length);
  });

  it("refuses a stored value that is not a list of ids", () => {
    expect(() => inQuestionSet(bank, { questionIds: '{"a":1}' })).toThrow(/Assignment\.questionIds holds data closeread cannot read/);
  });
});

describe("questionSetTotals", () => {
  it("for the core set, gives the minutes the reading's facts give (one estimate)", () => {
    const profile = readingProfile(reading, bank);
    const core = bank.filter((q) => q.core).map((q) => ({ type: q.type, points: maxScoreOf(q) }));
    const totals = questionSetTotals(profile.readingMinutes, core);
    expect(totals.minutes).toBe(profile.core.minutes);
    expect(totals.items).toBe(profile.core.questions);
  });

  it("sums points and says it in words; nothing chosen is no time", () => {
    expect(questionSetTotals(9, [{ type: "single_choice", points: 1 }, { type: "short_answer", points: 4 }])).toEqual({ items: 2, points: 5, minutes: 9 + 1 + 5 });
    expect(describeTotals({ items: 1, points: 1, minutes: 10 })).toBe("1 question · 1 point · about 10 min");
    expect(questionSetTotals(9, [])).toEqual({ items: 0, points: 0, minutes: 0 });
  });
});

describe("assignReadingSchema", () => {
  it("takes the ticked questions of the chosen reading only", () => {
    const parsed = assignReadingSchema.parse({
      classId: "cl0000000000000000000000a",
      readingSlug: "one",
      feedbackMode: "immediate",
      attemptsAllowed: "1",
      questionSet: "picked",
      [pickFieldName("one", "q1")]: "on",
      [pickFieldName("one", "q2")]: "on",
      [pickFieldName("other", "q3")]: "on",
    });
    expect(parsed.questionSet).toEqual({ mode: "picked", includeWritten: false, picked: ["q1", "q2"] });
  });

  it("asks for a choice of questions", () => {
    const result = assignReadingSchema.safeParse({ classId: "cl0000000000000000000000a", readingSlug: "one", feedbackMode: "immediate", attemptsAllowed: "1" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["questionSet", "Choose which questions to assign."]]);
  });
});
