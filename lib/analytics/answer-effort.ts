/**
 * Effort read from the answers themselves (effort.ts has the rules): for each
 * student's latest attempt, the longest run of first-shown options picked
 * and the written answers that look like no attempt. Both need the stored
 * answers of single-pick and written questions (a few per student), read in
 * one statement; the first-shown option comes from the attempt's own
 * shuffle (lib/content/presentation.ts), recomputed here, never stored.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { getReading } from "@/lib/content/load";
import { presentationOf } from "@/lib/content/presentation";
import { answerColumn, type StoredAnswer } from "@/lib/scoring/answers";
import { inList } from "@/lib/db/sql";
import { ANSWERED, latestAttempts } from "./latest-attempts";
import { catalogueOf, type AssignedReading, type CatalogueQuestion } from "./catalogue";
import { longestRun, lowEffortWriting, type LowEffortWriting } from "./effort";

export type AttemptEffort = {
  attemptId: string;
  userId: string;
  assignmentId: string;
  /** Longest run of first-shown options picked, in reading order. */
  firstRun: number;
  /** Written answers that look like no attempt, with the rule that caught each. */
  lowEffort: { responseId: string; questionId: string; reason: LowEffortWriting }[];
};

const JUDGED = new Set(["single_choice", "true_false", "short_answer"]);

/** Was the pick the first option this attempt showed? null for questions that are not one pick from a shuffled list. */
function pickedFirstShown(question: CatalogueQuestion, answer: StoredAnswer, attempt: { id: string; shuffleSeed: string | null }): boolean | null {
  const shown = presentationOf(attempt);
  if (question.type === "single_choice") return shown.order(question.id, "options", question.options)[0]?.id === answer.optionId;
  if (question.type === "true_false") return shown.order(question.id, "why", question.why.options)[0]?.id === answer.whyOptionId;
  return null;
}

/** Effort of every enrolled student's latest attempt at the given assignments of one class (or at one of them). */
export async function latestAttemptEffort(
  classroomId: string,
  assignments: readonly (AssignedReading & { id: string })[],
  assignmentId?: string,
): Promise<AttemptEffort[]> {
  // A reading no longer installed has no questions to judge against.
  const installed = await Promise.all(
    assignments.map(async (assignment) => {
      const reading = await getReading(assignment.readingSlug);
      return reading ? [[assignment.id, catalogueOf(reading, assignment)] as const] : [];
    }),
  );
  const catalogues = new Map(installed.flat());
  const questionIds = [...new Set([...catalogues.values()].flatMap((catalogue) => catalogue.questions.filter((q) => JUDGED.has(q.type)).map((q) => q.id)))];
  if (!questionIds.length) return [];
  const rows = await db.$queryRaw<{ attemptId: string; userId: string; assignmentId: string; shuffleSeed: string | null; responseId: string; questionId: string; answer: string }[]>`
    WITH latest AS (${latestAttempts(classroomId, assignmentId)})
    SELECT l."id" AS "attemptId", l."userId", l."assignmentId", a."shuffleSeed", r."id" AS "responseId", r."questionId", r."answer"
    FROM latest l
    JOIN "Attempt" a ON a."id" = l."id"
    JOIN "Response" r ON r."attemptId" = l."id"
    WHERE r."status" IN ${ANSWERED} AND r."questionId" ${inList(questionIds)}`;

  const byAttempt = new Map<string, typeof rows>();
  for (const row of rows) byAttempt.set(row.attemptId, [...(byAttempt.get(row.attemptId) ?? []), row]);
  return [...byAttempt.values()].flatMap((answers) => {
    const { attemptId, userId, assignmentId: ofAssignment, shuffleSeed } = answers[0]!;
    const catalogue = catalogues.get(ofAssignment);
    if (!catalogue) return [];
    const answerOf = new Map(answers.map((row) => [row.questionId, row]));
    const picks: boolean[] = [];
    const lowEffort: AttemptEffort["lowEffort"] = [];
    for (const question of catalogue.questions) {
      const row = answerOf.get(question.id);
      if (!row) continue;
      const answer = answerColumn.read(row.answer);
      if (question.type === "short_answer") {
        const reason = lowEffortWriting(typeof answer.text === "string" ? answer.text : "", question.prompt);
        if (reason) lowEffort.push({ responseId: row.responseId, questionId: question.id, reason });
        continue;
      }
      const first = pickedFirstShown(question, answer, { id: attemptId, shuffleSeed });
      if (first !== null) picks.push(first);
    }
    return [{ attemptId, userId, assignmentId: ofAssignment, firstRun: longestRun(picks), lowEffort }];
  });
}
