import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { gradeWrittenAnswer } from "@/lib/grading/grade";
import { getGradingQueue } from "@/lib/grading/queue";
import { CURRENT_GRADE_SELECT, teacherGradeOf } from "@/lib/grading/teacher-grade";
import type { SessionUser } from "@/lib/auth/current-user";
import { makeClass, makeTeacher, respond, startAttempt } from "./support";

let teacher: SessionUser;
let assignmentId: string;
let written: { ann: string; ben: string };
let objectiveId: string;

beforeAll(async () => {
  teacher = await makeTeacher("Ms. Rivera");
  const { students, assignment } = await makeClass(teacher, ["Ben", "Ann"]);
  assignmentId = assignment.id;
  const ben = await startAttempt(students[0]!.id, assignment.id);
  const ann = await startAttempt(students[1]!.id, assignment.id);
  objectiveId = (await respond(ann.id, "q-single", { optionId: "a" }, 1)).id;
  const annWritten = await respond(ann.id, "q-written", { text: "The levee failed, so the council was partly to blame." }, null);
  // The reading code's own feedback for a written answer, with the rubric the teacher grades against.
  const rubric = [
    { id: "claim", description: "States a clear position", points: 1 },
    { id: "evidence", description: "Cites a detail from the text", points: 2 },
  ];
  const feedback = { correct: null, partial: false, key: { text: "Model." }, explanation: "p03 and p04.", cites: ["p03", "p04"], optionFeedback: [], rubric };
  await db.response.update({ where: { id: annWritten.id }, data: { feedback: JSON.stringify(feedback) } });
  const benWritten = await respond(ben.id, "q-written", { text: "The rain." }, null);
  written = { ann: annWritten.id, ben: benWritten.id };
});

