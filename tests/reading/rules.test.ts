/**
 * The reading rules the server enforces, through the data functions the
 * pages and endpoints call: locks, feedback release, attempts, late and
 * closed assignments, idempotent submits, and ownership.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { presentationOf } from "@/lib/content/presentation";
import { db } from "@/lib/db/client";
import { saveDraft, submitResponse } from "@/lib/reading/answering";
import { getAttemptState, recordVisibleTime, startAgain, submitAttempt } from "@/lib/reading/attempts";
import { getReadingOverview } from "@/lib/reading/overview";
import { getReadingResults } from "@/lib/reading/results";
import { ensureAttempt, openAssignmentReading, openPracticeReading } from "@/lib/reading/reader";
import { getReadingStep } from "@/lib/reading/step";
import type { SessionUser } from "@/lib/auth/current-user";
import { assign, createUser, key, questionOfType, questions, rejection, SLUG, start, useReadingUnderTest, wrongAnswer } from "./support";
import { asShown, shownKey } from "../support/shown-answers";

beforeAll(useReadingUnderTest);

const HOUR = 60 * 60 * 1000;


async function answerAll(student: SessionUser, attemptId: string, chunkId: string) {
  for (const question of questions((q) => q.stage === "chunk" && q.chunkId === chunkId)) {
    await submitResponse(student, attemptId, { questionId: question.id, answer: await shownKey(attemptId, question), idempotencyKey: key() });
  }
}


describe("chunks unlocked in order", () => {
  it("sends nothing of a locked chunk and refuses its answers, drafts and events until the chunk before is answered", async () => {
    const student = await createUser();
    const assignment = await assign(student, { unlockInOrder: true });
    const session = await start(student, assignment.id);
    const locked = questionOfType("single_choice", "c2");

    const step = await getReadingStep(session, "c2");
    expect(step).toMatchObject({ locked: true });
    const payload = JSON.stringify(step);
    expect(payload).not.toContain(locked.prompt);
    expect(payload).not.toContain("we can not dedicate");

    const submit = submitResponse(student, session.attempt.id, { questionId: locked.id, answer: await shownKey(session.attempt.id, locked), idempotencyKey: key() });
    expect(await rejection(submit)).toMatchObject({ code: "forbidden", rule: "locked" });
    expect(await rejection(saveDraft(student, session.attempt.id, locked.id, { answer: {} }))).toMatchObject({ rule: "locked" });
    expect(await rejection(recordVisibleTime(student, session.attempt.id, { chunkId: "c2", visibleMs: 1000 }))).toMatchObject({ rule: "locked" });
    expect(await db.response.count({ where: { attemptId: session.attempt.id } })).toBe(0);

    await answerAll(student, session.attempt.id, "c1");
    const open = await getReadingStep(session, "c2");
    expect(open).toMatchObject({ locked: false, id: "c2" });
    expect(JSON.stringify(open)).toContain(locked.prompt);
    // The after-reading questions wait for every chunk.
    expect(await getReadingStep(session, "after-reading")).toMatchObject({ locked: true });
  });

  it("opens every chunk when the assignment does not unlock in order", async () => {
    const student = await createUser();
    const assignment = await assign(student, { unlockInOrder: false });
    const session = await start(student, assignment.id);
    expect(await getReadingStep(session, "c2")).toMatchObject({ locked: false });
    expect(await getReadingStep(session, "after-reading")).toMatchObject({ locked: false });
  });
});

describe("feedback after the whole reading is submitted", () => {
  it("keeps scores, keys and explanations on the server until the attempt is submitted", async () => {
    const student = await createUser();
    const assignment = await assign(student, { feedbackMode: "after_submit", unlockInOrder: false });
    const session = await start(student, assignment.id);
    const question = questionOfType("single_choice", "c1");

    const { response } = await submitResponse(student, session.attempt.id, {
      questionId: question.id,
      answer: await asShown(session.attempt.id, question, wrongAnswer(question)),
      idempotencyKey: key(),
    });
    expect(response).toMatchObject({ questionId: question.id, status: "submitted", maxScore: 1 });
    expect(response).not.toHaveProperty("score");
    expect(response).not.toHaveProperty("feedback");

    const before = JSON.stringify([await getAttemptState(student, session.attempt.id), await getReadingStep(session, "c1")]);
    expect(before).not.toContain(question.explanation);
    for (const option of question.options) expect(before).not.toContain(option.feedback);
    expect(before).not.toContain('"score":');

    await submitAttempt(student, session.attempt.id);
    const after = await getAttemptState(student, session.attempt.id);
    expect(after.feedbackReleased).toBe(true);
    expect(after.responses[0]).toMatchObject({ status: "graded", score: 0, feedback: { correct: false, key: await shownKey(session.attempt.id, question) } });
  });

  it("releases feedback at once in immediate mode", async () => {
    const student = await createUser();
    const assignment = await assign(student, { feedbackMode: "immediate" });
    const session = await start(student, assignment.id);
    const question = questionOfType("single_choice", "c1");
    const { response } = await submitResponse(student, session.attempt.id, { questionId: question.id, answer: await asShown(session.attempt.id, question, wrongAnswer(question)), idempotencyKey: key() });
    const chosen = question.options.find((o) => o.id !== question.answer)!;
    expect(response).toMatchObject({ status: "graded", score: 0, feedback: { correct: false, explanation: question.explanation } });
    expect(response.feedback?.optionFeedback).toContainEqual({ optionId: presentationOf(session.attempt).shownId(question.id, chosen.id), chosen: true, correct: false, feedback: chosen.feedback });
  });
});

describe("attempts", () => {
  it("allows starting again only after submitting, and only while attempts remain", async () => {
    const student = await createUser();
    const assignment = await assign(student, { attemptsAllowed: 2 });
    const first = await start(student, assignment.id);
    expect(await rejection(startAgain(student, first.attempt.id))).toMatchObject({ rule: "no_attempts_left" });

    await submitAttempt(student, first.attempt.id);
    const { attempt: second } = await startAgain(student, first.attempt.id);
    expect(second.number).toBe(2);
    // The first attempt is done: it takes no more answers, and cannot start a third.
    const question = questionOfType("single_choice", "c1");
    const late = submitResponse(student, first.attempt.id, { questionId: question.id, answer: await shownKey(first.attempt.id, question), idempotencyKey: key() });
    expect(await rejection(late)).toMatchObject({ rule: "submitted" });

    await submitAttempt(student, second.id);
    expect(await rejection(startAgain(student, second.id))).toMatchObject({ rule: "no_attempts_left" });
    expect(await db.attempt.count({ where: { userId: student.id } })).toBe(2);
  });

  it("lets practice start again at any time, submitting the unfinished pass", async () => {
    const learner = await createUser("learner");
    const session = await ensureAttempt((await openPracticeReading(learner, SLUG))!);
    expect(session.settings).toMatchObject({ feedbackMode: "immediate", unlockInOrder: false, attemptsAllowed: null });
    const { attempt } = await startAgain(learner, session.attempt.id);
    expect(attempt.number).toBe(2);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: session.attempt.id } })).submittedAt).not.toBeNull();
  });
});

describe("dates", () => {
  it("accepts work after the due date and marks the attempt late; a draft alone does not", async () => {
    const student = await createUser();
    const assignment = await assign(student, { dueAt: new Date(Date.now() - HOUR) });
    const session = await start(student, assignment.id);
    const question = questionOfType("single_choice", "c1");

    await saveDraft(student, session.attempt.id, question.id, { answer: await shownKey(session.attempt.id, question) });
    expect((await db.attempt.findUniqueOrThrow({ where: { id: session.attempt.id } })).late).toBe(false);

    const { response } = await submitResponse(student, session.attempt.id, { questionId: question.id, answer: await shownKey(session.attempt.id, question), idempotencyKey: key() });
    expect(response.score).toBe(1);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: session.attempt.id } })).late).toBe(true);
    expect((await getReadingOverview(session)).late).toBe(true);
  });

  it("makes a closed assignment read-only", async () => {
    const student = await createUser();
    const assignment = await assign(student, { closedAt: new Date(Date.now() - HOUR) });
    const session = await start(student, assignment.id);
    const question = questionOfType("single_choice", "c1");
    const submit = submitResponse(student, session.attempt.id, { questionId: question.id, answer: await shownKey(session.attempt.id, question), idempotencyKey: key() });
    expect(await rejection(submit)).toMatchObject({ code: "forbidden", rule: "closed" });
    expect(await rejection(saveDraft(student, session.attempt.id, question.id, { answer: {} }))).toMatchObject({ rule: "closed" });
    expect(await rejection(submitAttempt(student, session.attempt.id))).toMatchObject({ rule: "closed" });
    expect(await getReadingStep(session, "c1")).toMatchObject({ writable: false });
  });
});

describe("recording once", () => {
  it("stores one row when the same answer is submitted twice at once, and returns the stored result to both", async () => {
    const student = await createUser();
    const assignment = await assign(student);
    const session = await start(student, assignment.id);
    const question = questionOfType("matching", "c1");
    await saveDraft(student, session.attempt.id, question.id, { answer: { pairs: {} } });

    const body = { questionId: question.id, answer: await shownKey(session.attempt.id, question), confidence: 2 as const };
    const results = await Promise.all([
      submitResponse(student, session.attempt.id, { ...body, idempotencyKey: key() }),
      submitResponse(student, session.attempt.id, { ...body, idempotencyKey: key() }),
      submitResponse(student, session.attempt.id, { ...body, idempotencyKey: key() }),
    ]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.response.updatedAt)).size).toBe(1);
    const rows = await db.response.findMany({ where: { attemptId: session.attempt.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "graded", score: 1, confidence: 2 });
  });

  it("returns the stored result for a repeated idempotency key, even with a different answer", async () => {
    const student = await createUser();
    const assignment = await assign(student);
    const session = await start(student, assignment.id);
    const question = questionOfType("single_choice", "c1");
    const idempotencyKey = key();
    const first = await submitResponse(student, session.attempt.id, { questionId: question.id, answer: await shownKey(session.attempt.id, question), idempotencyKey });
    const again = await submitResponse(student, session.attempt.id, { questionId: question.id, answer: await asShown(session.attempt.id, question, wrongAnswer(question)), idempotencyKey });
    expect(first.created).toBe(true);
    expect(again).toEqual({ response: first.response, created: false });
    // A later draft cannot overwrite the answer.
    expect(await rejection(saveDraft(student, session.attempt.id, question.id, { answer: await asShown(session.attempt.id, question, wrongAnswer(question)) }))).toMatchObject({ rule: "submitted" });
  });

  it("refuses a malformed answer with field errors and stores nothing", async () => {
    const student = await createUser();
    const assignment = await assign(student);
    const session = await start(student, assignment.id);
    const question = questionOfType("evidence", "c1");
    const error = await rejection(
      submitResponse(student, session.attempt.id, { questionId: question.id, answer: { sentenceIds: ["p03.s1"] }, idempotencyKey: key() }),
    );
    expect(error).toMatchObject({ code: "invalid" });
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["answer.sentenceIds.0"]);
    expect(await db.response.count({ where: { attemptId: session.attempt.id } })).toBe(0);
  });
});

describe("ownership", () => {
  it("treats another user's attempt as not found, whatever the call", async () => {
    const owner = await createUser();
    const assignment = await assign(owner);
    const session = await start(owner, assignment.id);
    const stranger = await createUser();
    const question = questionOfType("single_choice", "c1");
    const attemptId = session.attempt.id;
    const calls = [
      submitResponse(stranger, attemptId, { questionId: question.id, answer: await shownKey(attemptId, question), idempotencyKey: key() }),
      saveDraft(stranger, attemptId, question.id, { answer: {} }),
      submitAttempt(stranger, attemptId),
      startAgain(stranger, attemptId),
      recordVisibleTime(stranger, attemptId, { chunkId: "c1", visibleMs: 1000 }),
      getAttemptState(stranger, attemptId),
    ];
    for (const call of calls) expect(await rejection(call)).toMatchObject({ code: "not_found" });
    expect(await openAssignmentReading(stranger, assignment.id)).toBeNull();
    expect(await db.response.count({ where: { attemptId } })).toBe(0);
  });

  it("closes the door on a student who has left the class", async () => {
    const student = await createUser();
    const assignment = await assign(student);
    const session = await start(student, assignment.id);
    await db.enrollment.deleteMany({ where: { studentId: student.id } });
    expect(await rejection(getAttemptState(student, session.attempt.id))).toMatchObject({ code: "not_found" });
  });
});

describe("visible time", () => {
  it("records slices of visible time on an open chunk and remembers where the student is", async () => {
    const student = await createUser();
    const assignment = await assign(student, { unlockInOrder: false });
    const session = await start(student, assignment.id);
    await recordVisibleTime(student, session.attempt.id, { chunkId: "c2", visibleMs: 4200 });
    expect(await db.readingEvent.findMany({ where: { attemptId: session.attempt.id } })).toMatchObject([{ chunkId: "c2", visibleMs: 4200 }]);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: session.attempt.id } })).currentChunkId).toBe("c2");
    expect(await rejection(recordVisibleTime(student, session.attempt.id, { chunkId: "nope", visibleMs: 1 }))).toMatchObject({ code: "invalid" });
  });
});

describe("written answers", () => {
  it("await review (no score, out of the totals), then show the teacher's grade", async () => {
    const student = await createUser();
    const assignment = await assign(student, { unlockInOrder: false });
    const session = await start(student, assignment.id);
    const question = questionOfType("short_answer");
    const { response } = await submitResponse(student, session.attempt.id, { questionId: question.id, answer: await shownKey(session.attempt.id, question), idempotencyKey: key() });
    const maxScore = question.rubric.criteria.reduce((sum, c) => sum + c.points, 0);
    expect(response).toMatchObject({ status: "submitted", score: null, maxScore, feedback: { correct: null, key: { text: question.rubric.modelAnswer } } });
    const before = await getReadingResults(session);
    expect(before.total).toMatchObject({ answered: 1, awaitingReview: 1, possible: 0 });

    const row = await db.response.findFirstOrThrow({ where: { attemptId: session.attempt.id, questionId: question.id } });
    const teacher = await db.user.create({ data: { role: "teacher", displayName: "Ms. Rivera", email: `rivera-${key()}@example.org` } });
    const criteria = Object.fromEntries(question.rubric.criteria.map((c) => [c.id, Math.min(c.points, 1)]));
    const grade = await db.gradeRevision.create({ data: { responseId: row.id, gradedById: teacher.id, score: 3, criteria: JSON.stringify(criteria), comment: "Quote the last paragraph." } });
    const feedback = { ...JSON.parse(row.feedback!), correct: false, partial: true };
    await db.response.update({ where: { id: row.id }, data: { status: "graded", score: 3, gradeId: grade.id, feedback: JSON.stringify(feedback) } });

    const [graded] = (await getAttemptState(student, session.attempt.id)).responses;
    expect(graded).toMatchObject({ status: "graded", score: 3, feedback: { partial: true, teacherGrade: { comment: "Quote the last paragraph.", gradedBy: "Ms. Rivera" } } });
    expect((await getReadingResults(session)).total).toMatchObject({ earned: 3, possible: maxScore, awaitingReview: 0 });
  });
});
