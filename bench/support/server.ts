/**
 * What the HTTP benches and the fault tests share: a production build (the
 * benches' own dist dir, or under `npm test` the one build every suite uses,
 * NEXT_DIST_DIR=.next), closeread's server (server.ts) on 127.0.0.1 against a throwaway SQLite
 * database, a class of students made directly in that database, and signing
 * them in through the real next-auth credentials path with a cookie jar.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "../../lib/auth/password";
import { presentationOf } from "../../lib/content/presentation";
import type { Question } from "../../lib/content/schema";
import type { Database } from "../../lib/db/client";
import type { Answer } from "../../lib/scoring/answers";
import { keyAnswer } from "../../lib/scoring/key";
import { shownAnswer } from "../../lib/scoring/shown-answers";

export const BENCH_DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-bench";
export const BENCH_SLUG = "why-the-taliban-wont-quit-al-qaeda";
export const BENCH_PASSWORD = "bench-password-123";

const log = (message: string) => process.stderr.write(`${message}\n`);

/** The newest modification time under the folders a build depends on. */
function newestSourceTime(root: string): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry)) if (name !== "node_modules" && !name.startsWith(".")) visit(path.join(entry, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const name of ["app", "components", "lib", "content", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json"]) {
    visit(path.join(root, name));
  }
  return newest;
}

/** Builds into `distDir` unless a build there is newer than every source (or `skip` and a build exists). */
export async function ensureBuild(skip: boolean, distDir = BENCH_DIST_DIR): Promise<void> {
  const root = process.cwd();
  const buildId = path.join(root, distDir, "BUILD_ID");
  const isFresh = () => {
    const built = fs.statSync(buildId, { throwIfNoEntry: false });
    return Boolean(built && (skip || built.mtimeMs > newestSourceTime(root)));
  };
  // Test files run in parallel: one builds while the others wait for it (a lock folder, gone after 15 min at most).
  const lock = path.join(root, `${distDir}.lock`);
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    if (isFresh()) {
      log(`using the build in ${distDir}`);
      return;
    }
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 15 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`waited 15 minutes for another build into ${distDir}`);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
  // Next adds a dist dir other than .next to the tracked tsconfig.json's include: a test run must leave the tree as it was.
  const tsconfig = path.join(root, "tsconfig.json");
  const tsconfigBefore = fs.readFileSync(tsconfig, "utf8");
  try {
    log(`building into ${distDir} …`);
    await run(path.resolve("node_modules/.bin/next"), ["build"], { ...process.env, NEXT_DIST_DIR: distDir });
  } finally {
    if (fs.readFileSync(tsconfig, "utf8") !== tsconfigBefore) fs.writeFileSync(tsconfig, tsconfigBefore);
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
    child.on("error", reject);
  });
}

/** Where benches look for a port by default: 3120–3130, or BENCH_PORTS ("4400-4499") on a machine shared with other runs. */
const [DEFAULT_FROM, DEFAULT_TO] = (process.env.BENCH_PORTS ?? "3120-3130").split("-").map(Number) as [number, number];

