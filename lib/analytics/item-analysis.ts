/**
 * Item analysis for an assignment: per question, what the class answered
 * and how well the question separates stronger from weaker readers; then
 * the same results rolled up by chunk and by skill. The counting is done
 * when answers are written (tallies.ts): here two statements read the
 * answer tallies and the correlation sums, a few rows per question.
 */
import "server-only";
import { SKILL_LABELS } from "@/lib/content/labels";
import type { Skill } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ownedAssignment } from "@/lib/auth/owned";
import type { SessionUser } from "@/lib/auth/current-user";
import { catalogueFor, type CatalogueQuestion } from "./catalogue";
import type { DiscriminationSums } from "./discrimination";
import { itemStatistics, type AnswerGroup, type ItemStatistics } from "./item-statistics";
import { toNumber } from "@/lib/db/sql";

type Rollup = { points: number; scoredMax: number; answers: number; questions: number };

export type RollupRow = { id: string; label: string; meanScore: number | null; answers: number; questions: number };

export type ItemAnalysisQuestion = {
  question: CatalogueQuestion;
  chunkTitle: string;
  stats: ItemStatistics;
};

/** The answer tallies of an assignment (one row per question and distinct answer). Exported, like discriminationSumsQuery, for bench/report.ts to time as bare SQL. */
export function answerGroupsQuery(assignmentId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT "questionId", "answer", "count", "scored", "points", "scoredMax", "fullCredit"
    FROM "AnswerTally"
    WHERE "assignmentId" = ${assignmentId} AND "count" > 0`;
}

async function answerGroups(assignmentId: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(answerGroupsQuery(assignmentId));
  const byQuestion = new Map<string, AnswerGroup[]>();
  for (const row of rows) {
    const questionId = String(row.questionId);
    const group: AnswerGroup = {
      // Written answers are tallied under the empty answer, never shown.
      answer: row.answer === "" ? null : String(row.answer),
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

export function discriminationSumsQuery(assignmentId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT "questionId", "n", "sumScore", "sumScoreSquared", "sumTotal", "sumTotalSquared", "sumScoreTotal"
    FROM "QuestionTally"
    WHERE "assignmentId" = ${assignmentId}`;
}

async function discriminationSums(assignmentId: string) {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(discriminationSumsQuery(assignmentId));
  return new Map<string, DiscriminationSums>(
    rows.map((row) => [
      String(row.questionId),
      {
        n: toNumber(row.n),
        sumScore: toNumber(row.sumScore),
        sumScoreSquared: toNumber(row.sumScoreSquared),
        sumTotal: toNumber(row.sumTotal),
        sumTotalSquared: toNumber(row.sumTotalSquared),
        sumScoreTotal: toNumber(row.sumScoreTotal),
      },
    ]),
  );
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

export async function getItemAnalysis(viewer: SessionUser, assignmentId: string) {
  const assignment = await ownedAssignment(viewer, assignmentId);
  const catalogue = await catalogueFor(assignment);
  const [groups, sums] = await Promise.all([answerGroups(assignment.id), discriminationSums(assignment.id)]);
  const chunkTitle = new Map(catalogue.chunks.map((chunk) => [chunk.id, chunk.title]));
  const questions: ItemAnalysisQuestion[] = catalogue.questions.map((question) => ({
    question,
    chunkTitle: chunkTitle.get(question.chunkId) ?? question.chunkId,
    stats: itemStatistics(question, groups.get(question.id) ?? [], sums.get(question.id), catalogue.sentenceText),
  }));
  const byChunk = rollup(questions, (item) => item.question.chunkId);
  const bySkill = rollup(questions, (item) => item.question.skill);
  return {
    /** Submitted students with scored answers: the most any question's r is computed over. */
    finished: Math.max(0, ...[...sums.values()].map((entry) => entry.n)),
    questions,
    byChunk: catalogue.chunks.map((chunk) => rollupRow(chunk.id, `${chunk.number}. ${chunk.title}`, byChunk.get(chunk.id))),
    bySkill: catalogue.skills.map((skill: Skill) => rollupRow(skill, SKILL_LABELS[skill], bySkill.get(skill))),
  };
}

export type ItemAnalysis = Awaited<ReturnType<typeof getItemAnalysis>>;

export const ITEM_SORTS = ["number", "difficulty", "discrimination", "answered"] as const;
export type ItemSort = (typeof ITEM_SORTS)[number];

/** The wrong answer most students gave: the most chosen distractor, or the most common wrong ordering, matching or evidence. */
export function mostChosenWrong(stats: ItemStatistics): { description: string; count: number; share: number } | null {
  const distractors = [...stats.options, ...(stats.followUp?.options ?? [])].filter((option) => !option.isKey && option.count > 0);
  const fromOptions = distractors
    .map((option) => ({
      description: option.label === "True" || option.label === "False" ? option.label : `${option.label}. ${option.text}`,
      count: option.count,
      share: option.share,
    }))
    .sort((a, b) => b.count - a.count)[0];
  const fromWrong = stats.wrongAnswers[0];
  if (fromOptions && fromWrong) return fromOptions.count >= fromWrong.count ? fromOptions : fromWrong;
  return fromOptions ?? fromWrong ?? null;
}

/** Classical item difficulty p: the share of points earned (1 easy, 0 hard); null before anything is scored. */
const difficultyOf = (item: ItemAnalysisQuestion) => item.stats.meanScore;

/** Items sorted for the report's table; items without a figure go last either way, then in reading order. */
export function sortItems(items: readonly ItemAnalysisQuestion[], sort: ItemSort, direction: "asc" | "desc"): ItemAnalysisQuestion[] {
  const value = (item: ItemAnalysisQuestion): number | null =>
    sort === "number"
      ? item.question.number
      : sort === "difficulty"
        ? difficultyOf(item)
        : sort === "discrimination"
          ? item.stats.discrimination.index
          : item.stats.respondents;
  const sign = direction === "asc" ? 1 : -1;
  return [...items].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.question.number - b.question.number;
    return (x - y) * sign || a.question.number - b.question.number;
  });
}
