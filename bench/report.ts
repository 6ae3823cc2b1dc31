/**
 * npm run bench:report
 *
 * Seeds a throwaway SQLite database with one class of 10,000 students who
 * answered a 50-question reading (500,000 responses, plus time-on-task
 * events and a second class as noise), counts the write-time tallies once
 * (rebuildAllTallies, as an upgrade does), then times the assignment
 * report's data functions (getAssignmentReport + getItemAnalysis, as the
 * report page calls them) and the same statements run as bare SQL through
 * better-sqlite3, the floor to compare with. Prints one JSON line:
 * {"scenario":"report","students":10000,"responses":500000,"p50_ms":..,"p95_ms":..,"sql_only_ms":..}
 * Progress goes to stderr. Figures: docs/performance.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { register } from "node:module";
import { performance } from "node:perf_hooks";
import Sqlite from "better-sqlite3";
import { applyPendingMigrations } from "../lib/db/engine";
import { NOISE_STUDENTS, QUESTIONS, STUDENTS, seedLargeClass, writeBenchReading } from "./support/large-class";

const WARMUP_RUNS = 3;
const RUNS = 20;

// The data functions are server-only modules; outside Next.js "server-only" would throw.
register(
  `data:text/javascript,${encodeURIComponent(
    'export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }',
  )}`,
);

const log = (message: string) => process.stderr.write(`${message}\n`);


function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-bench-"));
  try {
    const file = path.join(dir, "bench.db");
    const url = `file:${file}`;
    const contentDir = path.join(dir, "content");
    const questions = writeBenchReading(contentDir);
    await applyPendingMigrations(url);
    let started = performance.now();
    const seeded = seedLargeClass(file, questions);
    const responses = seeded - NOISE_STUDENTS * QUESTIONS;
    log(`seeded ${STUDENTS} students, ${responses} responses in the benchmarked class (+ a noise class) in ${round(performance.now() - started)} ms`);

    process.env.DATABASE_URL = url;
    process.env.CONTENT_DIR = contentDir;
    const { getAssignmentReport } = await import("../lib/analytics/assignment-report");
    const { getItemAnalysis, answerGroupsQuery, discriminationSumsQuery } = await import("../lib/analytics/item-analysis");
    const { studentProgressQuery } = await import("../lib/analytics/student-progress");
    const { db } = await import("../lib/db/client");
    const { rebuildAllTallies } = await import("../lib/tallied/tallies");
    // The rows went in as raw SQL; the app keeps its tallies as answers arrive, here they are counted once, as after an upgrade.
    started = performance.now();
    await rebuildAllTallies(db);
    log(`counted the write-time tallies (as \`npm run db:migrate\` does after the upgrade that adds them) in ${round(performance.now() - started)} ms`);
    const teacher = { id: "teacher", role: "teacher" as const, displayName: "Bench Teacher" };

    const timeReport = async () => {
      const start = performance.now();
      const [report, items] = await Promise.all([
        getAssignmentReport(teacher, "bench-assignment", { sort: "score", direction: "desc" }),
        getItemAnalysis(teacher, "bench-assignment"),
      ]);
      const elapsed = performance.now() - start;
      if (report.summary.enrolled !== STUDENTS || items.questions.length !== QUESTIONS) throw new Error("unexpected report");
      return elapsed;
    };

    const { possiblePoints } = await getAssignmentReport(teacher, "bench-assignment");
    const statements = [
      studentProgressQuery("bench-assignment", "bench-class", {
        sort: "score",
        direction: "desc",
        limit: 100,
        offset: 0,
        possibleAll: possiblePoints,
        closed: false,
      }),
      answerGroupsQuery("bench-assignment"),
      discriminationSumsQuery("bench-assignment"),
    ];
    const bare = new Sqlite(file, { readonly: true });
    const prepared = statements.map((statement) => ({ query: bare.prepare(statement.sql), values: statement.values as unknown[] }));
    const timeSql = () => {
      const start = performance.now();
      for (const { query, values } of prepared) query.all(...values);
      return performance.now() - start;
    };

    for (let i = 0; i < WARMUP_RUNS; i++) {
      await timeReport();
      timeSql();
    }
    started = performance.now();
    const reportRuns: number[] = [];
    const sqlRuns: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      reportRuns.push(await timeReport());
      sqlRuns.push(timeSql());
    }
    log(`${RUNS} timed runs of each in ${round(performance.now() - started)} ms; load average ${os.loadavg().map((n) => n.toFixed(1)).join(" ")} on ${os.cpus().length} CPUs`);
    reportRuns.sort((a, b) => a - b);
    sqlRuns.sort((a, b) => a - b);
    bare.close();
    await db.$disconnect();
    console.log(
      JSON.stringify({
        scenario: "report",
        students: STUDENTS,
        responses,
        p50_ms: round(percentile(reportRuns, 50)),
        p95_ms: round(percentile(reportRuns, 95)),
        sql_only_ms: round(percentile(sqlRuns, 50)),
      }),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
