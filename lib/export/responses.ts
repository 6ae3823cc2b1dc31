/**
 * The long-format CSV: one row per answer (every attempt, every question),
 * for analysis in a spreadsheet or a statistics package. Streamed a batch
 * of attempts at a time, so a large class never sits in memory at once.
 * The scores of one attempt's rows add up to its earned points
 * (lib/scoring/score-summary.ts): a written answer awaiting review has no
 * score and the status "pending review". Times are in the school's zone.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { ownedAssignment } from "@/lib/auth/owned";
import type { SessionUser } from "@/lib/auth/current-user";
import { describeAnswer } from "@/lib/analytics/answer-text";
import { catalogueFor } from "@/lib/analytics/catalogue";
import { csvStream, type CsvCell } from "./csv";

const ATTEMPTS_PER_BATCH = 250;

export const RESPONSES_HEADER = [
  "Student",
  "Username",
  "Attempt",
  "Late",
  "Question",
  "Question id",
  "Chunk",
  "Skill",
  "Type",
  "Answer",
  "Score",
  "Max score",
  "Status",
  "Confidence",
  "Submitted at",
  "Graded at",
  "Teacher comment",
];

function statusOf(response: { score: number | null; grade: object | null }): string {
  if (response.score === null) return "pending review";
  return response.grade ? "graded by teacher" : "scored";
}

export async function responsesCsv(viewer: SessionUser, assignmentId: string) {
  const assignment = await ownedAssignment(viewer, assignmentId);
  const catalogue = await catalogueFor(assignment);
  const questions = new Map(catalogue.questions.map((question) => [question.id, question]));
  const attempts = await db.attempt.findMany({
    where: { assignmentId: assignment.id },
    select: { id: true, number: true, late: true, user: { select: { displayName: true, username: true } } },
    orderBy: [{ user: { displayName: "asc" } }, { userId: "asc" }, { number: "asc" }],
  });

  async function* batches(): AsyncGenerator<CsvCell[][]> {
    for (let start = 0; start < attempts.length; start += ATTEMPTS_PER_BATCH) {
      const slice = attempts.slice(start, start + ATTEMPTS_PER_BATCH);
      const responses = await db.response.findMany({
        where: { attemptId: { in: slice.map((attempt) => attempt.id) }, status: { in: ["submitted", "graded"] } },
        select: {
          attemptId: true,
          questionId: true,
          answer: true,
          score: true,
          maxScore: true,
          status: true,
          confidence: true,
          submittedAt: true,
          grade: { select: { createdAt: true, comment: true } },
        },
      });
      // Map.groupBy needs Node 21; this app runs on Node 20.
      const byAttempt = new Map<string, typeof responses>();
      for (const response of responses) {
        const list = byAttempt.get(response.attemptId);
        if (list) list.push(response);
        else byAttempt.set(response.attemptId, [response]);
      }
      yield slice.flatMap((attempt) =>
        (byAttempt.get(attempt.id) ?? [])
          .map((response) => ({ response, question: questions.get(response.questionId) }))
          .sort((a, b) => (a.question?.number ?? Infinity) - (b.question?.number ?? Infinity))
          .map(({ response, question }) => [
            attempt.user.displayName,
            attempt.user.username ?? "",
            attempt.number,
            attempt.late,
            question?.number ?? null,
            response.questionId,
            question?.chunkId ?? "",
            question?.skill ?? "",
            question?.type ?? "",
            question ? describeAnswer(question, response.answer, catalogue.sentenceText) : response.answer,
            response.score,
            response.maxScore,
            statusOf(response),
            response.confidence,
            response.submittedAt,
            response.grade?.createdAt ?? null,
            response.grade?.comment ?? null,
          ]),
      );
    }
  }

  return {
    filename: `${assignment.readingSlug}-responses.csv`,
    stream: csvStream(RESPONSES_HEADER, batches()),
  };
}
