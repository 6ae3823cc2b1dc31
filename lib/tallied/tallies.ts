/**
 * Write-time aggregates for the dashboards. A report over 10,000 students
 * must not read 500,000 responses, so every change that moves a number is
 * made through withTallies (or keepTallies, inside a transaction already
 * open), which keeps, in the same transaction:
 *
 *  - each attempt's totals (answered, scored, points, points pending review,
 *    confident-but-wrong);
 *  - AnswerTally: per assignment, question and distinct stored answer, the
 *    answered responses of latest attempts of students in the class (the
 *    set the reports describe);
 *  - QuestionTally: the sums behind each question's item–rest correlation,
 *    over the submitted attempts among those.
 *
 * withTallies reads what the change can touch before and after it and
 * applies the difference, so the rules of what counts live in one place
 * (contributionsOf) and a change can never be counted twice.
 * rebuildTallies recomputes everything from the responses: tests compare
 * the two, `npm run db:migrate` uses it to fill the tables the first time
 * (COUNT_EXISTING_WORK_STEP), and `npm run db:check-tallies` compares a
 * recount with what is stored (lib/analytics/tally-check.ts).
 *
 * The changes themselves live beside this file, one function per change
 * (attempts.ts, answers.ts, grades.ts, enrollments.ts), and the lint
 * (eslint.config.mjs) refuses writes to Enrollment, Attempt, Response,
 * GradeRevision and the tally tables anywhere outside lib/tallied, so no
 * change can forget the tallies. The seed's bulk rows are the exception:
 * it rebuilds the tallies after them.
 *
 * Not server-only: test fixtures and scripts/db.ts call it outside Next.js.
 * It authorizes nothing; callers check who may make the change.
 */
import { storedReading } from "@/lib/content/store";
import { db, type Database } from "@/lib/db/client";
import type { MaintenanceStepDefinition } from "@/lib/db/maintenance";
import { Prisma, type ResponseStatus } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const ANSWERED_STATUSES: ResponseStatus[] = ["submitted", "graded"];
/** Confidence 3 is "sure"; under half marks on such an answer is a likely misconception. */
const SURE = 3;

type AttemptFacts = {
  id: string;
  assignmentId: string | null;
  readingSlug: string;
  finished: boolean;
  /** The latest attempt of a student in the class: the one reports describe. */
  counted: boolean;
  /** The written questions of the attempt's version: their answers are all different, so they are counted per question, under the empty answer. */
  writtenIds: ReadonlySet<string>;
};

export type ResponseFacts = {
  attemptId: string;
  questionId: string;
  answer: string;
  score: number | null;
  maxScore: number;
  confidence: number | null;
};

type Snapshot = { attempts: AttemptFacts[]; responses: ResponseFacts[] };

export type AttemptTotals = {
  answeredCount: number;
  scoredCount: number;
  points: number;
  scoredMax: number;
  pendingMax: number;
  confidentWrongCount: number;
};
type AnswerCounts = { count: number; scored: number; points: number; scoredMax: number; fullCredit: number };
type QuestionSums = { n: number; sumScore: number; sumScoreSquared: number; sumTotal: number; sumTotalSquared: number; sumScoreTotal: number };

export type Contributions = {
  totals: Map<string, AttemptTotals>;
  answers: Map<string, { key: { assignmentId: string; questionId: string; answer: string }; values: AnswerCounts }>;
  questions: Map<string, { key: { assignmentId: string; questionId: string }; values: QuestionSums }>;
};

/** The written questions of a reading's version (read through the transaction; parsed versions come from memory). */
async function writtenQuestionIds(tx: Tx, readingSlug: string, version: string): Promise<Set<string>> {
  const questions = (await storedReading(readingSlug, version, tx))?.questions ?? [];
  return new Set(questions.filter((question) => question.type === "short_answer").map((question) => question.id));
}

