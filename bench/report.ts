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

const STUDENTS = 10_000;
const QUESTIONS = 50;
const CHUNKS = 8;
const NOISE_STUDENTS = 1_000;
const WARMUP_RUNS = 3;
const RUNS = 20;
const SLUG = "bench-reading";

// The data functions are server-only modules; outside Next.js "server-only" would throw.
register(
  `data:text/javascript,${encodeURIComponent(
    'export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }',
  )}`,
);

const log = (message: string) => process.stderr.write(`${message}\n`);

/** mulberry32: a small seeded generator, so every run seeds the same data. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type BenchQuestion = { id: string; chunkId: string; type: string; maxScore: number; json: Record<string, unknown> };

function benchContent(dir: string): BenchQuestion[] {
  const folder = path.join(dir, SLUG);
  fs.mkdirSync(folder, { recursive: true });
  const paragraphs = Array.from({ length: CHUNKS * 2 }, (_, i) => ({
    id: `p${String(i + 1).padStart(2, "0")}`,
    sentences: [`Sentence one of paragraph ${i + 1}.`, `Sentence two of paragraph ${i + 1}.`, `Sentence three of paragraph ${i + 1}.`],
  }));
  const chunks = Array.from({ length: CHUNKS }, (_, i) => ({
    id: `c${i + 1}`,
    title: `Part ${i + 1}`,
    readFor: "what happens",
    paragraphIds: [paragraphs[2 * i]!.id, paragraphs[2 * i + 1]!.id],
  }));
  const reading = {
    slug: SLUG,
    title: "Benchmark reading",
    author: "Bench",
    publication: "Bench",
    publishedOn: "2020-01-01",
    sourceUrl: "https://example.org/bench",
    readingMinutes: 1,
    attribution: "Generated for the benchmark.",
    classroomNote: "Benchmark only.",
    published: false,
    paragraphs,
    chunks,
    glossary: [],
    contextNotes: [],
  };
  const skills = ["literal", "inference", "claim", "evidence", "counterargument", "perspective", "context", "vocabulary"];
  const types = ["single_choice", "multiple_select", "true_false", "ordering", "matching", "evidence", "single_choice", "short_answer"];
  const options = ["a", "b", "c", "d"].map((id) => ({ id, text: `Option ${id}`, feedback: `Why ${id} is ${id === "a" ? "right" : "wrong"}.` }));
  const questions: BenchQuestion[] = Array.from({ length: QUESTIONS }, (_, i) => {
    const chunk = chunks[i % CHUNKS]!;
    const type = types[i % types.length]!;
    const common = {
      id: `q${String(i + 1).padStart(2, "0")}`,
      chunkId: chunk.id,
      skill: skills[i % skills.length],
      difficulty: 1 + (i % 3),
      type,
      prompt: `Question ${i + 1}?`,
      explanation: "Because the text says so.",
      cites: [chunk.paragraphIds[0]],
    };
    const specific: Record<string, Record<string, unknown>> = {
      single_choice: { options, answer: "a" },
      multiple_select: { options, answer: ["a", "b"] },
      true_false: {
        statement: "A statement.",
        answer: true,
        trueFeedback: "Right.",
        falseFeedback: "Wrong.",
        why: { prompt: "Why?", options: options.slice(0, 3), answer: "a" },
      },
      ordering: { items: ["e1", "e2", "e3", "e4"].map((id) => ({ id, text: `Event ${id}` })), answer: ["e1", "e2", "e3", "e4"] },
      matching: {
        left: ["l1", "l2", "l3"].map((id) => ({ id, text: `Left ${id}` })),
        right: ["r1", "r2", "r3", "r4"].map((id) => ({ id, text: `Right ${id}` })),
        answer: { l1: "r1", l2: "r2", l3: "r3" },
      },
      evidence: { claim: "A claim.", answer: [`${chunk.paragraphIds[0]}.s2`] },
      short_answer: {
        maxWords: 100,
        rubric: {
          criteria: [
            { id: "claim", description: "States a position", points: 1 },
            { id: "evidence", description: "Cites the text", points: 2 },
          ],
          modelAnswer: "A model answer.",
        },
      },
    };
    const json = { ...common, ...specific[type] };
    return { id: common.id, chunkId: chunk.id, type, maxScore: type === "short_answer" ? 3 : 1, json };
  });
  fs.writeFileSync(path.join(folder, "reading.json"), JSON.stringify(reading));
  fs.writeFileSync(path.join(folder, "questions.json"), JSON.stringify({ questions: questions.map((q) => q.json) }));
  return questions;
}

/** An answer and its score for a student of ability `ability` (0..1). */
function answerFor(question: BenchQuestion, ability: number, next: () => number): { answer: string; score: number | null } {
  const right = next() < 0.25 + 0.7 * ability;
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  switch (question.type) {
    case "single_choice":
      return right ? { answer: '{"optionId":"a"}', score: 1 } : { answer: `{"optionId":"${pick(["b", "c", "d"])}"}`, score: 0 };
    case "multiple_select":
      return right
        ? { answer: '{"optionIds":["a","b"]}', score: 1 }
        : pick([
            { answer: '{"optionIds":["a"]}', score: 0.5 },
            { answer: '{"optionIds":["a","c"]}', score: 0.5 },
            { answer: '{"optionIds":["c","d"]}', score: 0 },
          ]);
    case "true_false":
      return right
        ? { answer: '{"value":true,"whyOptionId":"a"}', score: 1 }
        : pick([
            { answer: '{"value":true,"whyOptionId":"b"}', score: 0.5 },
            { answer: '{"value":false,"whyOptionId":"c"}', score: 0 },
          ]);
    case "ordering":
      return right
        ? { answer: '{"itemIds":["e1","e2","e3","e4"]}', score: 1 }
        : pick([
            { answer: '{"itemIds":["e2","e1","e3","e4"]}', score: 5 / 6 },
            { answer: '{"itemIds":["e1","e3","e2","e4"]}', score: 5 / 6 },
            { answer: '{"itemIds":["e4","e3","e2","e1"]}', score: 0 },
          ]);
    case "matching":
      return right
        ? { answer: '{"pairs":{"l1":"r1","l2":"r2","l3":"r3"}}', score: 1 }
        : pick([
            { answer: '{"pairs":{"l1":"r2","l2":"r1","l3":"r3"}}', score: 1 / 3 },
            { answer: '{"pairs":{"l1":"r1","l2":"r4","l3":"r3"}}', score: 2 / 3 },
          ]);
    case "evidence": {
      const chunkNumber = Number(question.chunkId.slice(1));
      const first = `p${String(2 * chunkNumber - 1).padStart(2, "0")}`;
      return right
        ? { answer: `{"sentenceIds":["${first}.s2"]}`, score: 1 }
        : { answer: `{"sentenceIds":["${first}.s${pick([1, 3])}"]}`, score: 0 };
    }
    default: {
      // Written answers: two thirds graded by the teacher, the rest awaiting review.
      const graded = next() < 2 / 3;
      return { answer: `{"text":"My answer ${Math.floor(next() * 1e6)}"}`, score: graded ? Math.round(ability * 3) : null };
    }
  }
}

