/**
 * A live lesson paces the reading: while it runs, the student may open
 * exactly the chunks the teacher released, whatever unlock-in-order says;
 * after it ended, what it released stays open and the rest follows the
 * assignment's rules.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { controlLiveSession, startLiveSession } from "@/lib/live/sessions";
import { submitResponse } from "@/lib/reading/answering";
import { getReadingStep } from "@/lib/reading/step";
import { assign, createUser, key, questionOfType, rejection, start, useReadingUnderTest } from "./support";
import { shownKey } from "../support/shown-answers";

beforeAll(useReadingUnderTest);

async function teacherOf(assignment: { classroomId: string }): Promise<SessionUser> {
  const { teacher } = await db.classroom.findUniqueOrThrow({ where: { id: assignment.classroomId }, select: { teacher: true } });
  return { id: teacher.id, role: "teacher", displayName: teacher.displayName };
}

describe("a live lesson's pace", () => {
  it("opens the released Part 2 to a student who has not answered Part 1, and keeps it open after the lesson", async () => {
    const student = await createUser();
    const assignment = await assign(student, { unlockInOrder: true });
    const teacher = await teacherOf(assignment);
    const { sessionId } = await startLiveSession(teacher, assignment.id);
    await controlLiveSession(teacher, sessionId, { command: "next-chunk" });

    const session = await start(student, assignment.id);
    expect(await getReadingStep(session, "c2")).toMatchObject({ locked: false, id: "c2" });
    const question = questionOfType("single_choice", "c2");
    const answer = submitResponse(student, session.attempt.id, { questionId: question.id, answer: await shownKey(session.attempt.id, question), idempotencyKey: key() });
    await expect(answer).resolves.toMatchObject({ created: true });

    await controlLiveSession(teacher, sessionId, { command: "end" });
    const after = await start(student, assignment.id);
    expect(await getReadingStep(after, "c2")).toMatchObject({ locked: false });
    // Beyond what the lesson released, unlock-in-order applies again: Part 1 is unanswered.
    expect(await getReadingStep(after, "after-reading")).toMatchObject({ locked: true });
  });

  it("closes the parts not released yet while the lesson runs, even when the assignment opens every part", async () => {
    const student = await createUser();
    const assignment = await assign(student, { unlockInOrder: false });
    const teacher = await teacherOf(assignment);
    const { sessionId } = await startLiveSession(teacher, assignment.id);

    const session = await start(student, assignment.id);
    expect(await getReadingStep(session, "c2")).toMatchObject({ locked: true });
    const question = questionOfType("single_choice", "c2");
    const answer = submitResponse(student, session.attempt.id, { questionId: question.id, answer: await shownKey(session.attempt.id, question), idempotencyKey: key() });
    expect(await rejection(answer)).toMatchObject({ code: "forbidden", rule: "locked" });

    await controlLiveSession(teacher, sessionId, { command: "end" });
    expect(await getReadingStep(await start(student, assignment.id), "c2")).toMatchObject({ locked: false });
  });
});