describe("gradeWrittenAnswer", () => {
  it("rejects missing, excessive and unknown criterion points with field-level messages, changing nothing", async () => {
    await expect(
      gradeWrittenAnswer(teacher, { responseId: written.ann, criteria: { claim: 1, evidence: 5, bogus: 1 }, comment: "" }),
    ).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { "criterion.evidence": ["At most 2 points."], "criterion.bogus": ["Not a criterion of this rubric."] },
    });
    await expect(gradeWrittenAnswer(teacher, { responseId: written.ann, criteria: { claim: 1 }, comment: "" })).rejects.toMatchObject({
      fieldErrors: { "criterion.evidence": ["Choose the points for this criterion."] },
    });
    await expect(
      gradeWrittenAnswer(teacher, { responseId: written.ann, criteria: { claim: 1, evidence: 1 }, comment: "x".repeat(2001) }),
    ).rejects.toMatchObject({ code: "invalid", fieldErrors: { comment: [expect.stringContaining("2000")] } });
    expect(await db.gradeRevision.count()).toBe(0);
    expect((await db.response.findUniqueOrThrow({ where: { id: written.ann } })).status).toBe("submitted");
  });

  it("refuses objective answers, other teachers and students", async () => {
    await expect(gradeWrittenAnswer(teacher, { responseId: objectiveId, criteria: {}, comment: "" })).rejects.toMatchObject({ code: "invalid" });
    const other = await makeTeacher("Mr. Other");
    await expect(
      gradeWrittenAnswer(other, { responseId: written.ann, criteria: { claim: 1, evidence: 2 }, comment: "" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      gradeWrittenAnswer({ id: teacher.id, role: "student", displayName: "x" }, { responseId: written.ann, criteria: { claim: 1, evidence: 2 }, comment: "" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("stores the grade once, in GradeRevision, which the response points at with its score; a regrade keeps the history", async () => {
    const first = await gradeWrittenAnswer(teacher, { responseId: written.ann, criteria: { claim: 1, evidence: 1 }, comment: "  Good start.  " });
    expect(first).toMatchObject({ score: 2, maxScore: 3, comment: "Good start.", gradedBy: "Ms. Rivera", revision: 1 });
    const second = await gradeWrittenAnswer(teacher, { responseId: written.ann, criteria: { claim: 1, evidence: 2 }, comment: "" });
    expect(second).toMatchObject({ score: 3, comment: null, revision: 2 });

    const stored = await db.response.findUniqueOrThrow({ where: { id: written.ann }, include: { grade: { select: CURRENT_GRADE_SELECT } } });
    const latest = await db.gradeRevision.findFirstOrThrow({ where: { responseId: written.ann }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(stored).toMatchObject({ score: 3, status: "graded", gradeId: latest.id });
    expect(latest).toMatchObject({ score: 3, gradedById: teacher.id, comment: null });
    // The feedback keeps the reading's verdict, brought up to date, and no copy of the grade.
    const feedback = JSON.parse(stored.feedback!);
    expect(feedback).toMatchObject({ correct: true, partial: false, explanation: "p03 and p04." });
    expect(feedback).not.toHaveProperty("teacherGrade");
    expect(teacherGradeOf(feedback.rubric, stored.grade!)).toEqual({
      score: 3,
      maxScore: 3,
      criteria: [
        { id: "claim", description: "States a clear position", points: 1, maxPoints: 1 },
        { id: "evidence", description: "Cites a detail from the text", points: 2, maxPoints: 2 },
      ],
      comment: null,
      gradedAt: latest.createdAt.toISOString(),
      gradedBy: "Ms. Rivera",
    });
    const history = await db.gradeRevision.findMany({ where: { responseId: written.ann }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(history.map((revision) => [revision.score, revision.comment, JSON.parse(revision.criteria)])).toEqual([
      [2, "Good start.", { claim: 1, evidence: 1 }],
      [3, null, { claim: 1, evidence: 2 }],
    ]);
  });
});

describe("getGradingQueue", () => {
  it("by question: the written question's answers by student name, opening the first ungraded one", async () => {
    const queue = await getGradingQueue(teacher, assignmentId, { by: "question" });
    expect(queue.questions).toEqual([expect.objectContaining({ id: "q-written", number: 7, graded: 1, awaiting: 1 })]);
    expect(queue.items.map((item) => [item.displayName, item.graded])).toEqual([
      ["Ann", true],
      ["Ben", false],
    ]);
    expect(queue.current).toMatchObject({ responseId: written.ben, text: "The rain.", grade: null });
    expect(queue.current?.question.criteria.map((criterion) => criterion.points)).toEqual([1, 2]);
  });

  it("by student, with the history of a regraded answer", async () => {
    const ann = (await getGradingQueue(teacher, assignmentId, { by: "student" })).students.find((s) => s.displayName === "Ann")!;
    const queue = await getGradingQueue(teacher, assignmentId, { by: "student", studentId: ann.id, responseId: written.ann });
    expect(queue.selectedStudentId).toBe(ann.id);
    expect(queue.items).toHaveLength(1);
    expect(queue.current?.grade?.score).toBe(3);
    expect(queue.current?.history.map((entry) => entry.score)).toEqual([3, 2]);
  });
});

describe("getGradingQueue with two students of the same name", () => {
  it("names each by display name and username, in the list and the answers", async () => {
    const { students, assignment } = await makeClass(teacher, ["Sam Lee", "Sam Lee", "Zoe"]);
    for (const student of students) {
      const attempt = await startAttempt(student.id, assignment.id);
      await respond(attempt.id, "q-written", { text: "Because of the rain." }, null);
    }
    const [first, second] = students;
    const byStudent = await getGradingQueue(teacher, assignment.id, { by: "student" });
    expect(byStudent.students.map((student) => student.displayName).sort()).toEqual(
      [`Sam Lee (${first!.username})`, `Sam Lee (${second!.username})`, "Zoe"].sort(),
    );
    const byQuestion = await getGradingQueue(teacher, assignment.id, { by: "question" });
    expect(byQuestion.items.map((item) => item.displayName)).toContain(`Sam Lee (${second!.username})`);
    expect(byQuestion.current?.displayName).toMatch(/^(Sam Lee \(s-.+\)|Zoe)$/);
  });
});