function seed(file: string, questions: BenchQuestion[]) {
  const sqlite = new Sqlite(file);
  sqlite.pragma("journal_mode = WAL");
  const now = new Date().toISOString().replace("Z", "+00:00");
  const insertUser = sqlite.prepare(
    `INSERT INTO "User" ("id","role","email","username","displayName","createdAt","updatedAt") VALUES (?,?,?,?,?,?,?)`,
  );
  const insertClass = sqlite.prepare(
    `INSERT INTO "Classroom" ("id","teacherId","name","joinCode","createdAt","updatedAt") VALUES (?,?,?,?,?,?)`,
  );
  const insertEnrollment = sqlite.prepare(`INSERT INTO "Enrollment" ("id","classroomId","studentId","status","createdAt") VALUES (?,?,?,?,?)`);
  const insertAssignment = sqlite.prepare(
    `INSERT INTO "Assignment" ("id","classroomId","readingSlug","dueAt","createdAt","updatedAt") VALUES (?,?,?,?,?,?)`,
  );
  const insertAttempt = sqlite.prepare(
    `INSERT INTO "Attempt" ("id","userId","assignmentId","readingSlug","contentVersion","number","currentChunkId","startedAt","lastActiveAt","submittedAt","late")
     VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const insertResponse = sqlite.prepare(
    `INSERT INTO "Response" ("id","attemptId","questionId","chunkId","contentVersion","answer","status","score","maxScore","confidence","submittedAt","createdAt","updatedAt")
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const insertEvent = sqlite.prepare(
    `INSERT INTO "ReadingEvent" ("id","userId","attemptId","readingSlug","chunkId","visibleMs","occurredAt") VALUES (?,?,?,?,?,?,?)`,
  );
  const next = random(42);
  let responses = 0;

  const classWith = (classId: string, assignmentId: string, students: number, prefix: string) => {
    insertClass.run(classId, "teacher", `Class ${classId}`, `JOIN${classId}`, now, now);
    insertAssignment.run(assignmentId, classId, SLUG, now, now, now);
    for (let s = 0; s < students; s++) {
      const studentId = `${prefix}${s}`;
      insertUser.run(studentId, "student", null, studentId, `Student ${prefix}${String(s).padStart(5, "0")}`, now, now);
      insertEnrollment.run(`e-${studentId}`, classId, studentId, "active", now);
      const ability = next();
      // Everyone has answered every question; one in ten has yet to press "submit".
      const finished = next() < 0.9;
      const answered = QUESTIONS;
      const attemptId = `a-${studentId}`;
      const chunk = questions[Math.max(0, answered - 1)]!.chunkId;
      insertAttempt.run(attemptId, studentId, assignmentId, SLUG, "bench", 1, chunk, now, now, finished ? now : null, finished && next() < 0.1 ? 1 : 0);
      for (let q = 0; q < answered; q++) {
        const question = questions[q]!;
        const { answer, score } = answerFor(question, ability, next);
        const status = question.type === "short_answer" && score !== null ? "graded" : "submitted";
        const confidence = 1 + Math.floor(next() * 3);
        insertResponse.run(`r-${studentId}-${q}`, attemptId, question.id, question.chunkId, "bench", answer, status, score, question.maxScore, confidence, now, now, now);
        responses++;
      }
      for (let c = 1; c <= CHUNKS; c++) {
        insertEvent.run(`ev-${studentId}-${c}`, studentId, attemptId, SLUG, `c${c}`, 30_000 + Math.floor(next() * 240_000), now);
      }
    }
  };

  sqlite.transaction(() => {
    insertUser.run("teacher", "teacher", "bench@example.org", null, "Bench Teacher", now, now);
    classWith("bench-class", "bench-assignment", STUDENTS, "s");
    classWith("noise-class", "noise-assignment", NOISE_STUDENTS, "n");
  })();
  sqlite.pragma("optimize");
  sqlite.close();
  return responses;
}

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
    const questions = benchContent(contentDir);
    await applyPendingMigrations(url);
    let started = performance.now();
    const seeded = seed(file, questions);
    const responses = seeded - NOISE_STUDENTS * QUESTIONS;
    log(`seeded ${STUDENTS} students, ${responses} responses in the benchmarked class (+ a noise class) in ${round(performance.now() - started)} ms`);

    process.env.DATABASE_URL = url;
    process.env.CONTENT_DIR = contentDir;
    const { getAssignmentReport } = await import("../lib/analytics/assignment-report");
    const { getItemAnalysis, answerGroupsQuery, discriminationSumsQuery } = await import("../lib/analytics/item-analysis");
    const { studentProgressQuery } = await import("../lib/analytics/student-progress");
    const { db } = await import("../lib/db/client");
    const { rebuildAllTallies } = await import("../lib/analytics/tallies");
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
