/**
 * Hostile input against a real production server (server.ts, as `npm start`,
 * from the build in NEXT_DIST_DIR, the test build under `npm run
 * test:reliability`, built first when missing or stale): markup and SQL in
 * names and written answers, oversized and malformed bodies, answer keys on
 * every page and payload a student can reach before answering, and a
 * brute-forced sign-in. Everything goes through HTTP, as an attacker's would.
 */
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BENCH_PASSWORD,
  BENCH_SLUG,
  createClass,
  ensureBuild,
  freePort,
  shownKeys,
  signIn,
  startAttempt,
  startServer,
  throwawayDatabase,
  type BenchClass,
  type CookieJar,
  type Server,
  type ThrowawayDatabase,
} from "../../bench/support/server";
import { builtInReading } from "../support/content";
import { createDatabase, type Database } from "@/lib/db/client";

const SCRIPT_NAME = `<script>alert("name")</script>=HYPERLINK("http://x")`;
const IMG_USERNAME = `<img src=x onerror=alert(1)>`;
const SQL = `'; DROP TABLE "Response"; -- ' OR '1'='1`;
const WRITTEN = `</textarea><script>alert("answer")</script><b onmouseover=alert(2)>${SQL}`;
/** Markup that must never reach a page unescaped. */
const RAW = [`<script>alert("name")`, `<script>alert("answer")`, `<img src=x onerror`, `<b onmouseover`];

const { questions } = builtInReading(BENCH_SLUG);
const written = questions.find((q) => q.type === "short_answer" && q.chunkId === "c1")!;
const objective = questions.find((q) => q.type === "single_choice" && q.chunkId === "c1")!;

let database: ThrowawayDatabase;
let fixtures: Database;
let server: Server;
let klass: BenchClass;
let student: { jar: CookieJar; attemptId: string; id: string };
let teacher: CookieJar;

beforeAll(async () => {
  await ensureBuild(process.env.BENCH_REUSE_BUILD === "1");
  database = await throwawayDatabase();
  fixtures = createDatabase(database.url);
  klass = await createClass(fixtures, 2, "hostile");
  await fixtures.user.update({ where: { id: klass.studentIds[0] }, data: { displayName: SCRIPT_NAME, username: IMG_USERNAME } });
  // Its own ports: test files run in parallel, and kill-restart uses 3122–3126.
  server = await startServer(database.url, await freePort(3127, 3130), randomBytes(32).toString("base64"));
  const jar = await signIn(server.base, IMG_USERNAME);
  student = { jar, attemptId: await startAttempt(server.base, jar, klass.assignmentId), id: klass.studentIds[0]! };
  teacher = await signIn(server.base, klass.teacherEmail);
}, 15 * 60_000);

afterAll(async () => {
  await server?.stop();
  await fixtures?.$disconnect();
  database?.remove();
});

const get = (path: string, jar: CookieJar) => fetch(`${server.base}${path}`, { headers: { cookie: jar.header() }, redirect: "manual" });

function postJson(path: string, jar: CookieJar, body: string) {
  return fetch(`${server.base}${path}`, { method: "POST", headers: { "content-type": "application/json", cookie: jar.header() }, body });
}

/**
 * A POST on its own connection (closed afterwards): a server that answers 413 before reading the
 * whole body may drop the connection, which must not break the next request on a shared one.
 * Without a declared length the body goes chunked, in 16 KiB pieces.
 */
