/**
 * The write-time tallies the reports read must always equal a recount from
 * the responses: after answers, grading, a retake, a student leaving and
 * rejoining, and a student's data deleted. Each step goes through the app's
 * own mutations; the check recomputes with rebuildTallies and compares.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { joinAsStudent } from "@/lib/accounts/mutations";
import { getItemAnalysis } from "@/lib/analytics/item-analysis";
import { rebuildTallies } from "@/lib/tallied/tallies";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { gradeWrittenAnswer } from "@/lib/grading/grade";
import { deleteStudentData, removeStudent } from "@/lib/students/mutations";
import { builtInReading } from "../support/content";
import { submitResponse } from "@/lib/reading/answering";
import { asShown } from "../support/shown-answers";
import { submitAttempt } from "@/lib/reading/attempts";
import { ensureAttempt, openAssignmentReading } from "@/lib/reading/reader";
import { makeClass, makeTeacher, respond, startAttempt } from "./support";

let teacher: SessionUser;
let classId: string;
let joinCode: string;
let assignmentId: string;
let students: { id: string; displayName: string; username: string | null }[];
let writtenResponseId: string;

const round = (value: number) => Math.round(value * 1e9) / 1e9;

/** Everything the reports read for the assignment, in a stable order. */
async function reportState(assignment = assignmentId) {
  const [answers, questions, attempts] = await Promise.all([
    db.answerTally.findMany({ where: { assignmentId: assignment, count: { gt: 0 } }, orderBy: [{ questionId: "asc" }, { answer: "asc" }] }),
    db.questionTally.findMany({ where: { assignmentId: assignment, n: { gt: 0 } }, orderBy: { questionId: "asc" } }),
    db.attempt.findMany({
      where: { assignmentId: assignment },
      orderBy: { id: "asc" },
      select: { id: true, answeredCount: true, scoredCount: true, points: true, scoredMax: true, confidentWrongCount: true },
    }),
  ]);
  const rounded = <T extends Record<string, unknown>>(row: T) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "number" ? round(value) : value]));
  return { answers: answers.map(rounded), questions: questions.map(rounded), attempts: attempts.map(rounded) };
}

async function expectTalliesMatchRecount(assignment = assignmentId) {
  const kept = await reportState(assignment);
  await rebuildTallies(assignment);
  expect(kept).toEqual(await reportState(assignment));
  return kept;
}

const singleCount = async () =>
  (await getItemAnalysis(teacher, assignmentId)).questions.find((item) => item.question.id === "q-single")!.stats.respondents;

beforeAll(async () => {
  teacher = await makeTeacher();
  const made = await makeClass(teacher, ["Ann", "Ben", "Cat", "Dan"]);
  classId = made.classroom.id;
  joinCode = made.classroom.joinCode;
  assignmentId = made.assignment.id;
  students = made.students;
  const scores = [1, 0, 1, 0];
  for (const [i, student] of students.entries()) {
    const attempt = await startAttempt(student.id, assignmentId, { submittedAt: i < 3 ? new Date() : null });
    await respond(attempt.id, "q-single", { optionId: scores[i] ? "a" : "b" }, scores[i]!, { confidence: 3 });
    await respond(attempt.id, "q-multi", { optionIds: ["a"] }, 0.5);
    const written = await respond(attempt.id, "q-written", { text: `Answer ${i}` }, null);
    if (i === 0) writtenResponseId = written.id;
  }
});

