/**
 * Results a teacher can trust (issue #15): each attempt's own ids and order,
 * mapped back to one lettering for the teacher; practice closed while an
 * assignment of the reading is open; archived classes read-only; two "Start
 * again" at once make one attempt.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { describeAnswer } from "@/lib/analytics/answer-text";
import { presentationOf } from "@/lib/content/presentation";
import { db } from "@/lib/db/client";
import { saveDraft, submitResponse } from "@/lib/reading/answering";
import { getAttemptState, startAgain, submitAttempt } from "@/lib/reading/attempts";
import { getReadingOverview } from "@/lib/reading/overview";
import { practiceClosure } from "@/lib/reading/practice";
import { getReadingResults } from "@/lib/reading/results";
import { ensureAttempt, openAssignmentReading, openPracticeReading, readerOfAttempt } from "@/lib/reading/reader";
import { getReadingStep } from "@/lib/reading/step";
import { asShown, shownKey } from "../support/shown-answers";
import { assign, createUser, key, questionOfType, rejection, SLUG, start, useReadingUnderTest } from "./support";

beforeAll(useReadingUnderTest);



describe("each attempt's own ids", () => {
  it("shows another shuffle in the next attempt, while the teacher's report letters choices in the authored order", async () => {
    const student = await createUser();
    const assignment = await assign(student, { unlockInOrder: false, attemptsAllowed: 2 });
    const first = await start(student, assignment.id);
    const question = questionOfType("single_choice", "c1");
    const shownIds = async (reader: typeof first) => {
      const step = await getReadingStep(reader, "c1");
      if (!step || step.locked) throw new Error("c1 should be open");
      const client = step.questions.find((q) => q.id === question.id)!;
      return client.type === "single_choice" ? client.options.map((option) => option.id) : [];
    };
    const firstIds = await shownIds(first);
    expect(await shownIds(first)).toEqual(firstIds);

    // The student picks the authored second option ("B") by its shown id.
    const chosen = question.options[1]!;
    const { response } = await submitResponse(student, first.attempt.id, {
      questionId: question.id,
      answer: await asShown(first.attempt.id, question, { optionId: chosen.id }),
      idempotencyKey: key(),
    });
    expect(response.answer).toEqual({ optionId: presentationOf(first.attempt).shownId(question.id, chosen.id) });
    const row = await db.response.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: first.attempt.id, questionId: question.id } } });
    expect(JSON.parse(row.answer)).toEqual({ optionId: chosen.id });
    expect(describeAnswer(question, row.answer, () => "")).toBe(`B. ${chosen.text}`);

    await submitAttempt(student, first.attempt.id);
    const { attempt } = await startAgain(student, first.attempt.id);
    const second = await readerOfAttempt(student, attempt.id);
    const secondIds = await shownIds(second);
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
    // The first attempt's ids mean nothing in the second.
    const stale = await rejection(saveDraft(student, attempt.id, question.id, { answer: { optionId: firstIds[0] } }));
    expect(stale.code).toBe("invalid");
  });
});

describe("practice while an assignment of the reading is open", () => {
  it("is closed until the student's feedback is released, and says which assignment", async () => {
    const student = await createUser();
    const assignment = await assign(student, { feedbackMode: "after_submit" });
    expect(await practiceClosure(student, SLUG)).toEqual({ assignmentId: assignment.id, className: "Class" });

    // A practice attempt made before the assignment cannot be answered either.
    const practice = await ensureAttempt((await openPracticeReading(student, SLUG))!);
    const question = questionOfType("single_choice", "c2");
    const refused = await rejection(submitResponse(student, practice.attempt.id, { questionId: question.id, answer: await shownKey(practice.attempt.id, question), idempotencyKey: key() }));
    expect(refused).toMatchObject({ code: "forbidden", rule: "practice_closed" });
    expect(await rejection(getAttemptState(student, practice.attempt.id))).toMatchObject({ rule: "practice_closed" });

    // Started but not submitted: still closed. Submitted (feedback released): open.
    const reader = await start(student, assignment.id);
    expect(await practiceClosure(student, SLUG)).not.toBeNull();
    await submitAttempt(student, reader.attempt.id);
    expect(await practiceClosure(student, SLUG)).toBeNull();
    expect((await submitResponse(student, practice.attempt.id, { questionId: question.id, answer: await shownKey(practice.attempt.id, question), idempotencyKey: key() })).created).toBe(true);
  });

  it("stays open when the teacher allows it, the assignment is closed, the class archived, or the user no student of the class", async () => {
    const allowed = await createUser();
    await assign(allowed, { allowPractice: true });
    expect(await practiceClosure(allowed, SLUG)).toBeNull();

    const closed = await createUser();
    await assign(closed, { closedAt: new Date(Date.now() - 1000) });
    expect(await practiceClosure(closed, SLUG)).toBeNull();

    const archived = await createUser();
    const inArchive = await assign(archived);
    await db.classroom.update({ where: { id: inArchive.classroomId }, data: { archivedAt: new Date() } });
    expect(await practiceClosure(archived, SLUG)).toBeNull();

    const outsider = await createUser("learner");
    expect(await practiceClosure(outsider, SLUG)).toBeNull();
  });
});

describe("an archived class", () => {
  it("is read-only for its students: answers, drafts, submitting and starting again are refused with 403 archived; their work can still be read", async () => {
    const student = await createUser();
    const assignment = await assign(student, { unlockInOrder: false, attemptsAllowed: 3 });
    const reader = await start(student, assignment.id);
    const question = questionOfType("single_choice", "c1");
    await submitResponse(student, reader.attempt.id, { questionId: question.id, answer: await shownKey(reader.attempt.id, question), idempotencyKey: key() });
    await db.classroom.update({ where: { id: assignment.classroomId }, data: { archivedAt: new Date() } });

    const other = questionOfType("matching", "c1");
    const attemptId = reader.attempt.id;
    for (const refused of [
      submitResponse(student, attemptId, { questionId: other.id, answer: await shownKey(attemptId, other), idempotencyKey: key() }),
      saveDraft(student, attemptId, other.id, { answer: {} }),
      submitAttempt(student, attemptId),
      startAgain(student, attemptId),
    ]) {
      expect(await rejection(refused)).toMatchObject({ code: "forbidden", rule: "archived" });
    }
    expect(await db.response.count({ where: { attemptId } })).toBe(1);

    const reopened = await openAssignmentReading(student, assignment.id);
    expect(reopened?.settings.archived).toBe(true);
    const step = await getReadingStep(await ensureAttempt(reopened!), "c1");
    expect(step && !step.locked && step.writable).toBe(false);
    expect((await getReadingOverview(reopened!)).canStartAgain).toBe(false);
    const results = await getReadingResults(await ensureAttempt(reopened!));
    expect(results).toMatchObject({ canSubmit: false, canStartAgain: false });
    expect((await getAttemptState(student, attemptId)).responses).toHaveLength(1);
  });
});

describe("two Start again at once", () => {
  it("make one new attempt, and both get it", async () => {
    for (const practice of [false, true]) {
      const student = await createUser();
      const reader = practice
        ? await ensureAttempt((await openPracticeReading(student, SLUG))!)
        : await start(student, (await assign(student, { attemptsAllowed: 3 })).id);
      if (!practice) await submitAttempt(student, reader.attempt.id);
      const [a, b] = await Promise.all([startAgain(student, reader.attempt.id), startAgain(student, reader.attempt.id)]);
      expect(a.attempt.id).toBe(b.attempt.id);
      expect(await db.attempt.count({ where: { userId: student.id } })).toBe(2);
    }
  });
});
