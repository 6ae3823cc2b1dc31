import { beforeAll, describe, expect, it } from "vitest";
import { getAssignmentReport } from "@/lib/analytics/assignment-report";
import { getStudentAnswers } from "@/lib/analytics/student-answers";
import type { SessionUser } from "@/lib/auth/current-user";
import { makeClass, makeTeacher, readFor, respond, startAttempt } from "./support";

let teacher: SessionUser;
let assignmentId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  teacher = await makeTeacher();
  const yesterday = new Date(Date.now() - 24 * 3600_000);
  const { students, assignment } = await makeClass(teacher, ["Zoe, \"Z\" Adams", "ann Baker", "Carl Diaz", "Dee Ek"], { dueAt: yesterday });
  assignmentId = assignment.id;
  ids = Object.fromEntries(students.map((student) => [student.displayName.split(" ")[0]!.toLowerCase(), student.id]));

  // Zoe: finished late, 3 of 4 objective points, 2 written points of 3 graded; 10 minutes on task.
  const zoe = await startAttempt(ids["zoe,"]!, assignment.id, { submittedAt: new Date(), late: true, lastActiveAt: new Date("2026-01-02T10:00:00Z") });
  await respond(zoe.id, "q-single", { optionId: "a" }, 1);
  await respond(zoe.id, "q-multi", { optionIds: ["a", "b"] }, 1);
  await respond(zoe.id, "q-tf", { value: true, whyOptionId: "w1" }, 1);
  await respond(zoe.id, "q-order", { itemIds: ["e3", "e2", "e1"] }, 0);
  await respond(zoe.id, "q-written", { text: "Partly." }, 2, { status: "graded" });
  await readFor(zoe, "c1", 240_000);
  await readFor(zoe, "c2", 360_000);
  // ann: in progress, 1 of 2, one written answer awaiting review.
  const ann = await startAttempt(ids.ann!, assignment.id, { lastActiveAt: new Date("2026-01-03T10:00:00Z") });
  await respond(ann.id, "q-single", { optionId: "b" }, 0);
  await respond(ann.id, "q-multi", { optionIds: ["a", "b"] }, 1);
  await respond(ann.id, "q-written", { text: "The rain." }, null);
  await respond(ann.id, "q-tf", { value: true }, null, { status: "draft" });
  // Carl: finished on time, all four right.
  const carl = await startAttempt(ids.carl!, assignment.id, { submittedAt: new Date(), lastActiveAt: new Date("2026-01-01T10:00:00Z") });
  for (const question of ["q-single", "q-multi", "q-tf", "q-evidence"] as const) await respond(carl.id, question, {}, 1);
  // Dee: never started.
});

describe("getAssignmentReport", () => {
  it("summarises the class from the database: started, finished, late, missing, average, awaiting review", async () => {
    const report = await getAssignmentReport(teacher, assignmentId);
    expect(report.summary).toMatchObject({ enrolled: 4, started: 3, finished: 2, late: 1, missing: 2, awaitingReview: 1, pastDue: true });
    // Scores: Zoe submitted, 5 of all 9; ann in progress, 1 of the 2 scored so far (her written answer pending);
    // Carl submitted 4 of 9 (unanswered questions count as 0 once submitted) → mean of the three.
    expect(report.summary.averageScore).toBeCloseTo((5 / 9 + 1 / 2 + 4 / 9) / 3, 6);
    expect(report.questionCount).toBe(7);
    expect(report.possiblePoints).toBe(9);
  });

  it("gives each student's progress, score, time on task and lateness", async () => {
    const report = await getAssignmentReport(teacher, assignmentId);
    const zoe = report.students.find((row) => row.studentId === ids["zoe,"])!;
    expect(zoe).toMatchObject({ answered: 5, visibleMs: 600_000, late: true, awaitingReview: 0 });
    expect(zoe.score).toEqual({ earned: 5, possible: 9, pendingPoints: 0, pendingCount: 0, percent: 55.6 });
    expect(zoe.progress).toBeCloseTo(5 / 7, 6);
    const ann = report.students.find((row) => row.studentId === ids.ann)!;
    expect(ann).toMatchObject({ answered: 3, awaitingReview: 1, late: false });
    expect(ann.score).toEqual({ earned: 1, possible: 2, pendingPoints: 3, pendingCount: 1, percent: 50 });
    const dee = report.students.find((row) => row.studentId === ids.dee)!;
    expect(dee).toMatchObject({ attemptId: null, answered: 0, visibleMs: 0, score: { percent: null } });
  });

  it("sorts in the database, unscored students last either way", async () => {
    const names = async (sort: "name" | "score" | "time" | "lastActive", direction: "asc" | "desc") =>
      (await getAssignmentReport(teacher, assignmentId, { sort, direction })).students.map((row) => row.displayName.split(" ")[0]);
    expect(await names("name", "asc")).toEqual(["ann", "Carl", "Dee", "Zoe,"]);
    expect(await names("score", "desc")).toEqual(["Zoe,", "ann", "Carl", "Dee"]);
    expect(await names("score", "asc")).toEqual(["Carl", "ann", "Zoe,", "Dee"]);
    expect(await names("time", "desc")).toEqual(["Zoe,", "ann", "Carl", "Dee"]);
    expect(await names("lastActive", "desc")).toEqual(["ann", "Zoe,", "Carl", "Dee"]);
  });

  it("shows the first page when asked for a page past the end", async () => {
    const report = await getAssignmentReport(teacher, assignmentId, { page: 7 });
    expect(report.page).toBe(1);
    expect(report.students).toHaveLength(4);
  });
});

describe("getStudentAnswers", () => {
  it("lists every question with the answer in words, the key and the chosen option's rationale", async () => {
    const answers = await getStudentAnswers(teacher, assignmentId, ids.ann!);
    expect(answers.questions).toHaveLength(7);
    const single = answers.questions.find((question) => question.id === "q-single")!;
    expect(single.response).toMatchObject({ answer: "B. A bridge", rationale: "No bridge is mentioned.", score: 0 });
    expect(single.key).toBe("A. A levee");
    // The draft is not an answer.
    expect(answers.questions.find((question) => question.id === "q-tf")!.response).toBeNull();
    expect(answers.questions.find((question) => question.id === "q-written")!.response?.answer).toBe("The rain.");
  });
});

describe("getAssignmentReport with two students of the same name", () => {
  it("adds the username to both, and only to them", async () => {
    const { students, assignment } = await makeClass(teacher, ["Sam Lee", "sam lee", "Sam Leed"]);
    const report = await getAssignmentReport(teacher, assignment.id);
    expect(report.students.map((row) => row.displayName).sort()).toEqual(
      [`Sam Lee (${students[0]!.username})`, `sam lee (${students[1]!.username})`, "Sam Leed"].sort(),
    );
  });
});
