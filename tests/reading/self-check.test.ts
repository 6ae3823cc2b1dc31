/**
 * Written answers: the model answer reaches the reader only once they have
 * submitted their own (immediate feedback included: not in the step, not with
 * a draft), and in practice the reader checks their answer against the
 * rubric themselves; an assignment's written answers stay the teacher's.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { saveDraft, submitResponse } from "@/lib/reading/answering";
import { selfCheckWrittenAnswer } from "@/lib/reading/self-check";
import { ensureAttempt, openPracticeReading } from "@/lib/reading/reader";
import { getReadingResults } from "@/lib/reading/results";
import { getReadingStep } from "@/lib/reading/step";
import type { SessionUser } from "@/lib/auth/current-user";
import { assign, createUser, key, questionOfType, rejection, SLUG, start, useReadingUnderTest } from "./support";

beforeAll(useReadingUnderTest);

const written = () => questionOfType("short_answer");
const ANSWER = { text: "The living must finish the work the soldiers began, so the nation lives on." };

async function practice(user: SessionUser) {
  return ensureAttempt((await openPracticeReading(user, SLUG))!);
}

describe("the model answer of a written question", () => {
  it("is sent only after the reader submitted their own answer, in immediate-feedback mode too", async () => {
    const student = await createUser();
    const assignment = await assign(student, { feedbackMode: "immediate", unlockInOrder: false });
    const session = await start(student, assignment.id);
    const question = written();
    const model = question.rubric.modelAnswer;

    expect(JSON.stringify(await getReadingStep(session, question.chunkId))).not.toContain(model);
    await saveDraft(student, session.attempt.id, question.id, { answer: ANSWER, confidence: null });
    expect(JSON.stringify(await getReadingStep(session, question.chunkId))).not.toContain(model);

    const { response } = await submitResponse(student, session.attempt.id, { questionId: question.id, answer: ANSWER, idempotencyKey: key() });
    expect(response.feedback?.key).toEqual({ text: model });
    expect(JSON.stringify(await getReadingStep(session, question.chunkId))).toContain(model);
  });
});

describe("a self-check in practice", () => {
  it("tells the step it is practice, and turns the reader's rating against each rubric point into the answer's score", async () => {
    const learner = await createUser("learner");
    const session = await practice(learner);
    const question = written();
    expect(await getReadingStep(session, question.chunkId)).toMatchObject({ selfCheck: true });
    expect(await getReadingResults(session)).toMatchObject({ selfCheck: true });
    const { response } = await submitResponse(learner, session.attempt.id, { questionId: question.id, answer: ANSWER, idempotencyKey: key() });
    // The rubric comes with the levels to rate against.
    expect(response.feedback?.rubric?.[0]).toMatchObject({ id: "turn", points: 2, levels: { full: expect.any(String), none: expect.any(String) } });
    expect(response.score).toBeNull();

    const checked = await selfCheckWrittenAnswer(learner, session.attempt.id, { questionId: question.id, levels: { turn: "full", task: "partial", quote: "none" } });
    expect(checked).toMatchObject({ status: "graded", score: 3, feedback: { correct: false, partial: true, selfCheck: { score: 3, maxScore: 5 } } });
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: session.attempt.id } });
    expect(attempt).toMatchObject({ points: 3, scoredMax: 5, pendingMax: 0 });
  });

  it("asks for every point, and refuses 'partly' on a one-point criterion, on the field", async () => {
    const learner = await createUser("learner");
    const session = await practice(learner);
    const question = written();
    await submitResponse(learner, session.attempt.id, { questionId: question.id, answer: ANSWER, idempotencyKey: key() });
    const refused = await rejection(selfCheckWrittenAnswer(learner, session.attempt.id, { questionId: question.id, levels: { turn: "full", quote: "partial" } }));
    expect(refused).toMatchObject({ code: "invalid", fieldErrors: { "levels.task": [expect.any(String)], "levels.quote": ["This point is met or not: choose one of the two."] } });
  });

  it("is refused before the answer is submitted, on another's attempt, and in an assignment (the teacher grades those)", async () => {
    const learner = await createUser("learner");
    const session = await practice(learner);
    const question = written();
    const levels = { turn: "full", task: "full", quote: "full" } as const;
    expect(await rejection(selfCheckWrittenAnswer(learner, session.attempt.id, { questionId: question.id, levels }))).toMatchObject({ code: "conflict" });
    await submitResponse(learner, session.attempt.id, { questionId: question.id, answer: ANSWER, idempotencyKey: key() });
    const other = await createUser("learner");
    expect(await rejection(selfCheckWrittenAnswer(other, session.attempt.id, { questionId: question.id, levels }))).toMatchObject({ code: "not_found" });

    const student = await createUser();
    const assignment = await assign(student, { unlockInOrder: false });
    const assigned = await start(student, assignment.id);
    expect(await getReadingStep(assigned, question.chunkId)).toMatchObject({ selfCheck: false });
    expect(await getReadingResults(assigned)).toMatchObject({ selfCheck: false });
    await submitResponse(student, assigned.attempt.id, { questionId: question.id, answer: ANSWER, idempotencyKey: key() });
    expect(await rejection(selfCheckWrittenAnswer(student, assigned.attempt.id, { questionId: question.id, levels }))).toMatchObject({ code: "forbidden" });
    const response = await db.response.findFirstOrThrow({ where: { attemptId: assigned.attempt.id, questionId: question.id } });
    expect(response).toMatchObject({ status: "submitted", score: null });
  });
});