function rawPost(path: string, jar: CookieJar, body: string, declareLength: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${server.base}${path}`,
      {
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", cookie: jar.header(), ...(declareLength ? { "content-length": Buffer.byteLength(body) } : {}) },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    for (let i = 0; i < body.length; i += 16_384) request.write(body.slice(i, i + 16_384));
    request.end();
  });
}

const responsesPath = () => `/api/attempts/${student.attemptId}/responses`;
const storedRows = () => fixtures.response.count({ where: { attemptId: student.attemptId } });

describe("hostile input", () => {
  it("stores SQL and markup in a written answer verbatim and grades it", async () => {
    const response = await postJson(responsesPath(), student.jar, JSON.stringify({ questionId: written.id, answer: { text: WRITTEN }, idempotencyKey: randomUUID() }));
    expect(response.status).toBe(201);
    const row = await fixtures.response.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId: student.attemptId, questionId: written.id } } });
    expect(JSON.parse(row.answer)).toEqual({ text: WRITTEN });
    const key = (await shownKeys(fixtures, student.attemptId, [objective])).get(objective.id);
    const answered = await postJson(responsesPath(), student.jar, JSON.stringify({ questionId: objective.id, answer: key, idempotencyKey: randomUUID() }));
    expect(answered.status).toBe(201);
    expect(await fixtures.response.count()).toBe(2); // the DROP TABLE did nothing
  });

  it("renders names, usernames and written answers as text on every page that shows them", async () => {
    const { classId, assignmentId } = klass;
    const pages: [string, CookieJar][] = [
      ["/", student.jar],
      ["/classes", student.jar],
      ["/account", student.jar],
      [`/read/${assignmentId}`, student.jar],
      [`/read/${assignmentId}/c1`, student.jar],
      [`/read/${assignmentId}/results`, student.jar],
      ["/teach", teacher],
      [`/teach/classes/${classId}`, teacher],
      [`/teach/classes/${classId}/overview`, teacher],
      [`/teach/classes/${classId}/cards`, teacher],
      [`/teach/classes/${classId}/students/${student.id}`, teacher],
      [`/teach/assignments/${assignmentId}/report`, teacher],
      [`/teach/assignments/${assignmentId}/report/students/${student.id}`, teacher],
      [`/teach/assignments/${assignmentId}/grading`, teacher],
      [`/teach/assignments/${assignmentId}/live`, teacher],
    ];
    const failures: string[] = [];
    let showsName = 0;
    for (const [path, jar] of pages) {
      const response = await get(path, jar);
      const html = await response.text();
      if (response.status !== 200) failures.push(`${path}: ${response.status}`);
      for (const raw of RAW) if (html.includes(raw)) failures.push(`${path}: contains ${raw}`);
      if (html.includes("&lt;script&gt;alert(&quot;name&quot;)")) showsName++;
    }
    expect(failures).toEqual([]);
    expect(showsName).toBeGreaterThan(3); // the escaped name really is on the teacher's pages
  });

  it("neutralises spreadsheet formulas in exports", async () => {
    for (const file of ["gradebook.csv", "responses.csv"]) {
      const response = await get(`/teach/assignments/${klass.assignmentId}/export/${file}`, teacher);
      expect(response.status).toBe(200);
      const cells = (await response.text()).split(/[,\n]/).map((cell) => cell.replace(/^"/, ""));
      expect(cells.filter((cell) => /^[=+\-@]/.test(cell) && cell.includes("HYPERLINK"))).toEqual([]);
    }
  });

  it("rejects oversized bodies with 413, with or without a Content-Length, and stores nothing", async () => {
    const before = await storedRows();
    const huge = JSON.stringify({ questionId: written.id, answer: { text: "x".repeat(200_000) }, idempotencyKey: randomUUID() });
    expect(await rawPost(responsesPath(), student.jar, huge, true)).toBe(413);
    expect(await rawPost(responsesPath(), student.jar, huge, false)).toBe(413);
    expect(await storedRows()).toBe(before);
  });

  it("rejects malformed JSON, wrong types and SQL in ids with 400, and changes nothing", async () => {
    const before = await fixtures.response.findMany({ where: { attemptId: student.attemptId }, orderBy: { id: "asc" } });
    // An ordering question of a later part: every body below must be refused as malformed before any other rule.
    const second = questions.find((q) => q.type === "ordering" && q.chunkId !== "c1")!;
    const secondKey = (await shownKeys(fixtures, student.attemptId, [second])).get(second.id);
    const bodies = [
      "{",
      "not json",
      "[]",
      "null",
      JSON.stringify({ questionId: 42, answer: {}, idempotencyKey: randomUUID() }),
      JSON.stringify({ questionId: second.id, answer: { itemIds: "i1" }, idempotencyKey: randomUUID() }),
      JSON.stringify({ questionId: second.id, answer: secondKey, idempotencyKey: SQL }),
      JSON.stringify({ questionId: SQL, answer: secondKey, idempotencyKey: randomUUID() }),
      JSON.stringify({ questionId: second.id, answer: secondKey, idempotencyKey: randomUUID(), confidence: "3" }),
      JSON.stringify({ questionId: second.id, answer: secondKey, idempotencyKey: randomUUID(), extra: true }),
    ];
    for (const body of bodies) {
      const response = await postJson(responsesPath(), student.jar, body);
      expect(response.status, body).toBe(400);
      expect((await response.json()).error.code).toBe("invalid");
    }
    expect(await fixtures.response.findMany({ where: { attemptId: student.attemptId }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("sends no answer key, explanation, model answer or rubric to a student before they answer", async () => {
    const fresh = await signIn(server.base, klass.usernames[1]!);
    const attemptId = await startAttempt(server.base, fresh, klass.assignmentId);
    const secrets = questions.flatMap((q) => {
      const full = q as typeof q & { modelAnswer?: string; rubric?: { criteria: { description: string }[] } };
      return [q.explanation, full.modelAnswer, ...(full.rubric?.criteria.map((c) => c.description) ?? [])].filter((s): s is string => Boolean(s));
    });
    const paths = ["/", "/classes", `/read/${klass.assignmentId}`, `/read/${klass.assignmentId}/results`, `/api/attempts/${attemptId}/state`];
    for (const chunk of new Set(questions.map((q) => q.chunkId))) paths.push(`/read/${klass.assignmentId}/${chunk}`);
    const leaks: string[] = [];
    for (const path of paths) {
      const response = await get(path, fresh);
      const body = (await response.text()).replace(/\\u003c/g, "<").replace(/\\"/g, '"');
      if (response.status >= 500) leaks.push(`${path}: ${response.status}`);
      for (const secret of secrets) if (body.includes(secret.slice(0, 60))) leaks.push(`${path}: ${secret.slice(0, 40)}…`);
    }
    expect(leaks).toEqual([]);
  });

  it("refuses SQL in the sign-in fields and a 1 MB password without a server error", async () => {
    for (const [identifier, password] of [
      [`' OR '1'='1`, `' OR '1'='1`],
      [`${klass.usernames[1]}'--`, "x"],
      [klass.usernames[1]!, "p".repeat(1_000_000)],
    ] as const) {
      const csrf = await fetch(`${server.base}/api/auth/csrf`);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const response = await fetch(`${server.base}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ csrfToken, identifier, password }),
      });
      expect(response.status).toBeLessThan(500);
      expect(response.headers.getSetCookie().some((c) => c.includes("session-token=") && !c.includes("session-token=;"))).toBe(false);
    }
  });

  it("blocks a brute-forced account after 10 failures, even for the right password, while other accounts still sign in", async () => {
    const target = klass.usernames[1]!;
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i++) {
      try {
        await signIn(server.base, target, `wrong-${i}`);
        outcomes.push("signed-in");
      } catch (error) {
        outcomes.push(String((error as Error).message).includes("rate_limited") ? "blocked" : "refused");
      }
    }
    expect(outcomes.slice(0, 9).every((o) => o === "refused")).toBe(true);
    expect(outcomes.at(-1)).toBe("blocked");
    await expect(signIn(server.base, target, BENCH_PASSWORD)).rejects.toThrow(/rate_limited/);
    await expect(signIn(server.base, klass.teacherEmail)).resolves.toBeDefined();
  });
});