/** The first port in [from, to] nobody listens on. */
export async function freePort(from = DEFAULT_FROM, to = DEFAULT_TO): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${to}`);
}

export type ThrowawayDatabase = { dir: string; file: string; url: string; remove: () => void };

/** A fresh, migrated SQLite database in its own temporary folder. */
export async function throwawayDatabase(): Promise<ThrowawayDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-http-bench-"));
  const file = path.join(dir, "bench.db");
  const url = `file:${file}`;
  const { applyPendingMigrations } = await import("../../lib/db/engine");
  await applyPendingMigrations(url);
  return { dir, file, url, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export type BenchClass = { classId: string; assignmentId: string; teacherEmail: string; studentIds: string[]; usernames: string[] };

/** A teacher, a class of `students` and an assignment of the bench essay (all chunks open, immediate feedback). */
export async function createClass(database: Database, students: number, prefix = "bench"): Promise<BenchClass> {
  // One hash for every account: argon2 is slow on purpose, and sign-in verifies each one separately anyway.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const teacher = await database.user.create({
    data: { role: "teacher", email: `${prefix}-teacher@example.org`, displayName: "Bench Teacher", passwordHash },
  });
  const classroom = await database.classroom.create({
    data: { teacherId: teacher.id, name: "Bench class", joinCode: `${prefix.toUpperCase().slice(0, 4)}${randomBytes(3).toString("hex").toUpperCase()}` },
  });
  const assignment = await database.assignment.create({
    data: { classroomId: classroom.id, readingSlug: BENCH_SLUG, unlockInOrder: false, feedbackMode: "immediate" },
  });
  const usernames = Array.from({ length: students }, (_, i) => `${prefix}-s${String(i + 1).padStart(4, "0")}`);
  const studentIds: string[] = [];
  for (const username of usernames) {
    const student = await database.user.create({ data: { role: "student", username, displayName: `Student ${username}`, passwordHash } });
    await database.enrollment.create({ data: { classroomId: classroom.id, studentId: student.id } });
    studentIds.push(student.id);
  }
  return { classId: classroom.id, assignmentId: assignment.id, teacherEmail: teacher.email!, studentIds, usernames };
}

export type Server = { port: number; base: string; process: ChildProcess; stop: (signal?: NodeJS.Signals) => Promise<void> };

/**
 * closeread's server (server.ts, as `npm start`) from BENCH_DIST_DIR on 127.0.0.1:port against `databaseUrl` (with `env` added); resolves once /api/health answers 200.
 * `quiet`: the server's log (standard output) is dropped; or a function that receives it, as it comes.
 */
export async function startServer(
  databaseUrl: string,
  port: number,
  authSecret: string,
  quiet: boolean | ((log: string) => void) = true,
  env: Record<string, string> = {},
): Promise<Server> {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["server.ts", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, ...env, NODE_ENV: "production", NEXT_DIST_DIR: BENCH_DIST_DIR, DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret },
    stdio: ["ignore", typeof quiet === "function" ? "pipe" : quiet ? "ignore" : "inherit", "inherit"],
    // Its own process group, so that stopping it stops next's worker too.
    detached: true,
  });
  if (typeof quiet === "function") child.stdout!.on("data", (chunk: Buffer) => quiet(chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Never leave a server behind, even when this process is interrupted or fails.
  const killGroup = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  };
  process.once("exit", killGroup);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      killGroup();
      process.exit(130);
    });
  }
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, signal);
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.status === 200) return { port, base, process: child, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop("SIGKILL");
  throw new Error("the server did not become healthy within 60 s");
}

/** Cookies as a browser keeps them for one origin: name → value. */
export class CookieJar {
  private cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  has(predicate: (name: string) => boolean): boolean {
    return [...this.cookies.keys()].some(predicate);
  }
}

/** Signs in through next-auth's credentials callback, as the sign-in form does; throws unless a session cookie comes back. */
export async function signIn(base: string, identifier: string, password = BENCH_PASSWORD): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, identifier, password, callbackUrl: `${base}/` }),
  });
  jar.store(response);
  await response.arrayBuffer();
  if (!jar.has((name) => name.endsWith("authjs.session-token"))) {
    throw new Error(`sign-in of ${identifier} failed: ${response.status} ${response.headers.get("location") ?? ""}`);
  }
  return jar;
}

/** Opens the first chunk of an assignment (which starts attempt 1, as a student's first visit does) and returns the attempt id from the page. */
export async function startAttempt(base: string, jar: CookieJar, assignmentId: string, chunkId = "c1"): Promise<string> {
  const response = await fetch(`${base}/read/${assignmentId}/${chunkId}`, { headers: { cookie: jar.header() }, redirect: "manual" });
  const html = await response.text();
  const match = /data-attempt-id="([^"]+)"/.exec(html);
  if (response.status !== 200 || !match) throw new Error(`opening the first chunk gave ${response.status} without an attempt id`);
  return match[1]!;
}

/**
 * Each question's key as the attempt's page shows it, by question id: what a
 * student who chooses right sends (ids are the attempt's own, read from its
 * stored seed as the server does).
 */
export async function shownKeys(database: Database, attemptId: string, questions: readonly Question[]): Promise<Map<string, Answer>> {
  const attempt = await database.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const shown = presentationOf(attempt);
  return new Map(questions.map((question) => [question.id, shownAnswer(question, shown, keyAnswer(question))]));
}

/** Runs `tasks` with at most `limit` in flight. */
export async function pool<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** A counting semaphore: at most `limit` holders at once. */
export class Semaphore {
  private waiting: (() => void)[] = [];
  private held = 0;
  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.held >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.held++;
    try {
      return await work();
    } finally {
      const wake = this.waiting.shift();
      if (wake) wake();
      else this.held--;
    }
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Resolves once `condition` holds, checking every 100 ms; throws after `timeoutMs` (waits on a condition, never a fixed sleep). */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A live lesson's event stream as a browser opens it (`?after=` the seq it
 * has): calls `onEvent` with each event's id as it arrives. Resolves once the
 * stream answered 200 with `done`, which settles when the stream ends or `signal` aborts it.
 */
export async function openLiveStream(
  base: string,
  jar: CookieJar,
  sessionId: string,
  after: number,
  signal: AbortSignal,
  onEvent: (seq: number) => void,
): Promise<{ done: Promise<void> }> {
  const response = await fetch(`${base}/api/live/sessions/${sessionId}/stream?after=${after}`, {
    headers: { cookie: jar.header(), accept: "text/event-stream" },
    signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`stream: ${response.status}`);
  const reader = response.body.getReader();
  const done = (async () => {
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const id = /^id: (\d+)$/m.exec(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (id) onEvent(Number(id[1]));
        }
      }
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  })();
  return { done };
}
