/**
 * Item analysis for an assignment: per question, what the class answered
 * and how well the question separates stronger from weaker readers; then
 * the same results rolled up by chunk and by skill. Two statements do the
 * counting: answers grouped by (question, stored answer), and the
 * upper–lower 27% group means per question. JavaScript only reads the few
 * aggregated rows they return.
 */
import "server-only";
import { SKILL_LABELS, type Skill } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ownedAssignment, type Viewer } from "./access";
import { catalogueFor, type CatalogueQuestion } from "./catalogue";
import { UPPER_LOWER_PERCENT } from "./discrimination";
import { itemStatistics, type AnswerGroup, type GroupMeans, type ItemStatistics } from "./item-statistics";
import { ANSWERED, inList, latestAttempts, toNullableNumber, toNumber } from "./sql";

type Rollup = { points: number; scoredMax: number; answers: number; questions: number };

export type RollupRow = { id: string; label: string; meanScore: number | null; answers: number; questions: number };

export type ItemAnalysisQuestion = {
  question: CatalogueQuestion;
  chunkTitle: string;
  stats: ItemStatistics;
};

/**
 * Answers counted per (question, stored answer); written answers (not in
 * groupedQuestionIds) are counted per question only. Exported, like
 * upperLowerQuery, for bench/report.ts to time as bare SQL.
 */
export function answerGroupsQuery(assignmentId: string, classroomId: string, groupedQuestionIds: string[]): Prisma.Sql {
  return Prisma.sql`
    WITH latest AS (${latestAttempts(classroomId, assignmentId)}),
    answers AS (
      SELECT r."questionId", r."score", r."maxScore",
             CASE WHEN r."questionId" ${inList(groupedQuestionIds)} THEN r."answer" END AS "answer"
      FROM "Response" r JOIN latest l ON l."id" = r."attemptId"
      WHERE r."status" IN ${ANSWERED}
    )
    SELECT "questionId", "answer",
           COUNT(*) AS "count",
           COUNT("score") AS "scored",
           CAST(COALESCE(SUM("score"), 0) AS DOUBLE PRECISION) AS "points",
           CAST(COALESCE(SUM(CASE WHEN "score" IS NULL THEN 0 ELSE "maxScore" END), 0) AS DOUBLE PRECISION) AS "scoredMax",
           SUM(CASE WHEN "score" >= "maxScore" THEN 1 ELSE 0 END) AS "fullCredit"
    FROM answers
    GROUP BY "questionId", "answer"`;
}

async function answerGroups(assignmentId: string, classroomId: string, groupedQuestionIds: string[]) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(answerGroupsQuery(assignmentId, classroomId, groupedQuestionIds));
  const byQuestion = new Map<string, AnswerGroup[]>();
  for (const row of rows) {
    const questionId = String(row.questionId);
    const group: AnswerGroup = {
      answer: row.answer === null ? null : String(row.answer),
      count: toNumber(row.count),
      scored: toNumber(row.scored),
      points: toNumber(row.points),
      scoredMax: toNumber(row.scoredMax),
      fullCredit: toNumber(row.fullCredit),
    };
    const groups = byQuestion.get(questionId);
    if (groups) groups.push(group);
    else byQuestion.set(questionId, [group]);
  }
  return byQuestion;
}

/**
 * Students who finished (submitted their latest attempt) are ranked by total
 * points, ties broken by attempt id; the top and bottom 27% (rounded half up,
 * at least 1, at most half the students) form the groups; each group's mean
 * score (0..1) on each question over the members who have a score for it.
 */
