/**
 * An assignment's question set (issue #17 item 3): the teacher's choice is
 * stored on the assignment, and every surface of the assignment follows it:
 * the student's pages and answering, the score, the CSVs, the report's item
 * list, the grading queue, review cards, the live view and LTI. Changing the
 * set once a student has started is refused on the set's field.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getAssignmentReport } from "@/lib/analytics/assignment-report";
import { getItemAnalysis } from "@/lib/analytics/item-analysis";
import { getLtiScore } from "@/lib/analytics/lti-score";
import { createAssignment, updateAssignment, SET_FIXED_MESSAGE } from "@/lib/assignments/mutations";
import { pickFieldName } from "@/lib/assignments/question-set";
import type { AssignmentSettings } from "@/lib/assignments/schemas";
import type { SessionUser } from "@/lib/auth/current-user";
import { builtInReading } from "../support/content";
import { db } from "@/lib/db/client";
import { gradebookCsv } from "@/lib/export/gradebook";
import { responsesCsv } from "@/lib/export/responses";
import { getGradingQueue } from "@/lib/grading/queue";
import { studentLiveProgress } from "@/lib/live/sessions";
import type { LiveState } from "@/lib/live/state";
import { submitResponse } from "@/lib/reading/answering";
import { getReadingResults } from "@/lib/reading/results";
import { ensureAttempt, openAssignmentReading, progressOf } from "@/lib/reading/reader";
import { getReadingStep } from "@/lib/reading/step";
import { responseNeedsReview } from "@/lib/review/cards";
import { asShown } from "@/tests/support/shown-answers";
import { makeClass, makeTeacher, respond, SLUG, startAttempt } from "./support";

const SETTINGS: AssignmentSettings = { dueAt: null, feedbackMode: "immediate", unlockInOrder: false, allowPractice: false, attemptsAllowed: 1 };
const PICKED = ["q-single", "q-tf", "q-order", "q-written"];

let teacher: SessionUser;
let classId: string;
let students: { id: string; displayName: string }[];

const fullQuestion = (id: string) => builtInReading(SLUG).questions.find((question) => question.id === id);
const asUser = (student: { id: string; displayName: string }): SessionUser => ({ id: student.id, role: "student", displayName: student.displayName });

async function assign(mode: "core" | "all" | "picked", includeWritten: boolean, picked: string[] = []) {
  return createAssignment(teacher, { ...SETTINGS, classId, readingSlug: SLUG, questionSet: { mode, includeWritten, picked } });
}

function csvRows(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  const names = header!.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((cell, index) => [names[index]!, cell])));
}

beforeAll(async () => {
  teacher = await makeTeacher();
  const made = await makeClass(teacher, ["Ada Picked", "Bo Later"]);
  classId = made.classroom.id;
  students = made.students;
});

describe("choosing the set", () => {
  it("stores the picked ids in the bank's order, and leaves out written answers when asked", async () => {
    const withWritten = await assign("picked", true, ["q-written", "q-order", "q-single", "q-tf", "not-a-question"]);
    expect(JSON.parse(withWritten.questionIds!)).toEqual(PICKED);
    const objective = await assign("picked", false, PICKED);
    expect(JSON.parse(objective.questionIds!)).toEqual(["q-single", "q-tf", "q-order"]);
    const stored = await db.assignment.findUniqueOrThrow({ where: { id: objective.id } });
    expect(stored).toMatchObject({ questionSet: "picked", includeWritten: false });
  });

  it("takes every question as the core set of a bank that marks none, and refuses an empty set on the set's field", async () => {
    const core = await assign("core", true);
    expect(JSON.parse(core.questionIds!)).toEqual(builtInReading(SLUG).questions.map((question) => question.id));
    await expect(assign("picked", false, ["q-written"])).rejects.toMatchObject({ code: "invalid", fieldErrors: { questionSet: ["Choose at least one question."] } });
  });

  it("lets the set change until a student starts, then refuses a different set but keeps the same one", async () => {
    const { id } = await assign("all", true);
    const pick = (ids: string[]) => Object.fromEntries(ids.map((questionId) => [pickFieldName(SLUG, questionId), "on"]));
    await updateAssignment(teacher, id, SETTINGS, { mode: "picked", includeWritten: true, fields: pick(["q-single", "q-tf"]) });
    expect(JSON.parse((await db.assignment.findUniqueOrThrow({ where: { id } })).questionIds!)).toEqual(["q-single", "q-tf"]);

    await startAttempt(students[1]!.id, id);
    await expect(updateAssignment(teacher, id, SETTINGS, { mode: "all", includeWritten: true, fields: {} })).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { questionSet: [SET_FIXED_MESSAGE] },
    });
    // The same questions again (another due date, say) still save.
    await updateAssignment(teacher, id, { ...SETTINGS, attemptsAllowed: 2 }, { mode: "picked", includeWritten: true, fields: pick(["q-tf", "q-single"]) });
    const after = await db.assignment.findUniqueOrThrow({ where: { id } });
    expect({ ids: JSON.parse(after.questionIds!), attempts: after.attemptsAllowed }).toEqual({ ids: ["q-single", "q-tf"], attempts: 2 });
  });
});

describe("every surface follows the set", () => {
  let assignmentId: string;
  let student: { id: string; displayName: string };

  beforeAll(async () => {
    assignmentId = (await assign("picked", true, PICKED)).id;
    student = students[0]!;
    // Answered through the app, as the student's pages send answers.
    const session = await ensureAttempt((await openAssignmentReading(asUser(student), assignmentId))!);
    const attemptId = session.attempt.id;
    const single = fullQuestion("q-single")!;
    await submitResponse(asUser(student), attemptId, { questionId: "q-single", answer: await asShown(attemptId, single, { optionId: "b" }), idempotencyKey: "k-single-0001" });
    const tf = fullQuestion("q-tf")!;
    await submitResponse(asUser(student), attemptId, { questionId: "q-tf", answer: await asShown(attemptId, tf, { value: true, whyOptionId: "w1" }), idempotencyKey: "k-tf-00000001" });
    await submitResponse(asUser(student), attemptId, { questionId: "q-written", answer: { text: "The levee failed because the council waited." }, idempotencyKey: "k-written-001" });
    await db.attempt.update({ where: { id: attemptId }, data: { submittedAt: new Date() } });
  });

  it("the student's pages list only the set's questions; a chunk keeps its text; answering another question is refused", async () => {
    const session = await ensureAttempt((await openAssignmentReading(asUser(student), assignmentId))!);
    const first = await getReadingStep(session, "c1");
    const second = await getReadingStep(session, "c2");
    expect(first && !first.locked && first.questions.map((question) => question.id)).toEqual(["q-single", "q-tf"]);
    expect(second && !second.locked && second.questions.map((question) => question.id)).toEqual(["q-order", "q-written"]);
    expect(first && !first.locked && first.text).not.toBeNull();
    const progress = await progressOf(session);
    expect({ answered: progress.answered, total: progress.total }).toEqual({ answered: 3, total: 4 });

    const results = await getReadingResults(session);
    expect(results.groups.flatMap((group) => group.questions.map((entry) => entry.question.id))).toEqual(PICKED);
    expect(results.total.questions).toBe(4);
  });

  it("refuses an answer to a question outside the set", async () => {
    const { id: otherId } = await assign("picked", false, ["q-single"]);
    const session = await ensureAttempt((await openAssignmentReading(asUser(students[1]!), otherId))!);
    const multi = fullQuestion("q-multi")!;
    await expect(
      submitResponse(asUser(students[1]!), session.attempt.id, {
        questionId: "q-multi",
        answer: await asShown(session.attempt.id, multi, { optionIds: ["a"] }),
        idempotencyKey: "k-multi-00001",
      }),
    ).rejects.toMatchObject({ code: "invalid", fieldErrors: { questionId: ["is not a question of this reading"] } });
  });

  it("score: possible points are the set's (1 + 1 + 1 objective; the written 3 pending), on the report, gradebook and LTI", async () => {
    const report = (await getAssignmentReport(teacher, assignmentId)).students.find((row) => row.studentId === student.id)!.score;
    // q-single wrong (0), q-tf right (1), q-order blank (0), q-written pending: 1 of 3.
    expect(report).toEqual({ earned: 1, possible: 3, pendingPoints: 3, pendingCount: 1, percent: 33.3 });
    const gradebook = csvRows((await gradebookCsv(teacher, assignmentId)).csv).find((row) => row.Student === student.displayName)!;
    expect({ total: gradebook.Total, possible: gradebook.Possible }).toEqual({ total: "1", possible: "3" });
    expect(await getLtiScore(teacher, assignmentId, student.id)).toMatchObject({ scoreGiven: 1, scoreMaximum: 3 });
  });

  it("responses CSV: only the set's items, numbered as the class saw them", async () => {
    const rows = csvRows(await new Response((await responsesCsv(teacher, assignmentId)).stream).text());
    expect(rows.map((row) => [row.Question, row["Question id"]])).toEqual([
      ["1", "q-single"],
      ["2", "q-tf"],
      ["4", "q-written"],
    ]);
  });

  it("report item list: the item analysis lists the set's questions only", async () => {
    const analysis = await getItemAnalysis(teacher, assignmentId);
    expect(analysis.questions.map((item) => item.question.id)).toEqual(PICKED);
  });

  it("grading queue: written questions of the set only, none when written answers are left out", async () => {
    expect((await getGradingQueue(teacher, assignmentId)).questions.map((question) => question.id)).toEqual(["q-written"]);
    const { id: objectiveOnly } = await assign("picked", false, PICKED);
    expect((await getGradingQueue(teacher, objectiveOnly)).questions).toEqual([]);
  });

  it("review cards: a wrong answer makes a card only for a question in the set", () => {
    const wrong = { questionId: "q-multi", status: "submitted" as const, score: 0, maxScore: 1, confidence: null };
    const assignment = { feedbackMode: "immediate" as const, unlockInOrder: false, attemptsAllowed: 1, dueAt: null, closedAt: null };
    const attempt = (questionIds: string | null) => ({ readingSlug: SLUG, submittedAt: new Date(), assignment: { ...assignment, questionIds } });
    const multi = fullQuestion("q-multi");
    expect(responseNeedsReview(wrong, attempt(JSON.stringify(PICKED)), multi)).toBe(false);
    expect(responseNeedsReview(wrong, attempt(JSON.stringify(["q-multi"])), multi)).toBe(true);
    expect(responseNeedsReview(wrong, attempt(null), multi)).toBe(true);
  });

  it("live lesson: a student's progress in a chunk counts the set's questions", async () => {
    const stored = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    const state: LiveState = { sessionId: "s", status: "active", chunkIndex: 0, chunkCount: 2, phase: "reading", revealed: false, discussionPrompt: null, seq: 1 };
    expect(await studentLiveProgress(asUser(student), state, stored)).toMatchObject({ chunkId: "c1", questions: 2, answered: 2 });
  });

  it("an assignment made before sets existed (no ids stored) gives every question", async () => {
    const { assignment } = await makeClass(teacher, []);
    await startAttempt(students[0]!.id, assignment.id);
    await respond((await db.attempt.findFirstOrThrow({ where: { assignmentId: assignment.id } })).id, "q-match", { pairs: {} }, 0);
    const analysis = await getItemAnalysis(teacher, assignment.id);
    expect(analysis.questions).toHaveLength(7);
  });
});
