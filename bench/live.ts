/**
 * npm run bench:live [-- --students 200 --parts 3 --concurrency 50 --instances 1 --port 3210 --no-build]
 *
 * With DATABASE_URL set, the lesson runs on that database instead of a
 * throwaway SQLite file; with --instances N (PostgreSQL), N servers share it,
 * the teacher uses the first and the students' streams are on the others, so
 * every release crosses instances (set CLOSEREAD_LIVE_NOTIFY=off to measure
 * the polling fallback instead of LISTEN/NOTIFY).
 *
 * A live lesson for a class. Starts a production server as the other
 * benches do (bench/support/server.ts), signs the teacher and every student
 * in through the real credentials path, opens each student's attempt, then
 * each student's event stream (a real SSE connection per student). The
 * teacher starts the lesson and, for `parts` parts, opens the questions,
 * the students answer them through the answer endpoint (at most
 * `concurrency` in flight), the teacher shows the answers and releases the
 * next part. A release is timed from the teacher's request to each
 * student's stream receiving that event. Afterwards the answers are counted
 * in the database. Prints one JSON line:
 * {"scenario":"live","students":200,"release_p50_ms":..,"release_p95_ms":..,"acknowledged":..,"stored":..,"lost":0,"connections":..,"rss_per_connection_kb":..}
 * Progress goes to stderr. Figures: docs/performance.md.
 */
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { Answer } from "../lib/scoring/answers";
import type { LiveState } from "../lib/live/state";
import {
  BENCH_PASSWORD,
  BENCH_SLUG,
  createClass,
  ensureBuild,
  freePort,
  openLiveStream,
  percentile,
  pool,
  round,
  Semaphore,
  shownKeys,
  signIn,
  startAttempt,
  startServer,
  throwawayDatabase,
  type CookieJar,
  type Server,
} from "./support/server";

const { values: options } = parseArgs({
  options: {
    students: { type: "string", default: "200" },
    parts: { type: "string", default: "3" },
    concurrency: { type: "string", default: "50" },
    instances: { type: "string", default: "1" },
    /** The servers' ports are the first free ones from here, within 20. */
    port: { type: "string", default: "3210" },
    "no-build": { type: "boolean", default: false },
  },
});
const STUDENTS = Number(options.students);
const PARTS = Number(options.parts);
const CONCURRENCY = Number(options.concurrency);
const INSTANCES = Number(options.instances);
if (!Number.isInteger(INSTANCES) || INSTANCES < 1 || INSTANCES > 8) throw new Error("--instances must be 1..8");
if (!Number.isInteger(STUDENTS) || STUDENTS < 1 || STUDENTS > 2_000) throw new Error("--students must be 1..2000");
if (!Number.isInteger(PARTS) || PARTS < 1) throw new Error("--parts must be at least 1");
const SIGN_IN_CONCURRENCY = 8;
const log = (message: string) => process.stderr.write(`${message}\n`);

await ensureBuild(options["no-build"]);
const database = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, remove: () => {} } : await throwawayDatabase();
process.env.DATABASE_URL = database.url;
const { createDatabase } = await import("../lib/db/client");
const { getQuestions, getReading } = await import("../lib/content/load");
const benchReading = (await getReading(BENCH_SLUG))!;
const questions = getQuestions(benchReading);
const chunks = benchReading.chunks;
const parts = Math.min(PARTS, chunks.length);

const fixtures = createDatabase(database.url);
log(`creating ${STUDENTS} students …`);
const benchClass = await createClass(fixtures, STUDENTS);
if (INSTANCES > 1 && !/^postgres/i.test(database.url)) throw new Error("--instances above 1 needs a PostgreSQL DATABASE_URL");
const secret = randomBytes(32).toString("base64");
const servers: Server[] = [];
const FIRST_PORT = Number(options.port);
for (let i = 0; i < INSTANCES; i++) servers.push(await startServer(database.url, await freePort((servers.at(-1)?.port ?? FIRST_PORT - 1) + 1, FIRST_PORT + 20), secret));
const server = servers[0]!;
/** Where the students are: the other instances when there are several, so that each release crosses instances. */
const studentServer = (index: number) => (INSTANCES === 1 ? server : servers[1 + (index % (INSTANCES - 1))]!);
log(`servers on ${servers.map((each) => each.base).join(", ")}`);

/** The servers' resident memory (their process groups'), in kB. */
function serverRssKb(): number {
  const groups = new Set(servers.map((each) => each.process.pid));
  let total = 0;
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (!groups.has(Number(fields[2]))) continue; // process group id
      total += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      /* gone meanwhile */
    }
  }
  return total;
}

