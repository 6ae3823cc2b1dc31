import { beforeAll, describe, expect, it } from "vitest";
import { getAssignmentReport } from "@/lib/analytics/assignment-report";
import { getClassOverview } from "@/lib/analytics/class-overview";
import { getItemAnalysis } from "@/lib/analytics/item-analysis";
import { getLiveProgress } from "@/lib/analytics/live-progress";
import { getStudentAnswers } from "@/lib/analytics/student-answers";
import { gradebookCsv } from "@/lib/export/gradebook";
import { responsesCsv } from "@/lib/export/responses";
import { getGradingQueue } from "@/lib/grading/queue";
import type { SessionUser } from "@/lib/auth/current-user";
import { makeClass, makeTeacher, respond, startAttempt } from "./support";

let owner: SessionUser;
let other: SessionUser;
let student: SessionUser;
let ids: { classId: string; assignmentId: string; studentId: string; otherStudentId: string };

beforeAll(async () => {
  owner = await makeTeacher("Owner");
  other = await makeTeacher("Other");
  const mine = await makeClass(owner, ["Mine"]);
  const theirs = await makeClass(other, ["Theirs"]);
  const attempt = await startAttempt(mine.students[0]!.id, mine.assignment.id);
  await respond(attempt.id, "q-written", { text: "secret" }, null);
  ids = {
    classId: mine.classroom.id,
    assignmentId: mine.assignment.id,
    studentId: mine.students[0]!.id,
    otherStudentId: theirs.students[0]!.id,
  };
  student = { id: mine.students[0]!.id, role: "student", displayName: "Mine" };
});

const reads: [string, (viewer: SessionUser) => Promise<unknown>][] = [
  ["getClassOverview", (viewer) => getClassOverview(viewer, ids.classId)],
  ["getAssignmentReport", (viewer) => getAssignmentReport(viewer, ids.assignmentId)],
  ["getItemAnalysis", (viewer) => getItemAnalysis(viewer, ids.assignmentId)],
  ["getLiveProgress", (viewer) => getLiveProgress(viewer, ids.assignmentId)],
  ["getStudentAnswers", (viewer) => getStudentAnswers(viewer, ids.assignmentId, ids.studentId)],
  ["getGradingQueue", (viewer) => getGradingQueue(viewer, ids.assignmentId)],
  ["gradebookCsv", (viewer) => gradebookCsv(viewer, ids.assignmentId)],
  ["responsesCsv", (viewer) => responsesCsv(viewer, ids.assignmentId)],
];

describe("every dashboard data function and export is scoped to the class's teacher", () => {
  it.each(reads)("%s: the owner gets the data", async (_name, read) => {
    await expect(read(owner)).resolves.toBeTruthy();
  });

  it.each(reads)("%s: another teacher gets not found, as for an id that does not exist", async (_name, read) => {
    await expect(read(other)).rejects.toMatchObject({ code: "not_found" });
  });

  it.each(reads)("%s: a student of the class is forbidden", async (_name, read) => {
    await expect(read(student)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a teacher cannot open another class's student through their own assignment", async () => {
    await expect(getStudentAnswers(owner, ids.assignmentId, ids.otherStudentId)).rejects.toMatchObject({ code: "not_found" });
  });
});
