/**
 * "Preview as a student": the class's teacher walks through an assignment
 * as its students get it (its question set, its feedback), answering right,
 * wrong and in writing, and nothing of it counts anywhere: every report,
 * tally, export, queue and board of the assignment is the same after the
 * preview as before it. Nobody else may open it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getAssignmentReport } from "@/lib/analytics/assignment-report";
import { getItemAnalysis } from "@/lib/analytics/item-analysis";
import { getLiveProgress } from "@/lib/analytics/live-progress";
import { checkTallies } from "@/lib/analytics/tally-check";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { gradebookCsv } from "@/lib/export/gradebook";
import { responsesCsv } from "@/lib/export/responses";
import { getGradingQueue } from "@/lib/grading/queue";
import { submitResponse } from "@/lib/reading/answering";
import { submitAttempt } from "@/lib/reading/attempts";
import { clearPreview } from "@/lib/reading/preview";
import { ensureAttempt, openPreviewReading, readerOfAttempt } from "@/lib/reading/reader";
import { getReadingStep } from "@/lib/reading/step";
import { asShown, shownKey } from "../support/shown-answers";
import { assign, createUser, key, questionOfType, questions, rejection, start, useReadingUnderTest, wrongAnswer } from "./support";

beforeAll(useReadingUnderTest);

const singles = () => questions((q) => q.type === "single_choice" && q.stage === "chunk");
const single = () => singles()[0]!;
const otherSingle = () => singles()[1]!;
const written = () => questionOfType("short_answer");
const WRITTEN = { text: "The living must finish the work the soldiers began." };

/** Everything the teacher and the LMS can see of an assignment's work, at a fixed time. */
async function whatCounts(teacher: SessionUser, assignmentId: string) {
  const now = new Date("2030-01-01T00:00:00Z");
  return {
    report: await getAssignmentReport(teacher, assignmentId),
    items: await getItemAnalysis(teacher, assignmentId),
    answerTallies: await db.answerTally.findMany({ where: { assignmentId }, orderBy: [{ questionId: "asc" }, { answer: "asc" }] }),
    questionTallies: await db.questionTally.findMany({ where: { assignmentId }, orderBy: { questionId: "asc" } }),
    recount: await checkTallies(db, [assignmentId]),
    gradebook: await gradebookCsv(teacher, assignmentId),
    responses: await new Response((await responsesCsv(teacher, assignmentId)).stream).text(),
    queue: await getGradingQueue(teacher, assignmentId),
    live: await getLiveProgress(teacher, assignmentId, now),
    ltiScores: await db.ltiScoreOutbox.count(),
  };
}

let teacher: SessionUser;
let student: SessionUser;
let assignmentId: string;
/** The assignment's set: two choice questions and the written question, not the rest. */
let setIds: string[];

beforeAll(async () => {
  student = await createUser();
  setIds = [single().id, otherSingle().id, written().id];
  const assignment = await assign(student, { feedbackMode: "immediate", unlockInOrder: false });
  await db.assignment.update({ where: { id: assignment.id }, data: { questionIds: JSON.stringify(setIds) } });
  assignmentId = assignment.id;
  const classroom = await db.classroom.findUniqueOrThrow({ where: { id: assignment.classroomId }, include: { teacher: true } });
  teacher = { id: classroom.teacher.id, role: "teacher", displayName: classroom.teacher.displayName };
  // The class's own work: a student's right answer and a written answer waiting for the teacher.
  const reader = await start(student, assignmentId);
  await submitResponse(student, reader.attempt.id, { questionId: single().id, answer: await shownKey(reader.attempt.id, single()), idempotencyKey: key() });
  await submitResponse(student, reader.attempt.id, { questionId: written().id, answer: WRITTEN, idempotencyKey: key() });
});

describe("a teacher's preview of their class's assignment", () => {
  it("gives the assignment's questions and feedback, and changes nothing any report, tally, export, queue, board or card counts", async () => {
    const before = await whatCounts(teacher, assignmentId);
    expect(before.report.summary.started).toBe(1);

    const opened = await openPreviewReading(teacher, assignmentId);
    expect(opened).toMatchObject({ basePath: `/preview/${assignmentId}`, settings: { feedbackMode: "immediate" } });
    const preview = await ensureAttempt(opened!);
    expect(preview.attempt).toMatchObject({ assignmentId: null, previewOfAssignmentId: assignmentId, userId: teacher.id });

    // Only the set's questions of the chunk are shown.
    const step = await getReadingStep(preview, single().chunkId);
    const shown = step && "questions" in step ? step.questions.map((q) => q.id) : [];
    const inChunk = questions((q) => q.stage === "chunk" && q.chunkId === single().chunkId).map((q) => q.id);
    expect(shown).toEqual(inChunk.filter((id) => setIds.includes(id)));
    expect(shown.length).toBeGreaterThan(0);
    expect(step).toMatchObject({ selfCheck: false });

    const right = await submitResponse(teacher, preview.attempt.id, { questionId: single().id, answer: await shownKey(preview.attempt.id, single()), idempotencyKey: key() });
    expect(right.response).toMatchObject({ status: "graded", score: 1, feedback: { correct: true } });
    const wrong = await submitResponse(teacher, preview.attempt.id, {
      questionId: otherSingle().id,
      answer: await asShown(preview.attempt.id, otherSingle(), wrongAnswer(otherSingle())),
      idempotencyKey: key(),
    });
    expect(wrong.response.feedback).toMatchObject({ correct: false });
    const essay = await submitResponse(teacher, preview.attempt.id, { questionId: written().id, answer: WRITTEN, idempotencyKey: key() });
    expect(essay.response).toMatchObject({ status: "submitted" });
    // The reading has more questions than the set: one outside it is refused, as for a student.
    const outside = questions((q) => q.stage === "chunk" && !setIds.includes(q.id))[0]!;
    expect(await rejection(submitResponse(teacher, preview.attempt.id, { questionId: outside.id, answer: { optionId: "x" }, idempotencyKey: key() }))).toMatchObject({ code: "invalid" });
    await submitAttempt(teacher, preview.attempt.id);

    expect(await whatCounts(teacher, assignmentId)).toEqual(before);
    expect(await db.reviewCard.count({ where: { userId: teacher.id } })).toBe(0);
    expect(await db.attempt.count({ where: { assignmentId } })).toBe(1);
  });

  it("starts over from nothing", async () => {
    const preview = await ensureAttempt((await openPreviewReading(teacher, assignmentId))!);
    await clearPreview(teacher, assignmentId);
    expect(await db.attempt.count({ where: { id: preview.attempt.id } })).toBe(0);
    expect((await openPreviewReading(teacher, assignmentId))?.attempt).toBeNull();
  });

  it("is not open to another teacher nor to a student, and its attempt is not theirs", async () => {
    const preview = await ensureAttempt((await openPreviewReading(teacher, assignmentId))!);
    const otherTeacher = await createUser("teacher");
    expect(await openPreviewReading(otherTeacher, assignmentId)).toBeNull();
    expect(await openPreviewReading(student, assignmentId)).toBeNull();
    expect(await rejection(readerOfAttempt(otherTeacher, preview.attempt.id))).toMatchObject({ code: "not_found" });
    expect(await rejection(readerOfAttempt(student, preview.attempt.id))).toMatchObject({ code: "not_found" });
  });
});
