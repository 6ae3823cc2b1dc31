/**
 * One score everywhere (issue #18): for the same students, the report, the
 * teacher's page of a student's answers, the student's own results page, the
 * gradebook CSV, the sum of the responses CSV and the LTI score all give the
 * same earned and possible points. The students are the cases: one
 * submitted with a written answer awaiting review and a question left blank
 * (the CSV once counted the pending answer as 0, the report left the blank
 * out), one still reading.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getAssignmentReport } from "@/lib/analytics/assignment-report";
import { getLtiScore } from "@/lib/analytics/lti-score";
import { getStudentAnswers } from "@/lib/analytics/student-answers";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { gradebookCsv } from "@/lib/export/gradebook";
import { responsesCsv } from "@/lib/export/responses";
import type { ScoreSummary } from "@/lib/scoring/score-summary";
import { getReadingResults } from "@/lib/reading/results";
import { ensureAttempt, openAssignmentReading } from "@/lib/reading/reader";
import { makeClass, makeTeacher, respond, startAttempt } from "./support";

let teacher: SessionUser;
let assignmentId: string;
let students: { id: string; displayName: string }[];

beforeAll(async () => {
  teacher = await makeTeacher();
  const made = await makeClass(teacher, ["Finn Submitted", "Rae Reading"]);
  assignmentId = made.assignment.id;
  students = made.students;
  // Finn submitted: 3.67 of the 5 objective points answered, q-match left blank, the written answer (3 points) awaiting review.
  const finn = await startAttempt(students[0]!.id, assignmentId, { submittedAt: new Date() });
  await respond(finn.id, "q-single", { optionId: "a" }, 1);
  await respond(finn.id, "q-multi", { optionIds: ["a", "b"] }, 1);
  await respond(finn.id, "q-tf", { value: true, whyOptionId: "w2" }, 0.5);
  await respond(finn.id, "q-evidence", { sentenceIds: ["p01.s1"] }, 0.5);
  await respond(finn.id, "q-order", { itemIds: ["e2", "e1", "e3"] }, 0.6667);
  await respond(finn.id, "q-written", { text: "Because the levee failed." }, null);
  // Rae is still reading: two answers so far, one a draft that does not count.
  const rae = await startAttempt(students[1]!.id, assignmentId);
  await respond(rae.id, "q-single", { optionId: "b" }, 0);
  await respond(rae.id, "q-tf", { value: true, whyOptionId: "w1" }, 1);
  await respond(rae.id, "q-multi", { optionIds: ["a"] }, null, { status: "draft" });
});

function csvRows(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  // No cell in these fixtures holds a comma or a quote.
  const names = header!.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, index) => [names[index]!, cell])));
}

async function everySurface(student: { id: string; displayName: string }) {
  const report = (await getAssignmentReport(teacher, assignmentId)).students.find((row) => row.studentId === student.id)!.score;
  const answers = (await getStudentAnswers(teacher, assignmentId, student.id)).score!;

  const user: SessionUser = { id: student.id, role: "student", displayName: student.displayName };
  const results = (await getReadingResults(await ensureAttempt((await openAssignmentReading(user, assignmentId))!))).total;

  const gradebook = csvRows((await gradebookCsv(teacher, assignmentId)).csv).find((row) => row.Student === student.displayName)!;
  const responses = csvRows(await new Response((await responsesCsv(teacher, assignmentId)).stream).text()).filter(
    (row) => row.Student === student.displayName,
  );
  const lti = await getLtiScore(teacher, assignmentId, student.id);
  return { report, answers, results, gradebook, responses, lti };
}

function expectSame(surfaces: Awaited<ReturnType<typeof everySurface>>, expected: ScoreSummary) {
  const { report, answers, results, gradebook, responses, lti } = surfaces;
  expect(report).toEqual(expected);
  expect(answers).toEqual(expected);
  expect({ earned: results.earned, possible: results.possible, percent: results.percent, pendingCount: results.awaitingReview }).toEqual({
    earned: expected.earned,
    possible: expected.possible,
    percent: expected.percent,
    pendingCount: expected.pendingCount,
  });
  expect({
    earned: Number(gradebook.Total),
    possible: Number(gradebook.Possible),
    percent: gradebook.Percent === "" ? null : Number(gradebook.Percent),
    pendingCount: Number(gradebook["Pending review"]),
    pendingPoints: Number(gradebook["Pending points"]),
  }).toEqual(expected);
  const scored = responses.filter((row) => row.Score !== "");
  const responsesSum = Math.round(scored.reduce((sum, row) => sum + Number(row.Score), 0) * 100) / 100;
  expect(responsesSum).toBe(expected.earned);
  expect(responses.filter((row) => row.Status === "pending review")).toHaveLength(expected.pendingCount);
  expect(lti).toMatchObject({ scoreGiven: expected.earned, scoreMaximum: expected.possible });
}

describe("one score on every surface", () => {
  it("a submitted student: the pending written answer left out of earned and possible, the blank question counted as 0", async () => {
    const surfaces = await everySurface(students[0]!);
    // 9 points in all, less the 3 pending: 3.67 of 6.
    expectSame(surfaces, { earned: 3.67, possible: 6, pendingPoints: 3, pendingCount: 1, percent: 61.1 });
    expect(surfaces.lti).toMatchObject({ activityProgress: "Completed", gradingProgress: "PendingManual" });
  });

  it("a student still reading: a score so far, over the answers scored", async () => {
    const surfaces = await everySurface(students[1]!);
    expectSame(surfaces, { earned: 1, possible: 2, pendingPoints: 0, pendingCount: 0, percent: 50 });
    expect(surfaces.lti).toMatchObject({ activityProgress: "InProgress", gradingProgress: "Pending" });
  });

  it("moves together when the teacher grades the written answer", async () => {
    const written = await db.response.findFirstOrThrow({ where: { attempt: { userId: students[0]!.id }, questionId: "q-written" } });
    const { gradeWrittenAnswer } = await import("@/lib/grading/grade");
    await gradeWrittenAnswer(teacher, { responseId: written.id, criteria: { claim: 1, evidence: 1 }, comment: "" });
    const surfaces = await everySurface(students[0]!);
    expectSame(surfaces, { earned: 5.67, possible: 9, pendingPoints: 0, pendingCount: 0, percent: 63 });
    expect(surfaces.lti).toMatchObject({ activityProgress: "Completed", gradingProgress: "FullyGraded" });
  });
});
