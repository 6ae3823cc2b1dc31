/**
 * The report at a glance (issue #18 items 2 and 4): the students × questions
 * grid marks each answer (full, part, none, awaiting, not answered) for the
 * whole class; the item table sorts by difficulty and r with unscored items
 * last and names the most-chosen wrong answer; the teacher's home gathers
 * grading and flags from every active class and from no one else's.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getAnswerGrid } from "@/lib/analytics/answer-grid";
import { getItemAnalysis, mostChosenWrong, sortItems } from "@/lib/analytics/item-analysis";
import { getTeacherHome } from "@/lib/analytics/teacher-home";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { makeClass, makeTeacher, respond, startAttempt } from "./support";

let teacher: SessionUser;
let other: SessionUser;
let assignmentId: string;

beforeAll(async () => {
  teacher = await makeTeacher();
  other = await makeTeacher("Mr. Other");
  const made = await makeClass(teacher, ["Ana Able", "Bo Busy", "Cy Later"]);
  assignmentId = made.assignment.id;
  const [ana, bo] = made.students;
  const a = await startAttempt(ana!.id, assignmentId, { submittedAt: new Date() });
  await respond(a.id, "q-single", { optionId: "a" }, 1);
  await respond(a.id, "q-multi", { optionIds: ["a"] }, 0.5);
  await respond(a.id, "q-written", { text: "idk" }, null);
  const b = await startAttempt(bo!.id, assignmentId, { submittedAt: new Date() });
  await respond(b.id, "q-single", { optionId: "b" }, 0);
  await respond(b.id, "q-multi", { optionIds: ["c"] }, 0);
  // An archived class's work is not on the home; another teacher's class never is.
  const archived = await makeClass(teacher, ["Dee Done"]);
  await db.classroom.update({ where: { id: archived.classroom.id }, data: { archivedAt: new Date() } });
  const gone = await startAttempt(archived.students[0]!.id, archived.assignment.id, { submittedAt: new Date() });
  await respond(gone.id, "q-written", { text: "A long and careful answer about the council and the flood." }, null);
  const theirs = await makeClass(other, ["Eve Elsewhere"]);
  const elsewhere = await startAttempt(theirs.students[0]!.id, theirs.assignment.id, { submittedAt: new Date() });
  await respond(elsewhere.id, "q-written", { text: "idk" }, null);
});

describe("the grid", () => {
  it("marks every question for every student, with awaiting and unanswered told apart", async () => {
    const grid = await getAnswerGrid(teacher, assignmentId);
    const marks = Object.fromEntries(
      grid.students.map((student) => [student.displayName, Object.fromEntries(grid.questions.map((q, i) => [q.id, student.cells[i]!.mark]))]),
    );
    expect(Object.keys(marks)).toEqual(["Ana Able", "Bo Busy", "Cy Later"]);
    expect(marks["Ana Able"]).toMatchObject({ "q-single": "full", "q-multi": "partial", "q-written": "pending", "q-tf": "none" });
    expect(marks["Bo Busy"]).toMatchObject({ "q-single": "wrong", "q-multi": "wrong", "q-written": "none" });
    expect(Object.values(marks["Cy Later"]!).every((mark) => mark === "none")).toBe(true);
  });

  it("is only for the class's teacher", async () => {
    await expect(getAnswerGrid(other, assignmentId)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("the item table", () => {
  it("sorts hardest first with unscored questions last, and names the most-chosen wrong answer", async () => {
    const analysis = await getItemAnalysis(teacher, assignmentId);
    const byDifficulty = sortItems(analysis.questions, "difficulty", "asc").map((item) => item.question.id);
    expect(byDifficulty.slice(0, 2)).toEqual(["q-multi", "q-single"]);
    expect(byDifficulty.at(-1)).toBe("q-written");
    expect(sortItems(analysis.questions, "difficulty", "desc")[0]!.question.id).toBe("q-single");
    expect(sortItems(analysis.questions, "number", "desc")[0]!.question.number).toBe(analysis.questions.length);
    const single = analysis.questions.find((item) => item.question.id === "q-single")!;
    expect(mostChosenWrong(single.stats)).toMatchObject({ count: 1, share: 0.5 });
    expect(mostChosenWrong(single.stats)!.description).toMatch(/^B\. /);
    expect(mostChosenWrong(analysis.questions.find((item) => item.question.id === "q-tf")!.stats)).toBeNull();
  });
});

describe("the teacher's home", () => {
  it("lists what waits for a grade and who is flagged in their active classes only", async () => {
    const home = await getTeacherHome(teacher);
    expect(home.toGrade.map((row) => [row.id, row.awaitingReview])).toEqual([[assignmentId, 1]]);
    const flagged = home.flagged.flatMap((entry) => entry.students.map((student) => [student.displayName, student.flags.map((flag) => flag.kind)]));
    expect(flagged).toContainEqual(["Ana Able", ["low-effort-writing"]]);
    expect(flagged.map(([name]) => name)).not.toContain("Eve Elsewhere");
    expect(flagged.map(([name]) => name)).not.toContain("Dee Done");
  });
});
