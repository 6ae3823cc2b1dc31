/**
 * `npm run db:check-tallies`: compares the write-time tallies the reports
 * read (lib/tallied/tallies.ts) with a recount from the responses, and
 * lists every number that differs. Reads only; rebuildTallies repairs.
 *
 * Not server-only: scripts/check-tallies.ts and tests call it outside Next.js.
 */
import { type Contributions, recountTallies } from "@/lib/tallied/tallies";
import type { Database } from "@/lib/db/client";

export type TallyDifference = {
  assignmentId: string;
  /** Where the number is kept: an attempt's totals, or a tally row. */
  table: "Attempt" | "AnswerTally" | "QuestionTally";
  /** The attempt id, or the tally row's question (and answer). */
  row: string;
  field: string;
  stored: number;
  recounted: number;
};

/** Sums of float points: equal up to rounding. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

type Rows = Map<string, { row: string; values: Record<string, number> }>;

function compare(assignmentId: string, table: TallyDifference["table"], stored: Rows, recounted: Rows): TallyDifference[] {
  const differences: TallyDifference[] = [];
  for (const id of new Set([...stored.keys(), ...recounted.keys()])) {
    const kept = stored.get(id);
    const counted = recounted.get(id);
    const fields = Object.keys(counted?.values ?? kept!.values);
    for (const field of fields) {
      const storedValue = kept?.values[field] ?? 0;
      const recountedValue = counted?.values[field] ?? 0;
      if (!same(storedValue, recountedValue)) {
        differences.push({ assignmentId, table, row: (kept ?? counted)!.row, field, stored: storedValue, recounted: recountedValue });
      }
    }
  }
  return differences;
}

const tallyRows = <V extends Record<string, number>>(entries: Map<string, { key: { questionId: string; answer?: string }; values: V }>): Rows =>
  new Map([...entries.values()].map(({ key, values }) => [rowName(key), { row: rowName(key), values }]));

const rowName = ({ questionId, answer }: { questionId: string; answer?: string }) =>
  answer === undefined ? questionId : `${questionId} answer ${JSON.stringify(answer)}`;

/** What is stored for one assignment, in the recount's shape. */
async function storedTallies(database: Database, assignmentId: string) {
  const [attempts, answers, questions] = await Promise.all([
    database.attempt.findMany({
      where: { assignmentId },
      select: { id: true, answeredCount: true, scoredCount: true, points: true, scoredMax: true, pendingMax: true, confidentWrongCount: true },
    }),
    database.answerTally.findMany({ where: { assignmentId }, omit: { assignmentId: true } }),
    database.questionTally.findMany({ where: { assignmentId }, omit: { assignmentId: true } }),
  ]);
  return {
    totals: new Map(attempts.map(({ id, ...values }) => [id, { row: id, values }])) as Rows,
    answers: tallyRows(new Map(answers.map(({ questionId, answer, ...values }) => [`${questionId}\u0000${answer}`, { key: { questionId, answer }, values }]))),
    questions: tallyRows(new Map(questions.map(({ questionId, ...values }) => [questionId, { key: { questionId }, values }]))),
  };
}

function recountedRows(recount: Contributions) {
  return {
    totals: new Map([...recount.totals].map(([id, values]) => [id, { row: id, values }])) as Rows,
    answers: tallyRows(recount.answers),
    questions: tallyRows(recount.questions),
  };
}

/** Every difference between the stored tallies and a recount, over all assignments (or the ones given). */
export async function checkTallies(database: Database, assignmentIds?: string[]): Promise<{ assignments: number; differences: TallyDifference[] }> {
  const ids = assignmentIds ?? (await database.assignment.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
  const differences: TallyDifference[] = [];
  for (const assignmentId of ids) {
    // The recount first: a change landing between the two reads can only show as a difference, which a second run clears.
    const recounted = recountedRows(await recountTallies(assignmentId, database));
    const stored = await storedTallies(database, assignmentId);
    differences.push(
      ...compare(assignmentId, "Attempt", stored.totals, recounted.totals),
      ...compare(assignmentId, "AnswerTally", stored.answers, recounted.answers),
      ...compare(assignmentId, "QuestionTally", stored.questions, recounted.questions),
    );
  }
  return { assignments: ids.length, differences };
}
