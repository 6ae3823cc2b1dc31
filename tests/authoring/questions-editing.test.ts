import { describe, expect, it } from "vitest";
import type { EditorIssue } from "@/lib/authoring/draft";
import {
  addQuestion,
  duplicateQuestion,
  move,
  moveQuestion,
  removeOption,
  removeQuestion,
  replaceQuestion,
  restoreQuestion,
  setCriterionPoints,
  setEvidenceRole,
  toggleKey,
} from "@/lib/authoring/questions/edit";
import { issuesByField, placeIssue } from "@/lib/authoring/questions/issues";
import { freshQuestionId, newQuestion, type Random } from "@/lib/authoring/questions/new-question";
import { QUESTION_TYPES, contentIdSchema, questionSchema, type Question, type QuestionOfType } from "@/lib/content/schema";
import { validateQuestions } from "@/lib/content/validate";
import { builtInReading } from "../support/content";

const { reading, questions } = builtInReading("why-the-taliban-wont-quit-al-qaeda");

/** A seeded sequence, so a test's ids are the same on every run. */
function seeded(seed: number): Random {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Every empty text of a template written, and an evidence answer picked: what a teacher does before it checks clean. */
function filled(question: Question): Question {
  const walk = (value: unknown): unknown => {
    if (value === "") return "Written by the teacher.";
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  const written = walk(question) as Question;
  return written.type === "evidence" ? { ...written, answer: ["p04.s1"] } : written;
}

function chunkQuestion(chunkId: string, stage: "chunk" | "after-reading" = "chunk"): Question {
  return questions.find((q) => q.chunkId === chunkId && q.stage === stage)!;
}

describe("new question templates", () => {
  it.each(QUESTION_TYPES)("a %s, once its texts are written, passes the schema and content:check", (type) => {
    const question = newQuestion(type, { reading, chunkId: "c2", stage: "chunk", questions, random: seeded(7) });
    expect(question).toMatchObject({ type, chunkId: "c2", stage: "chunk", difficulty: 2, cites: ["p04"] });
    expect(questionSchema.safeParse(question).success).toBe(false);
    const written = filled(question);
    expect(questionSchema.safeParse(written).error).toBeUndefined();
    expect(validateQuestions(reading, { questions: [...questions, written] }).issues).toEqual([]);
  });

  it("gives option and item ids that are random, valid and unique, so the key is not always the same id", () => {
    const keys = new Set<string>();
    for (let seed = 1; seed <= 5; seed++) {
      const question = newQuestion("single_choice", { reading, chunkId: "c1", stage: "chunk", questions, random: seeded(seed) }) as QuestionOfType<"single_choice">;
      const ids = question.options.map((o) => o.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(contentIdSchema.safeParse(id).success).toBe(true);
      expect(ids).not.toContain("a");
      keys.add(question.answer);
    }
    expect(keys.size).toBe(5);
  });

  it("takes the smallest free question id of the chunk", () => {
    const taken = [{ ...chunkQuestion("c1"), id: "q-c1-1" }, { ...chunkQuestion("c1"), id: "q-c1-3" }];
    expect(freshQuestionId(taken, "c1")).toBe("q-c1-2");
    const question = newQuestion("evidence", { reading, chunkId: "c3", stage: "after-reading", questions });
    expect(questions.some((q) => q.id === question.id)).toBe(false);
    expect(question).toMatchObject({ skill: "evidence", stage: "after-reading", cites: [reading.chunks[2]!.paragraphIds[0]] });
  });
});

describe("editing the question list", () => {
  it("moves a question past questions of other chunks to its group neighbour, leaving every other question in place", () => {
    const list = [chunkQuestion("c1"), chunkQuestion("c2"), questions.filter((q) => q.chunkId === "c1")[1]!, chunkQuestion("c3")];
    const moved = moveQuestion(list, list[2]!.id, -1);
    expect(moved.map((q) => q.id)).toEqual([list[2]!.id, list[1]!.id, list[0]!.id, list[3]!.id]);
    expect(moved[1]).toBe(list[1]);
    expect(moved[3]).toBe(list[3]);
    expect(moveQuestion(list, list[0]!.id, -1)).toEqual(list);
    expect(moveQuestion(list, list[3]!.id, 1)).toEqual(list);
  });

  it("does not move a question across the chunk/after-reading boundary", () => {
    const after = chunkQuestion("c7", "after-reading");
    const list = [chunkQuestion("c7"), after];
    expect(moveQuestion(list, after.id, -1)).toEqual(list);
  });

  it("replaces one question and keeps the others as the same objects", () => {
    const edited = { ...questions[3]!, prompt: "A new prompt" };
    const next = replaceQuestion(questions, edited);
    expect(next[3]).toBe(edited);
    next.forEach((q, i) => i !== 3 && expect(q).toBe(questions[i]));
  });

  it("removes a question and puts it back where it was", () => {
    const { questions: without, removed } = removeQuestion(questions, questions[5]!.id);
    expect(without).toHaveLength(questions.length - 1);
    expect(without.some((q) => q.id === questions[5]!.id)).toBe(false);
    expect(restoreQuestion(without, removed!)).toEqual(questions);
  });

  it("duplicates a question as an independent copy with a new id right after it", () => {
    const original = questions.find((q) => q.type === "single_choice")!;
    const { questions: next, copy } = duplicateQuestion(questions, original.id);
    const at = next.indexOf(copy!);
    expect(next[at - 1]).toBe(original);
    expect(new Set(next.map((q) => q.id)).size).toBe(next.length);
    (copy as QuestionOfType<"single_choice">).options[0]!.text = "changed";
    expect((original as QuestionOfType<"single_choice">).options[0]!.text).not.toBe("changed");
  });

  it("adds a chunk's question after that chunk's questions, and an after-reading one last", () => {
    const question = newQuestion("ordering", { reading, chunkId: "c2", stage: "chunk", questions });
    const next = addQuestion(questions, reading, question);
    const at = next.indexOf(question);
    expect(next[at - 1]!.chunkId).toBe("c2");
    expect(next[at + 1]!.chunkId).toBe("c3");
    const later = newQuestion("matching", { reading, chunkId: "c7", stage: "after-reading", questions });
    expect(addQuestion(questions, reading, later).at(-1)).toBe(later);
  });

  it("moves a list element and leaves the list unchanged past its ends", () => {
    expect(move(["a", "b", "c"], 2, -2)).toEqual(["c", "a", "b"]);
    expect(move(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });
});

describe("editing inside a question", () => {
  it("moves a single choice's key to the first remaining option when its key is removed", () => {
    const q = newQuestion("single_choice", { reading, chunkId: "c1", stage: "chunk", questions }) as QuestionOfType<"single_choice">;
    const next = removeOption(q, q.answer);
    expect(next.options).toHaveLength(3);
    expect(next.answer).toBe(next.options[0]!.id);
    expect(removeOption(q, q.options[3]!.id).answer).toBe(q.answer);
  });

  it("keeps a multiple select's keys in option order and drops a removed key", () => {
    const q = newQuestion("multiple_select", { reading, chunkId: "c1", stage: "chunk", questions }) as QuestionOfType<"multiple_select">;
    const [o1, o2, o3] = q.options.map((o) => o.id);
    expect(toggleKey(q.options, [o3!], o1!, true)).toEqual([o1, o3]);
    expect(removeOption(q, o2!).answer).toEqual([o1]);
  });

  it("gives a criterion a partial level only when it is worth more than one point", () => {
    const criterion = { id: "r1", description: "d", points: 1, levels: { full: "all", none: "nothing" } };
    const two = setCriterionPoints(criterion, 2);
    expect(two.levels).toEqual({ full: "all", partial: "", none: "nothing" });
    expect(setCriterionPoints({ ...two, levels: { ...two.levels!, partial: "some" } }, 1).levels).toEqual({ full: "all", none: "nothing" });
  });

  it("makes a sentence an answer or acceptable, never both, in reading order", () => {
    const q = { ...(newQuestion("evidence", { reading, chunkId: "c2", stage: "chunk", questions }) as QuestionOfType<"evidence">) };
    const order = ["p04.s1", "p04.s2", "p04.s3"];
    let next = setEvidenceRole(q, "p04.s3", "answer", order);
    next = setEvidenceRole(next, "p04.s1", "answer", order);
    expect(next.answer).toEqual(["p04.s1", "p04.s3"]);
    next = setEvidenceRole(next, "p04.s3", "acceptable", order);
    expect(next).toMatchObject({ answer: ["p04.s1"], acceptable: ["p04.s3"] });
    expect("acceptable" in setEvidenceRole(next, "p04.s3", "none", order)).toBe(false);
  });
});

describe("issues beside their fields", () => {
  it("places every content:check issue of an unwritten template beside a field the editor shows", () => {
    for (const type of QUESTION_TYPES) {
      const question = newQuestion(type, { reading, chunkId: "c2", stage: "chunk", questions });
      const issues: EditorIssue[] = validateQuestions(reading, { questions: [question] }).issues.map((i) => ({ severity: "error", id: i.id, message: i.message }));
      expect(issues.length).toBeGreaterThan(0);
      const placed = issuesByField(issues, question);
      expect(placed.general).toEqual([]);
      expect(placed.errors).toBe(issues.length);
    }
  });

  it("reads the field from the message, a follow-up's cue warning from its id, and keeps unknown fields general", () => {
    expect(placeIssue({ severity: "error", id: "q1", message: "options[o2].feedback: must not be empty" }, "q1")).toEqual({ severity: "error", field: "options[o2].feedback", message: "must not be empty" });
    expect(placeIssue({ severity: "warning", id: "q1.why", message: "the key is the longest option" }, "q1").field).toBe("why");
    expect(placeIssue({ severity: "error", id: "q1", message: "duplicate question id" }, "q1").field).toBe("");
    const question = chunkQuestion("c1");
    const placed = issuesByField([{ severity: "error", id: question.id, message: "chunkId: is required" }], question);
    expect(placed.general).toEqual([{ severity: "error", field: "chunkId", message: "chunkId: is required" }]);
  });
});