async function attemptFacts(tx: Tx, attemptIds: string[]): Promise<AttemptFacts[]> {
  const rows = await tx.$queryRaw<Record<string, unknown>[]>`
    SELECT a."id", a."assignmentId", a."readingSlug", a."contentVersion", CASE WHEN a."submittedAt" IS NULL THEN 0 ELSE 1 END AS "finished",
           CASE WHEN a."assignmentId" IS NOT NULL
                 AND a."number" = (SELECT MAX(b."number") FROM "Attempt" b WHERE b."userId" = a."userId" AND b."assignmentId" = a."assignmentId")
                 AND EXISTS (SELECT 1 FROM "Enrollment" en JOIN "Assignment" s ON s."classroomId" = en."classroomId"
                             WHERE s."id" = a."assignmentId" AND en."studentId" = a."userId" AND en."status" = 'active')
                THEN 1 ELSE 0 END AS "counted"
    FROM "Attempt" a
    WHERE a."id" IN (${Prisma.join(attemptIds)})`;
  const written = new Map<string, Promise<Set<string>>>();
  const writtenOf = (slug: string, version: string) => {
    const key = `${slug}@${version}`;
    if (!written.has(key)) written.set(key, writtenQuestionIds(tx, slug, version));
    return written.get(key)!;
  };
  return Promise.all(rows.map(async (row) => ({
    id: String(row.id),
    assignmentId: row.assignmentId === null ? null : String(row.assignmentId),
    readingSlug: String(row.readingSlug),
    // Drivers return these 0/1 flags as number or bigint.
    finished: Number(row.finished) === 1,
    counted: Number(row.counted) === 1,
    writtenIds: await writtenOf(String(row.readingSlug), String(row.contentVersion)),
  })));
}

async function snapshot(tx: Tx, attemptIds: string[]): Promise<Snapshot> {
  if (attemptIds.length === 0) return { attempts: [], responses: [] };
  const attempts = await attemptFacts(tx, attemptIds);
  const responses = await tx.response.findMany({
    where: { attemptId: { in: attemptIds }, status: { in: ANSWERED_STATUSES } },
    select: { attemptId: true, questionId: true, answer: true, score: true, maxScore: true, confidence: true },
    orderBy: [{ attemptId: "asc" }, { questionId: "asc" }],
  });
  return { attempts, responses };
}

function emptyTotals(): AttemptTotals {
  return { answeredCount: 0, scoredCount: 0, points: 0, scoredMax: 0, pendingMax: 0, confidentWrongCount: 0 };
}

function emptyCounts(): AnswerCounts {
  return { count: 0, scored: 0, points: 0, scoredMax: 0, fullCredit: 0 };
}

function emptySums(): QuestionSums {
  return { n: 0, sumScore: 0, sumScoreSquared: 0, sumTotal: 0, sumTotalSquared: 0, sumScoreTotal: 0 };
}

/** What the attempts in a snapshot add to the totals and tallies: the one statement of what counts. */
function contributionsOf({ attempts, responses }: Snapshot): Contributions {
  const result: Contributions = { totals: new Map(), answers: new Map(), questions: new Map() };
  const byAttempt = new Map<string, ResponseFacts[]>();
  for (const response of responses) {
    const list = byAttempt.get(response.attemptId);
    if (list) list.push(response);
    else byAttempt.set(response.attemptId, [response]);
  }
  for (const attempt of attempts) {
    const answered = byAttempt.get(attempt.id) ?? [];
    const totals = emptyTotals();
    for (const response of answered) {
      totals.answeredCount += 1;
      if (response.score === null) {
        totals.pendingMax += response.maxScore;
        continue;
      }
      totals.scoredCount += 1;
      totals.points += response.score;
      totals.scoredMax += response.maxScore;
      if (response.confidence === SURE && response.score < response.maxScore * 0.5) totals.confidentWrongCount += 1;
    }
    result.totals.set(attempt.id, totals);
    if (!attempt.counted || attempt.assignmentId === null) continue;
    const assignmentId = attempt.assignmentId;
    const writtenIds = attempt.writtenIds;
    for (const response of answered) {
      const answer = writtenIds.has(response.questionId) ? "" : response.answer;
      const key = `${assignmentId}\u0000${response.questionId}\u0000${answer}`;
      const tally = result.answers.get(key) ?? { key: { assignmentId, questionId: response.questionId, answer }, values: emptyCounts() };
      const counts = tally.values;
      counts.count += 1;
      if (response.score !== null) {
        counts.scored += 1;
        counts.points += response.score;
        counts.scoredMax += response.maxScore;
        if (response.score >= response.maxScore) counts.fullCredit += 1;
      }
      result.answers.set(key, tally);
      if (!attempt.finished || response.score === null || response.maxScore <= 0) continue;
      const x = response.score;
      const total = totals.points;
      const questionKey = `${assignmentId}\u0000${response.questionId}`;
      const entry = result.questions.get(questionKey) ?? { key: { assignmentId, questionId: response.questionId }, values: emptySums() };
      const sums = entry.values;
      sums.n += 1;
      sums.sumScore += x;
      sums.sumScoreSquared += x * x;
      sums.sumTotal += total;
      sums.sumTotalSquared += total * total;
      sums.sumScoreTotal += x * total;
      result.questions.set(questionKey, entry);
    }
  }
  return result;
}

