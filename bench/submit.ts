/**
 * npm run bench:submit [-- --students 200 --concurrency 50 --no-build --target http://127.0.0.1:8080]
 *
 * With DATABASE_URL set, the class is made in that database (SQLite or
 * PostgreSQL) instead of a throwaway SQLite file; with --target, the
 * requests go to the server already running there on that database (such as
 * `npm run cluster`'s balancer) instead of one started here.
 *
 * A class submitting at once. Builds the app into its own dist dir
 * (.next-bench, skipped when that build is newer than the sources, or with
 * --no-build), starts closeread's server (server.ts) on 127.0.0.1 on a free port against a
 * throwaway SQLite database, and makes a class of N students with an
 * assignment of the essay (all chunks open, immediate feedback) directly in
 * the database. Each student signs in through next-auth's credentials path
 * and opens the first chunk (which starts the attempt), then all of them
 * answer every question (written answers as text) and submit the reading,
 * concurrently, through the real endpoints, with at most `concurrency`
 * requests in flight. Afterwards the stored answers are counted in the
 * database. Then the same students send the same number of answer bodies,
 * just as hard, to the signed-in no-op route (/api/noop/signed-in: cookie,
 * user read, body and zod, reply; nothing stored), the ceiling of a
 * signed-in JSON request on this server, and finally the bare no-op route
 * (/api/noop). Prints one JSON line:
 * {"scenario":"submit","students":200,"acknowledged":..,"stored":..,"lost":0,"errors":..,"p50_ms":..,"p95_ms":..,"rps":..,"noop_rps":..,"ratio":..,
 *  "signed_in_noop_rps":..,"signed_in_noop_p95_ms":..,"ratio_signed_in":..,"load_average":[1,5,15]}
 * (errors: non-2xx answers, submits and signed-in no-ops).
 * Progress goes to stderr. Figures: docs/performance.md.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import os from "node:os";
import { parseArgs } from "node:util";
import type { Answer } from "../lib/scoring/answers";
import {
  BENCH_SLUG,
  createClass,
  ensureBuild,
  freePort,
  percentile,
  pool,
  round,
  Semaphore,
  signIn,
  shownKeys,
  startAttempt,
  startServer,
  throwawayDatabase,
  type CookieJar,
} from "./support/server";

const { values: options } = parseArgs({
  options: {
    students: { type: "string", default: "200" },
    concurrency: { type: "string", default: "50" },
    "no-build": { type: "boolean", default: false },
    target: { type: "string" },
  },
});
const STUDENTS = Number(options.students);
const CONCURRENCY = Number(options.concurrency);
if (!Number.isInteger(STUDENTS) || STUDENTS < 1 || STUDENTS > 5_000) throw new Error("--students must be 1..5000");
if (!Number.isInteger(CONCURRENCY) || CONCURRENCY < 1 || CONCURRENCY > 500) throw new Error("--concurrency must be 1..500");
// Argon2 verification is CPU-bound on purpose; signing everyone in at once only measures that.
const SIGN_IN_CONCURRENCY = 8;

const log = (message: string) => process.stderr.write(`${message}\n`);

const TARGET = options.target?.replace(/\/$/, "");
if (TARGET && !process.env.DATABASE_URL) throw new Error("--target needs DATABASE_URL: the database that server runs on (the class is made there, the answers counted there)");
if (!TARGET) await ensureBuild(options["no-build"]);
const ownDatabase = process.env.DATABASE_URL;
// The class stays in a database of one's own (under its own names): say which one.
if (ownDatabase) log(`making the class in ${ownDatabase.replace(/\/\/[^@/]*@/, "//…@")}`);
const database = ownDatabase ? { url: ownDatabase, remove: () => {} } : await throwawayDatabase();
process.env.DATABASE_URL = database.url;
const { createDatabase } = await import("../lib/db/client");
const { getQuestions, getReading } = await import("../lib/content/load");
const benchReading = await getReading(BENCH_SLUG);
const questions = benchReading && getQuestions(benchReading);
if (!questions) throw new Error(`the reading ${BENCH_SLUG} is not installed`);

const fixtures = createDatabase(database.url);
log(`creating ${STUDENTS} students …`);
// A database of one's own may hold an earlier run's class: each run's names are its own.
const benchClass = await createClass(fixtures, STUDENTS, `bench-${randomBytes(3).toString("hex")}`);
const server = TARGET ? { base: TARGET, stop: async () => {} } : await startServer(database.url, await freePort(), randomBytes(32).toString("base64"));
log(`server on ${server.base}`);

try {
  log("signing in and starting attempts …");
  const students: { jar: CookieJar; attemptId: string; keys: Map<string, Answer> }[] = [];
  await pool(benchClass.usernames, SIGN_IN_CONCURRENCY, async (username) => {
    const jar = await signIn(server.base, username);
    const attemptId = await startAttempt(server.base, jar, benchClass.assignmentId);
    students.push({ jar, attemptId, keys: await shownKeys(fixtures, attemptId, questions) });
  });

  log(`submitting ${questions.length} answers and the reading for each student …`);
  const inFlight = new Semaphore(CONCURRENCY);
  /** POSTs with at most CONCURRENCY in flight, timing each request into `latencies`; non-2xx statuses counted in `failures`. */
  const poster = () => {
    const latencies: number[] = [];
    const failures = new Map<string, number>();
    const post = (url: string, jar: CookieJar, body: unknown) =>
      inFlight.run(async () => {
        const started = performance.now();
        let status = 0;
        try {
          const response = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", cookie: jar.header() },
            body: JSON.stringify(body),
          });
          await response.arrayBuffer();
          status = response.status;
        } catch {
          status = 0;
        }
        latencies.push(performance.now() - started);
        if (status < 200 || status >= 300) failures.set(String(status), (failures.get(String(status)) ?? 0) + 1);
        return status;
      });
    return { post, latencies, failures, errors: () => [...failures.values()].reduce((sum, n) => sum + n, 0) };
  };
  const answerBody = (keys: Map<string, Answer>, questionId: string) => ({
    questionId,
    answer: keys.get(questionId),
    confidence: 2,
    idempotencyKey: randomUUID(),
  });

  const answers = poster();
  let acknowledged = 0;
  const submitStarted = performance.now();
  await Promise.all(
    students.map(async ({ jar, attemptId, keys }) => {
      for (const question of questions) {
        const status = await answers.post(`${server.base}/api/attempts/${attemptId}/responses`, jar, answerBody(keys, question.id));
        if (status >= 200 && status < 300) acknowledged++;
      }
      await answers.post(`${server.base}/api/attempts/${attemptId}/submit`, jar, {});
    }),
  );
  const submitSeconds = (performance.now() - submitStarted) / 1000;
  const requests = answers.latencies.length;
  if (answers.failures.size > 0) log(`non-2xx statuses: ${JSON.stringify(Object.fromEntries(answers.failures))}`);

  const attemptIds = students.map((student) => student.attemptId);
  const stored = await fixtures.response.count({ where: { attemptId: { in: attemptIds }, status: { not: "draft" } } });
  const submittedAttempts = await fixtures.attempt.count({ where: { id: { in: attemptIds }, submittedAt: { not: null } } });
  log(`attempts submitted: ${submittedAttempts} of ${students.length}`);

  // The same students, cookies, bodies and pace, to a route that does an answer's plumbing and stores nothing.
  log(`signed-in no-op route: ${requests} requests …`);
  const signedInNoop = poster();
  const signedInStarted = performance.now();
  await Promise.all(
    students.map(async ({ jar, keys }) => {
      for (const question of questions) await signedInNoop.post(`${server.base}/api/noop/signed-in`, jar, answerBody(keys, question.id));
      await signedInNoop.post(`${server.base}/api/noop/signed-in`, jar, answerBody(keys, questions[0]!.id));
    }),
  );
  const signedInRps = requests / ((performance.now() - signedInStarted) / 1000);
  if (signedInNoop.failures.size > 0) log(`signed-in no-op non-2xx statuses: ${JSON.stringify(Object.fromEntries(signedInNoop.failures))}`);

  log(`no-op route: ${requests} requests …`);
  const noopStarted = performance.now();
  const noopLatencies: number[] = [];
  await pool(Array.from({ length: requests }), CONCURRENCY, async () => {
    const started = performance.now();
    const response = await fetch(`${server.base}/api/noop`, { method: "POST" });
    await response.arrayBuffer();
    noopLatencies.push(performance.now() - started);
  });
  const noopRps = requests / ((performance.now() - noopStarted) / 1000);
  // Not in the JSON line: the bare no-op's own latency, for reading p95 against.
  noopLatencies.sort((a, b) => a - b);
  log(`no-op route: p50 ${round(percentile(noopLatencies, 50))} ms, p95 ${round(percentile(noopLatencies, 95))} ms`);

  const sorted = answers.latencies.sort((a, b) => a - b);
  const signedInSorted = signedInNoop.latencies.sort((a, b) => a - b);
  const rps = requests / submitSeconds;
  console.log(
    JSON.stringify({
      scenario: "submit",
      students: STUDENTS,
      acknowledged,
      stored,
      lost: acknowledged - stored,
      errors: answers.errors() + signedInNoop.errors(),
      p50_ms: round(percentile(sorted, 50)),
      p95_ms: round(percentile(sorted, 95)),
      rps: round(rps),
      noop_rps: round(noopRps),
      ratio: round(rps / noopRps, 2),
      signed_in_noop_rps: round(signedInRps),
      signed_in_noop_p95_ms: round(percentile(signedInSorted, 95)),
      ratio_signed_in: round(rps / signedInRps, 2),
      load_average: os.loadavg().map((load) => round(load, 1)),
    }),
  );
} finally {
  await server.stop();
  await fixtures.$disconnect();
  database.remove();
}