type Student = { base: string; jar: CookieJar; attemptId: string; keys: Map<string, Answer>; received: Map<number, number> };

try {
  log("signing in and starting attempts …");
  const teacher = await signIn(server.base, benchClass.teacherEmail, BENCH_PASSWORD);
  const students: Student[] = [];
  await pool(benchClass.usernames, SIGN_IN_CONCURRENCY, async (username, index) => {
    const { base } = studentServer(index);
    const jar = await signIn(base, username);
    const attemptId = await startAttempt(base, jar, benchClass.assignmentId);
    students.push({ base, jar, attemptId, keys: await shownKeys(fixtures, attemptId, questions), received: new Map() });
  });

  const json = { "content-type": "application/json" };
  const teacherPost = async (path: string, body: unknown): Promise<LiveState> => {
    const response = await fetch(`${server.base}${path}`, { method: "POST", headers: { ...json, cookie: teacher.header() }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { state: LiveState }).state;
  };
  const started = await teacherPost(`/api/live/assignments/${benchClass.assignmentId}/session`, {});
  const sessionId = started.sessionId;

  const rssBefore = serverRssKb();
  log(`opening ${students.length} event streams …`);
  const abort = new AbortController();
  const streams = await Promise.all(
    students.map((student) => openLiveStream(student.base, student.jar, sessionId, started.seq, abort.signal, (seq) => student.received.set(seq, performance.now()))),
  );
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let the connections settle before reading memory
  const connections = students.length;
  const rssPerConnection = (serverRssKb() - rssBefore) / connections;

  const releaseLatencies: number[] = [];
  let missed = 0;
  /** Sends a command and waits until every stream has it (or 30 s), recording each student's delay. */
  const release = async (command: unknown) => {
    const sent = performance.now();
    const state = await teacherPost(`/api/live/sessions/${sessionId}/commands`, command);
    const deadline = Date.now() + 30_000;
    while (students.some((student) => !student.received.has(state.seq)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    for (const student of students) {
      const at = student.received.get(state.seq);
      if (at === undefined) missed++;
      else releaseLatencies.push(at - sent);
    }
    return state;
  };

  const inFlight = new Semaphore(CONCURRENCY);
  let acknowledged = 0;
  const answerFailures = new Map<string, number>();
  for (let part = 0; part < parts; part++) {
    if (part > 0) await release({ command: "next-chunk" });
    await release({ command: "show-questions" });
    const partQuestions = questions.filter((question) => question.stage === "chunk" && question.chunkId === chunks[part]!.id);
    log(`part ${part + 1}: ${students.length} students answer ${partQuestions.length} questions …`);
    await Promise.all(
      students.flatMap((student) =>
        partQuestions.map((question) =>
          inFlight.run(async () => {
            let status = 0;
            try {
              const response = await fetch(`${student.base}/api/attempts/${student.attemptId}/responses`, {
                method: "POST",
                headers: { ...json, cookie: student.jar.header() },
                body: JSON.stringify({ questionId: question.id, answer: student.keys.get(question.id), confidence: 2, idempotencyKey: randomUUID() }),
              });
              await response.arrayBuffer();
              status = response.status;
            } catch {
              status = 0; // the connection failed: not acknowledged, so not counted as lost either
            }
            if (status >= 200 && status < 300) acknowledged++;
            else answerFailures.set(String(status), (answerFailures.get(String(status)) ?? 0) + 1);
          }),
        ),
      ),
    );
    await release({ command: "reveal", revealed: true });
  }
  await release({ command: "end" });
  abort.abort();
  await Promise.allSettled(streams.map((stream) => stream.done));
  if (answerFailures.size > 0) log(`answers refused: ${JSON.stringify(Object.fromEntries(answerFailures))}`);
  if (missed > 0) log(`events not received within 30 s: ${missed}`);

  const stored = await fixtures.response.count({ where: { attemptId: { in: students.map((student) => student.attemptId) }, status: { not: "draft" } } });
  const sorted = releaseLatencies.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      scenario: "live",
      students: students.length,
      instances: INSTANCES,
      release_p50_ms: round(percentile(sorted, 50)),
      release_p95_ms: round(percentile(sorted, 95)),
      releases_missed: missed,
      acknowledged,
      stored,
      lost: acknowledged - stored,
      connections,
      rss_per_connection_kb: round(rssPerConnection),
    }),
  );
} finally {
  for (const each of servers) await each.stop();
  await fixtures.$disconnect();
  database.remove();
}