/** after − before, field by field; null when nothing changed. */
function difference<T extends Record<string, number>>(after: T | undefined, before: T | undefined, zero: T): T | null {
  const delta = { ...zero };
  let changed = false;
  for (const field of Object.keys(zero) as (keyof T)[]) {
    const value = (after?.[field] ?? 0) - (before?.[field] ?? 0);
    (delta[field] as number) = value;
    if (value !== 0) changed = true;
  }
  return changed ? delta : null;
}

type TallyTable = "AnswerTally" | "QuestionTally";
type TallyEntries = Map<string, { key: Record<string, string>; values: Record<string, number> }>;

const quoted = (name: string) => Prisma.raw(`"${name}"`);

/** Adds `delta` to a tally row, creating it when missing (the same upsert in SQLite and PostgreSQL). Names are ours, never input. */
async function addToTally(tx: Tx, table: TallyTable, key: Record<string, string>, delta: Record<string, number>): Promise<void> {
  const keyColumns = Object.keys(key);
  const valueColumns = Object.keys(delta);
  await tx.$executeRaw`
    INSERT INTO ${quoted(table)} (${Prisma.join([...keyColumns, ...valueColumns].map(quoted))})
    VALUES (${Prisma.join([...Object.values(key), ...Object.values(delta)])})
    ON CONFLICT (${Prisma.join(keyColumns.map(quoted))}) DO UPDATE SET
    ${Prisma.join(valueColumns.map((column) => Prisma.sql`${quoted(column)} = ${quoted(table)}.${quoted(column)} + excluded.${quoted(column)}`))}`;
}

async function applyTallyDifference(tx: Tx, table: TallyTable, before: TallyEntries, after: TallyEntries, zero: Record<string, number>) {
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const delta = difference(after.get(id)?.values, before.get(id)?.values, zero);
    if (delta) await addToTally(tx, table, (after.get(id) ?? before.get(id))!.key, delta);
  }
}

async function applyDifference(tx: Tx, before: Contributions, after: Contributions): Promise<void> {
  for (const [attemptId, totals] of after.totals) {
    if (difference(totals, before.totals.get(attemptId), emptyTotals())) {
      await tx.attempt.update({ where: { id: attemptId }, data: totals });
    }
  }
  await applyTallyDifference(tx, "AnswerTally", before.answers, after.answers, emptyCounts());
  await applyTallyDifference(tx, "QuestionTally", before.questions, after.questions, emptySums());
}

/**
 * The path every answer of a class takes: one new answer in an attempt not
 * yet submitted. Until an attempt is submitted its contribution is a plain
 * sum over its answers, so the answer's own contribution is the change: its
 * answer tally moves by one, and the returned increments are for the
 * caller's own update of the attempt row. Nothing else is re-read. Returns
 * null when the attempt was submitted meanwhile (the answer must not count).
 */
export async function tallyNewAnswer(tx: Tx, response: ResponseFacts): Promise<Prisma.AttemptUpdateManyMutationInput | null> {
  const attempts = await attemptFacts(tx, [response.attemptId]);
  if (attempts.length !== 1 || attempts[0]!.finished) return null;
  const added = contributionsOf({ attempts, responses: [response] });
  await applyTallyDifference(tx, "AnswerTally", new Map(), added.answers, emptyCounts());
  const totals = added.totals.get(response.attemptId)!;
  return Object.fromEntries(Object.entries(totals).map(([field, value]) => [field, { increment: value }]));
}

type AttemptIds = string[] | ((tx: Tx) => Promise<string[]>);

/**
 * Runs `change` in a transaction and keeps the totals and tallies of the
 * attempts it may touch in step with it. `attemptIds` names them, or finds
 * them inside the transaction (before the change).
 */
export async function withTallies<T>(attemptIds: AttemptIds, change: (tx: Tx) => Promise<T>, database: Database = db): Promise<T> {
  // A class submitting at once queues for SQLite's single writer: wait for a turn rather than fail.
  return database.$transaction((tx) => keepTallies(tx, attemptIds, () => change(tx)), { maxWait: 15_000, timeout: 15_000 });
}

