/**
 * Writes to a student's answers: drafts while they work, and the submitted
 * answer with its tallies. Grades and returns are in grades.ts.
 * Callers check who may make the change.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors";
import type { Prisma, Response } from "@/lib/generated/prisma/client";
import { touchAttempt, type TouchedSession } from "./attempts";
import { tallyNewAnswer } from "./tallies";

/** A submitted answer's row, less the attempt and question it answers. */
export type AnswerData = Omit<Prisma.ResponseUncheckedCreateInput, "attemptId" | "questionId"> & { chunkId: string };

/**
 * Stores a submitted answer in the caller's transaction: the student's
 * draft of it (`draftId`) becomes the answer, or a new row is made; its
 * answer tally moves by one, and the attempt's totals with its place. Null
 * when the attempt was submitted meanwhile: the caller refuses the answer,
 * which rolls the row back.
 */
export async function recordAnswer(
  tx: Prisma.TransactionClient,
  session: TouchedSession,
  questionId: string,
  draftId: string | undefined,
  data: AnswerData,
  now: Date,
): Promise<Response | null> {
  const attemptId = session.attempt.id;
  const row = draftId
    ? await tx.response.update({ where: { id: draftId, status: "draft" }, data })
    : await tx.response.create({ data: { ...data, attemptId, questionId } });
  const counts = await tallyNewAnswer(tx, row);
  if (!counts) return null;
  await touchAttempt(session, data.chunkId, now, { submitted: true, counts }, tx);
  return row;
}

/**
 * Keeps the student's draft of an answer (a draft counts nowhere). False
 * when the question is already answered, so there is no draft to keep.
 */
export async function storeDraft(
  attemptId: string,
  questionId: string,
  data: { answer: string; confidence: number | null; contentVersion: string },
  created: { chunkId: string; maxScore: number },
): Promise<boolean> {
  const where = { attemptId, questionId, status: "draft" as const };
  let { count } = await db.response.updateMany({ where, data });
  if (count === 0) {
    try {
      await db.response.create({
        data: { ...data, attemptId, questionId, ...created, status: "draft" },
      });
      count = 1;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      ({ count } = await db.response.updateMany({ where, data }));
    }
  }
  return count > 0;
}
