/**
 * Two instances of the production build behind nginx on one throwaway
 * PostgreSQL database, as `npm run cluster` runs them
 * (bench/support/cluster.ts): what one instance does, the other knows,
 * because everything shared lives in the database — the live lesson's
 * events (with NOTIFY between instances), sessions, rate limits, answers.
 * Slow on purpose (two servers, argon2 sign-ins, a kill); every wait is on
 * a condition with a generous deadline, for a loaded 2-core machine.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Answer } from "@/lib/scoring/answers";
import type { LiveProgress } from "@/lib/analytics/live-progress";
import type { LiveState } from "@/lib/live/state";
import { startCluster, type Cluster } from "../../bench/support/cluster";
import {
  BENCH_PASSWORD,
  BENCH_SLUG,
  createClass,
  ensureBuild,
  freePort,
  openLiveStream,
  pool,
  Semaphore,
  shownKeys,
  signIn,
  startAttempt,
  until,
  type BenchClass,
  type CookieJar,
  type Server,
} from "../../bench/support/server";
import { builtInReading } from "../support/content";
import { createDatabase, type Database } from "@/lib/db/client";
import { applyPendingMigrations } from "@/lib/db/engine";
import { RATE_LIMITS } from "@/lib/rate-limit";
import { createThrowawayPostgres } from "../support/postgres";

const { reading, questions } = builtInReading(BENCH_SLUG);
const firstChunk = reading.chunks[0]!.id;
const WAIT_MS = 60_000;

let postgres: Awaited<ReturnType<typeof createThrowawayPostgres>>;
let fixtures: Database;
let klass: BenchClass;
let cluster: Cluster;
let a: Server;
let b: Server;

beforeAll(async () => {
  await ensureBuild(process.env.BENCH_REUSE_BUILD === "1");
  postgres = await createThrowawayPostgres();
  await applyPendingMigrations(postgres.url);
  fixtures = createDatabase(postgres.url);
  klass = await createClass(fixtures, 14, "cluster");
  cluster = await startCluster({
    databaseUrl: postgres.url,
    authSecret: randomBytes(32).toString("base64"),
    balancerPort: await freePort(4300, 4309),
    instancePorts: [await freePort(4310, 4319), await freePort(4320, 4329)],
  });
  [a, b] = cluster.instances as [Server, Server];
}, 15 * 60_000);

afterAll(async () => {
  await cluster?.stop();
  await fixtures?.$disconnect();
  await postgres?.drop();
});

const json = { "content-type": "application/json" };

async function post<T>(base: string, jar: CookieJar, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, { method: "POST", headers: { ...json, cookie: jar.header() }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

function answer(base: string, jar: CookieJar, attemptId: string, questionId: string, keys: Map<string, Answer>, idempotencyKey = randomUUID()) {
  return fetch(`${base}/api/attempts/${attemptId}/responses`, {
    method: "POST",
    headers: { ...json, cookie: jar.header() },
    body: JSON.stringify({ questionId, answer: keys.get(questionId), idempotencyKey }),
  });
}

/** One sign-in through next-auth's credentials path; returns where it redirects (with `code=` on a refusal). */
async function trySignIn(base: string, identifier: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookie = csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, identifier, password, callbackUrl: `${base}/` }),
  });
  await response.arrayBuffer();
  return response.headers.get("location") ?? "";
}

it("shows a student's answers on one instance live to the teacher on the other", async () => {
  const teacher = await signIn(b.base, klass.teacherEmail);
  const student = await signIn(a.base, klass.usernames[0]!);
  const classmate = await signIn(cluster.balancer.base, klass.usernames[1]!);
  const attemptId = await startAttempt(a.base, student, klass.assignmentId, firstChunk);
  const keys = await shownKeys(fixtures, attemptId, questions);

  const { state: started } = await post<{ state: LiveState }>(b.base, teacher, `/api/live/assignments/${klass.assignmentId}/session`, {});
  const abort = new AbortController();
  const seen = { student: new Set<number>(), teacher: new Set<number>(), balanced: new Set<number>() };
  const streams = await Promise.all([
    openLiveStream(a.base, student, started.sessionId, started.seq, abort.signal, (seq) => seen.student.add(seq)),
    openLiveStream(b.base, teacher, started.sessionId, started.seq, abort.signal, (seq) => seen.teacher.add(seq)),
    // Through nginx: an unbuffered stream delivers each event while it stays open.
    openLiveStream(cluster.balancer.base, classmate, started.sessionId, started.seq, abort.signal, (seq) => seen.balanced.add(seq)),
  ]);
  try {
    // The teacher on B opens the questions: the student's stream on A has it.
    const { state: questionsOpen } = await post<{ state: LiveState }>(b.base, teacher, `/api/live/sessions/${started.sessionId}/commands`, { command: "show-questions" });
    await until(() => Object.values(seen).every((ids) => ids.has(questionsOpen.seq)), WAIT_MS, "every stream has the questions");

    // The student answers the released part through A; the teacher's live board on B counts them.
    const released = questions.filter((question) => question.stage === "chunk" && question.chunkId === firstChunk);
    for (const question of released) expect((await answer(a.base, student, attemptId, question.id, keys)).status).toBe(201);
    const studentId = klass.studentIds[0]!;
    await until(
      async () => {
        const board = (await (await fetch(`${b.base}/api/teach/assignments/${klass.assignmentId}/live`, { headers: { cookie: teacher.header() } })).json()) as LiveProgress;
        return board.students.find((row) => row.studentId === studentId)?.answered === released.length;
      },
      WAIT_MS,
      "the live board on B counts the answers sent through A",
    );

    // The other way round: the teacher's command through A reaches the teacher's own stream on B.
    const { state: revealed } = await post<{ state: LiveState }>(a.base, teacher, `/api/live/sessions/${started.sessionId}/commands`, { command: "reveal", revealed: true });
    await until(() => Object.values(seen).every((ids) => ids.has(revealed.seq)), WAIT_MS, "every stream has the reveal");

    // The end reaches every stream, and each one closes after it; the reading goes on as homework.
    const { state: ended } = await post<{ state: LiveState }>(b.base, teacher, `/api/live/sessions/${started.sessionId}/commands`, { command: "end" });
    await Promise.all(streams.map((stream) => stream.done));
    expect(Object.values(seen).map((ids) => ids.has(ended.seq))).toEqual([true, true, true]);
  } finally {
    abort.abort();
    await Promise.allSettled(streams.map((stream) => stream.done));
  }
}, 5 * 60_000);