describe("report tallies kept at write time", () => {
  it("match a recount after answers", async () => {
    const state = await expectTalliesMatchRecount();
    expect(state.answers.find((row) => row.questionId === "q-single" && row.answer === '{"optionId":"a"}')).toMatchObject({ count: 2, fullCredit: 2 });
    // Written answers are counted under one empty answer, not one row each.
    expect(state.answers.filter((row) => row.questionId === "q-written")).toEqual([
      expect.objectContaining({ answer: "", count: 4, scored: 0 }),
    ]);
    // Three submitted students are in the correlation sums.
    expect(state.questions.find((row) => row.questionId === "q-single")).toMatchObject({ n: 3 });
    // Ben: sure and wrong on q-single.
    expect(state.attempts.map((row) => row.confidentWrongCount).sort()).toEqual([0, 0, 1, 1]);
  });

  it("match a recount after a grade and a regrade, which move the attempt's total", async () => {
    await gradeWrittenAnswer(teacher, { responseId: writtenResponseId, criteria: { claim: 1, evidence: 2 }, comment: "" });
    await gradeWrittenAnswer(teacher, { responseId: writtenResponseId, criteria: { claim: 1, evidence: 1 }, comment: "Regraded." });
    const state = await expectTalliesMatchRecount();
    expect(state.answers.find((row) => row.questionId === "q-written")).toMatchObject({ count: 4, scored: 1, points: 2 });
    expect(state.attempts.some((row) => row.points === 1 + 0.5 + 2)).toBe(true);
  });

  it("match a recount after a retake replaces the first attempt", async () => {
    const retake = await startAttempt(students[1]!.id, assignmentId, { number: 2 });
    await respond(retake.id, "q-single", { optionId: "a" }, 1);
    await expectTalliesMatchRecount();
    expect(await singleCount()).toBe(4);
  });

  it("match a recount when a student leaves, and again when they rejoin", async () => {
    await removeStudent(teacher, classId, students[2]!.id);
    await expectTalliesMatchRecount();
    expect(await singleCount()).toBe(3);

    const cat: SessionUser = { id: students[2]!.id, role: "student", displayName: "Cat" };
    await joinAsStudent(cat, joinCode, "203.0.113.7");
    await expectTalliesMatchRecount();
    expect(await singleCount()).toBe(4);
  });

  it("match a recount when a student's data is deleted", async () => {
    await deleteStudentData(teacher, classId, students[3]!.id, students[3]!.username!);
    const state = await expectTalliesMatchRecount();
    expect(await singleCount()).toBe(3);
    expect(state.attempts).toHaveLength(4); // Ann, Ben's two attempts, Cat
  });
});

describe("answers arriving through the reading endpoints' path", () => {
  it("move the tallies by exactly one answer each, repeats and all, and submitting adds the correlation sums", async () => {
    const { students: readers, assignment } = await makeClass(teacher, ["Eve", "Fay"]);
    for (const [i, student] of readers.entries()) {
      const user: SessionUser = { id: student.id, role: "student", displayName: student.displayName };
      const { attempt } = await ensureAttempt((await openAssignmentReading(user, assignment.id))!);
      const [singleQuestion, multiQuestion] = ["q-single", "q-multi"].map((id) => builtInReading(assignment.readingSlug).questions.find((question) => question.id === id)!);
      const answer = await asShown(attempt.id, singleQuestion!, { optionId: i === 0 ? "a" : "b" });
      const single = { questionId: "q-single", answer, confidence: 3 as const, idempotencyKey: `single-${student.id}` };
      await submitResponse(user, attempt.id, single);
      await submitResponse(user, attempt.id, single); // a resend after a timeout
      const multi = await asShown(attempt.id, multiQuestion!, { optionIds: ["a"] });
      await submitResponse(user, attempt.id, { questionId: "q-multi", answer: multi, idempotencyKey: `multi-${student.id}` });
      if (i === 0) await submitAttempt(user, attempt.id);
    }
    const state = await expectTalliesMatchRecount(assignment.id);
    expect(state.answers.filter((row) => row.questionId === "q-single").map((row) => row.count)).toEqual([1, 1]);
    expect(state.attempts.map((row) => [row.answeredCount, row.confidentWrongCount]).sort()).toEqual([
      [2, 0],
      [2, 1],
    ]);
    // Only Eve submitted: she alone is in the correlation sums.
    expect(state.questions.map((row) => row.n)).toEqual([1, 1]);
  });
});