export function upperLowerQuery(assignmentId: string, classroomId: string): Prisma.Sql {
  // A literal, not a bound parameter: drivers bind numbers as floating point, and the group size needs integer division.
  const percent = Prisma.raw(String(Math.trunc(UPPER_LOWER_PERCENT)));
  return Prisma.sql`
    WITH latest AS (${latestAttempts(classroomId, assignmentId)}),
    totals AS (
      SELECT l."id", COALESCE(SUM(r."score"), 0) AS "total"
      FROM latest l LEFT JOIN "Response" r ON r."attemptId" = l."id" AND r."status" IN ${ANSWERED}
      WHERE l."submittedAt" IS NOT NULL
      GROUP BY l."id"
    ),
    ranked AS (
      SELECT "id", ROW_NUMBER() OVER (ORDER BY "total" DESC, "id" ASC) AS "position", COUNT(*) OVER () AS "finished"
      FROM totals
    ),
    sized AS (
      SELECT "id", "position", "finished",
             CASE WHEN "finished" < 2 THEN 0
                  WHEN ("finished" * ${percent} + 50) / 100 < 1 THEN 1
                  WHEN ("finished" * ${percent} + 50) / 100 > "finished" / 2 THEN "finished" / 2
                  ELSE ("finished" * ${percent} + 50) / 100 END AS "groupSize"
      FROM ranked
    ),
    grouped AS (
      SELECT "id", "finished", "groupSize", CASE WHEN "position" <= "groupSize" THEN 'upper' ELSE 'lower' END AS "band"
      FROM sized
      WHERE "position" <= "groupSize" OR "position" > "finished" - "groupSize"
    )
    SELECT r."questionId" AS "questionId", g."band" AS "band",
           MAX(g."finished") AS "finished", MAX(g."groupSize") AS "groupSize",
           AVG(CAST(r."score" AS DOUBLE PRECISION) / CAST(r."maxScore" AS DOUBLE PRECISION)) AS "mean"
    FROM grouped g JOIN "Response" r ON r."attemptId" = g."id"
    WHERE r."status" IN ${ANSWERED} AND r."score" IS NOT NULL AND r."maxScore" > 0
    GROUP BY r."questionId", g."band"`;
}

async function upperLowerMeans(assignmentId: string, classroomId: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(upperLowerQuery(assignmentId, classroomId));
  const means = new Map<string, GroupMeans>();
  let finished = 0;
  let groupSize = 0;
  for (const row of rows) {
    const questionId = String(row.questionId);
    finished = toNumber(row.finished);
    groupSize = toNumber(row.groupSize);
    const entry = means.get(questionId) ?? { upperMean: null, lowerMean: null, groupSize };
    if (row.band === "upper") entry.upperMean = toNullableNumber(row.mean);
    else entry.lowerMean = toNullableNumber(row.mean);
    means.set(questionId, entry);
  }
  return { means, finished, groupSize };
}

function rollup<K extends string>(items: ItemAnalysisQuestion[], keyOf: (item: ItemAnalysisQuestion) => K): Map<K, Rollup> {
  const totals = new Map<K, Rollup>();
  for (const item of items) {
    const key = keyOf(item);
    const total = totals.get(key) ?? { points: 0, scoredMax: 0, answers: 0, questions: 0 };
    total.points += item.stats.points;
    total.scoredMax += item.stats.scoredMax;
    total.answers += item.stats.respondents;
    total.questions += 1;
    totals.set(key, total);
  }
  return totals;
}

function rollupRow(id: string, label: string, total: Rollup | undefined): RollupRow {
  return {
    id,
    label,
    meanScore: total && total.scoredMax > 0 ? total.points / total.scoredMax : null,
    answers: total?.answers ?? 0,
    questions: total?.questions ?? 0,
  };
}

export async function getItemAnalysis(viewer: Viewer, assignmentId: string) {
  const assignment = await ownedAssignment(viewer, assignmentId);
  const catalogue = catalogueFor(assignment.readingSlug);
  const grouped = catalogue.questions.filter((question) => question.type !== "short_answer").map((question) => question.id);
  const [groups, discrimination] = await Promise.all([
    answerGroups(assignment.id, assignment.classroomId, grouped),
    upperLowerMeans(assignment.id, assignment.classroomId),
  ]);
  const chunkTitle = new Map(catalogue.chunks.map((chunk) => [chunk.id, chunk.title]));
  const questions: ItemAnalysisQuestion[] = catalogue.questions.map((question) => ({
    question,
    chunkTitle: chunkTitle.get(question.chunkId) ?? question.chunkId,
    stats: itemStatistics(
      question,
      groups.get(question.id) ?? [],
      discrimination.means.get(question.id) ?? { upperMean: null, lowerMean: null, groupSize: discrimination.groupSize },
      catalogue.sentenceText,
    ),
  }));
  const byChunk = rollup(questions, (item) => item.question.chunkId);
  const bySkill = rollup(questions, (item) => item.question.skill);
  return {
    finished: discrimination.finished,
    groupSize: discrimination.groupSize,
    questions,
    byChunk: catalogue.chunks.map((chunk) => rollupRow(chunk.id, `${chunk.number}. ${chunk.title}`, byChunk.get(chunk.id))),
    bySkill: catalogue.skills.map((skill: Skill) => rollupRow(skill, SKILL_LABELS[skill], bySkill.get(skill))),
  };
}

export type ItemAnalysis = Awaited<ReturnType<typeof getItemAnalysis>>;