it("signs a device out on every instance at once", async () => {
  const jar = await signIn(a.base, klass.usernames[2]!);
  const lesson = `/api/live/assignments/${klass.assignmentId}/session`;
  const copied = jar.header();
  expect((await fetch(`${b.base}${lesson}`, { headers: { cookie: copied } })).status).toBe(200);

  const csrf = await fetch(`${a.base}/api/auth/csrf`, { headers: { cookie: copied } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signOut = await fetch(`${a.base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${copied}; ${csrf.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ")}` },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${a.base}/` }),
  });
  await signOut.arrayBuffer();
  expect(signOut.status).toBe(302);

  // The cookie as it was before signing out (a copy kept elsewhere) opens nothing on the other instance, nor through nginx.
  expect((await fetch(`${b.base}${lesson}`, { headers: { cookie: copied } })).status).toBe(401);
  expect((await fetch(`${cluster.balancer.base}${lesson}`, { headers: { cookie: copied } })).status).toBe(401);
}, 2 * 60_000);

it("counts failed sign-ins to an account on both instances together", async () => {
  const username = klass.usernames[3]!;
  const { limit } = RATE_LIMITS.signInAccount;
  for (let i = 0; i < limit; i++) {
    const location = await trySignIn(i % 2 === 0 ? a.base : b.base, username, "a wrong guess");
    expect(location).toContain("code=credentials");
  }
  // Half the failures were on each instance; the limit is used up everywhere, even for the right password.
  expect(await trySignIn(a.base, username, BENCH_PASSWORD)).toContain("code=rate_limited");
  expect(await trySignIn(b.base, username, BENCH_PASSWORD)).toContain("code=rate_limited");
  expect(await trySignIn(cluster.balancer.base, username, BENCH_PASSWORD)).toContain("code=rate_limited");
}, 3 * 60_000);

// Last: it kills an instance.
it("loses no acknowledged answer when an instance is killed in the middle of a burst", async () => {
  const base = cluster.balancer.base;
  const students: { jar: CookieJar; attemptId: string; keys: Map<string, Answer> }[] = [];
  await pool(klass.usernames.slice(4), 3, async (username) => {
    const jar = await signIn(base, username);
    const attemptId = await startAttempt(base, jar, klass.assignmentId, firstChunk);
    students.push({ jar, attemptId, keys: await shownKeys(fixtures, attemptId, questions) });
  });

  type Ack = { attemptId: string; questionId: string };
  const acknowledged: Ack[] = [];
  const refused: number[] = [];
  let failed = 0;
  const inFlight = new Semaphore(12);
  const burst = Promise.all(
    students.map(async ({ jar, attemptId, keys }) => {
      for (const question of questions) {
        // A request that failed (the instance died under it) is sent again with the same key, as the browser does.
        const idempotencyKey = randomUUID();
        for (let tries = 0; tries < 20; tries++) {
          const status = await inFlight.run(async () => {
            try {
              const response = await answer(base, jar, attemptId, question.id, keys, idempotencyKey);
              await response.arrayBuffer();
              return response.status;
            } catch {
              return 0;
            }
          });
          if (status === 200 || status === 201) {
            acknowledged.push({ attemptId, questionId: question.id });
            break;
          }
          if (status >= 400 && status < 500) {
            refused.push(status);
            break;
          }
          failed++;
        }
      }
    }),
  );
  await until(() => acknowledged.length >= 60, 3 * WAIT_MS, "60 answers acknowledged");
  await a.stop("SIGKILL");
  await burst;

  expect(refused).toEqual([]);
  expect(failed).toBeGreaterThan(0); // requests really were in flight on the killed instance
  const stored = await fixtures.response.findMany({
    where: { attemptId: { in: students.map((student) => student.attemptId) }, status: { not: "draft" } },
    select: { attemptId: true, questionId: true },
  });
  const storedKeys = new Set(stored.map((row) => `${row.attemptId}/${row.questionId}`));
  expect(acknowledged.filter((ack) => !storedKeys.has(`${ack.attemptId}/${ack.questionId}`))).toEqual([]);
  // Every answer arrived once: the survivor took the rest, and a retried answer did not count twice.
  expect(stored).toHaveLength(students.length * questions.length);
  expect(storedKeys.size).toBe(stored.length);
}, 10 * 60_000);
