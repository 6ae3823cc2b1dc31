/**
 * Returning a written answer for revision (lib/grading/revision.ts):
 * who may return and revise, what reopens, the score while it is returned,
 * and the tallies, which must agree with a recount after each step.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkTallies } from "@/lib/analytics/tally-check";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { gradeWrittenAnswer } from "@/lib/grading/grade";
import { getGradingQueue } from "@/lib/grading/queue";
import { returnForRevision, reviseReturnedAnswer } from "@/lib/grading/revision";
import { scoreParts } from "@/lib/scoring/score-summary";
import { makeClass, makeTeacher, respond, startAttempt } from "./support";

let teacher: SessionUser;
let student: SessionUser;
let classmate: SessionUser;
let assignmentId: string;
let attemptId: string;
let writtenId: string;

async function expectTalliesAgree() {
  expect((await checkTallies(db, [assignmentId])).differences).toEqual([]);
}

const stored = () => db.response.findUniqueOrThrow({ where: { id: writtenId } });

beforeAll(async () => {
  teacher = await makeTeacher("Ms. Rivera");
  const made = await makeClass(teacher, ["Ann", "Ben"]);
  assignmentId = made.assignment.id;
  student = { id: made.students[0]!.id, role: "student", displayName: "Ann" };
  classmate = { id: made.students[1]!.id, role: "student", displayName: "Ben" };
  const attempt = await startAttempt(student.id, assignmentId, { submittedAt: new Date() });
  attemptId = attempt.id;
  await respond(attemptId, "q-single", { optionId: "a" }, 1);
  writtenId = (await respond(attemptId, "q-written", { text: "The rain." }, null)).id;
  await gradeWrittenAnswer(teacher, { responseId: writtenId, criteria: { claim: 1, evidence: 0 }, comment: "" });
});

describe("returning a written answer for revision", () => {
  it("refuses an empty comment with a field message, changing nothing", async () => {
    await expect(returnForRevision(teacher, { responseId: writtenId, comment: "   " })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { comment: [expect.stringContaining("Say what to change")] },
    });
    expect(await stored()).toMatchObject({ status: "graded", score: 1, returnedAt: null });
  });

  it("refuses another teacher and the student, and lets a co-teacher return", async () => {
    const other = await makeTeacher("Mr. Other");
    await expect(returnForRevision(other, { responseId: writtenId, comment: "Cite the text." })).rejects.toMatchObject({ code: "not_found" });
    await expect(returnForRevision(student, { responseId: writtenId, comment: "Cite the text." })).rejects.toMatchObject({ code: "forbidden" });
    const coTeacher = await makeTeacher("Mx. Co");
    const { classroomId } = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    await db.classTeacher.create({ data: { classroomId, teacherId: coTeacher.id } });
    await returnForRevision(coTeacher, { responseId: writtenId, comment: "  Cite the text.  " });
    const returned = await stored();
    expect(returned).toMatchObject({ status: "submitted", score: null, returnComment: "Cite the text." });
    // The earlier grade is no longer shown to the student; its history stays.
    expect(returned.gradeId).toBeNull();
    expect(await db.gradeRevision.count({ where: { responseId: writtenId } })).toBe(1);
  });

  it("makes the answer pending in the score, and the tallies agree with a recount", async () => {
    const answers = await db.response.findMany({ where: { attemptId }, select: { score: true, maxScore: true } });
    expect(scoreParts(answers)).toMatchObject({ earned: 1, pendingCount: 1, pendingMax: 3 });
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ points: 1, pendingMax: 3 });
    await expectTalliesAgree();
    const queue = await getGradingQueue(teacher, assignmentId, { by: "question", responseId: writtenId });
    expect(queue.items[0]).toMatchObject({ responseId: writtenId, graded: false, returned: true, revised: false });
    // Waiting for the student, not the teacher.
    expect(queue.questions[0]).toMatchObject({ graded: 0, awaiting: 0 });
    expect(queue.current?.returnComment).toBe("Cite the text.");
  });
});

describe("revising a returned answer", () => {
  it("refuses another student, another question and bad text", async () => {
    await expect(reviseReturnedAnswer(classmate, { attemptId, questionId: "q-written", text: "Mine now." })).rejects.toMatchObject({ code: "not_found" });
    await expect(reviseReturnedAnswer(student, { attemptId, questionId: "q-single", text: "a" })).rejects.toMatchObject({ code: "not_found" });
    await expect(reviseReturnedAnswer(student, { attemptId, questionId: "q-written", text: "  " })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { text: [expect.any(String)] },
    });
    expect(JSON.parse((await stored()).answer)).toEqual({ text: "The rain." });
  });

  it("stores the revision, closes the answer again and queues it as revised; the tallies agree", async () => {
    await reviseReturnedAnswer(student, { attemptId, questionId: "q-written", text: "The levee failed (p03), so the council shares the blame." });
    const revised = await stored();
    expect(revised).toMatchObject({ status: "submitted", score: null, returnedAt: null });
    expect(revised.revisedAt).toBeInstanceOf(Date);
    expect(JSON.parse(revised.answer)).toEqual({ text: "The levee failed (p03), so the council shares the blame." });
    await expectTalliesAgree();
    await expect(reviseReturnedAnswer(student, { attemptId, questionId: "q-written", text: "Again." })).rejects.toMatchObject({ code: "not_found" });

    const queue = await getGradingQueue(teacher, assignmentId, { by: "question" });
    expect(queue.current).toMatchObject({ responseId: writtenId, revised: true, returned: false, returnComment: null });
    await gradeWrittenAnswer(teacher, { responseId: writtenId, criteria: { claim: 1, evidence: 2 }, comment: "Much better." });
    expect(await stored()).toMatchObject({ status: "graded", score: 3 });
    expect((await getGradingQueue(teacher, assignmentId, { by: "question" })).items[0]).toMatchObject({ graded: true, revised: false });
    await expectTalliesAgree();
  });
});