/** withTallies inside a transaction already open (one that makes other changes too). */
export async function keepTallies<T>(tx: Tx, attemptIds: AttemptIds, change: () => Promise<T>): Promise<T> {
  const ids = typeof attemptIds === "function" ? await attemptIds(tx) : attemptIds;
  const before = contributionsOf(await snapshot(tx, ids));
  const result = await change();
  await applyDifference(tx, before, contributionsOf(await snapshot(tx, ids)));
  return result;
}

/** Recomputes an assignment's totals and tallies from its responses. */
export async function rebuildTallies(assignmentId: string, database: Database = db): Promise<void> {
  await database.$transaction(
    async (tx) => {
      await tx.answerTally.deleteMany({ where: { assignmentId } });
      await tx.questionTally.deleteMany({ where: { assignmentId } });
      const ids = (await tx.attempt.findMany({ where: { assignmentId }, select: { id: true } })).map((a) => a.id);
      for (let start = 0; start < ids.length; start += 500) {
        const batch = ids.slice(start, start + 500);
        const contributions = contributionsOf(await snapshot(tx, batch));
        for (const [attemptId, totals] of contributions.totals) await tx.attempt.update({ where: { id: attemptId }, data: totals });
        await applyTallyDifference(tx, "AnswerTally", new Map(), contributions.answers, emptyCounts());
        await applyTallyDifference(tx, "QuestionTally", new Map(), contributions.questions, emptySums());
      }
    },
    { maxWait: 15_000, timeout: 600_000 },
  );
}

/** Adds each entry of `from` into `into` (tallies of different attempts add up). */
function addEntries(into: TallyEntries, from: TallyEntries): void {
  for (const [id, entry] of from) {
    const kept = into.get(id);
    if (!kept) into.set(id, { key: entry.key, values: { ...entry.values } });
    else for (const [field, value] of Object.entries(entry.values)) kept.values[field] = (kept.values[field] ?? 0) + value;
  }
}

/** What an assignment's totals and tallies should hold, recounted from its responses; nothing is written. */
export async function recountTallies(assignmentId: string, database: Database = db): Promise<Contributions> {
  // One transaction: every batch sees the same state of the responses.
  return database.$transaction(
    async (tx) => {
      const recount: Contributions = { totals: new Map(), answers: new Map(), questions: new Map() };
      const ids = (await tx.attempt.findMany({ where: { assignmentId }, select: { id: true } })).map((a) => a.id);
      for (let start = 0; start < ids.length; start += 500) {
        const batch = contributionsOf(await snapshot(tx, ids.slice(start, start + 500)));
        for (const [attemptId, totals] of batch.totals) recount.totals.set(attemptId, totals);
        addEntries(recount.answers, batch.answers);
        addEntries(recount.questions, batch.questions);
      }
      return recount;
    },
    { maxWait: 15_000, timeout: 600_000 },
  );
}

/** Visible time of every attempt, summed again from its reading events. */
async function recountVisibleTime(database: Database): Promise<void> {
  await database.$executeRaw`
    UPDATE "Attempt" SET "visibleMs" = (SELECT COALESCE(SUM(e."visibleMs"), 0) FROM "ReadingEvent" e WHERE e."attemptId" = "Attempt"."id")`;
}

/** rebuildTallies for every assignment, and visible time for every attempt. */
export async function rebuildAllTallies(database: Database = db): Promise<number> {
  const assignments = await database.assignment.findMany({ select: { id: true } });
  for (const { id } of assignments) await rebuildTallies(id, database);
  await recountVisibleTime(database);
  return assignments.length;
}

/**
 * The report tallies' first count of the work stored before they existed
 * (migration 20261129082949_report_tallies adds them empty), one assignment
 * at a time so that an upgrade stopped half-way resumes (lib/db/maintenance.ts).
 */
export const COUNT_EXISTING_WORK_STEP: MaintenanceStepDefinition = {
  name: "report-tallies-first-count",
  description: "Counting stored work into the report tallies",
  itemsAfter: async (database, cursor) =>
    (
      await database.assignment.findMany({
        where: cursor === null ? {} : { id: { gt: cursor } },
        select: { id: true },
        orderBy: { id: "asc" },
      })
    ).map((assignment) => assignment.id),
  doItem: (database, id) => rebuildTallies(id, database),
  finish: recountVisibleTime,
};
