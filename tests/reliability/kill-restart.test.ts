/**
 * Faults, against a real production server (server.ts, as `npm start`, from
 * the build in NEXT_DIST_DIR: `.next`, the test build, under `npm run
 * test:reliability`; built here first when missing or older than the
 * sources): the server is SIGKILLed in the middle of a class's submission
 * burst and restarted, and the database it loses is reached through a
 * local TCP proxy that is cut and then restored. Slow on purpose (about a
 * minute, plus a build when there is none).
 */
import { randomBytes, randomUUID } from "node:crypto";
import net from "node:net";
import Sqlite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "@/lib/scoring/answers";
import {
  BENCH_SLUG,
  createClass,
  ensureBuild,
  freePort,
  pool,
  Semaphore,
  shownKeys,
  signIn,
  startAttempt,
  startServer,
  throwawayDatabase,
  until,
  type CookieJar,
  type Server,
} from "../../bench/support/server";
import { builtInReading } from "../support/content";
import { createDatabase } from "@/lib/db/client";
import { applyPendingMigrations } from "@/lib/db/engine";
import { createThrowawayPostgres } from "../support/postgres";

const { questions } = builtInReading(BENCH_SLUG);
const running: Server[] = [];

// BENCH_REUSE_BUILD=1 uses an existing build even when sources are newer.
beforeAll(() => ensureBuild(process.env.BENCH_REUSE_BUILD === "1"), 15 * 60_000);
afterAll(async () => {
  for (const server of running) await server.stop("SIGKILL");
});

async function serve(url: string, secret: string): Promise<Server> {
  const server = await startServer(url, await freePort(3122, 3124), secret);
  running.push(server);
  return server;
}

/** Each attempt's keys in the ids its page shows. */
const keysOfAttempt = new Map<string, Map<string, Answer>>();

function submit(server: Server, jar: CookieJar, attemptId: string, questionId: string, idempotencyKey: string) {
  return fetch(`${server.base}/api/attempts/${attemptId}/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: jar.header() },
    body: JSON.stringify({ questionId, answer: keysOfAttempt.get(attemptId)!.get(questionId), idempotencyKey }),
  });
}

describe("the server is killed in the middle of a submission burst", () => {
  it("keeps every acknowledged answer, passes the integrity check and carries on after a restart", async () => {
    const database = await throwawayDatabase();
    const fixtures = createDatabase(database.url);
    try {
      const klass = await createClass(fixtures, 20, "fault");
      const secret = randomBytes(32).toString("base64");
      let server = await serve(database.url, secret);
      const students: { jar: CookieJar; attemptId: string }[] = [];
      await pool(klass.usernames, 4, async (username) => {
        const jar = await signIn(server.base, username);
        const attemptId = await startAttempt(server.base, jar, klass.assignmentId);
        keysOfAttempt.set(attemptId, await shownKeys(fixtures, attemptId, questions));
        students.push({ jar, attemptId });
      });

      type Ack = { attemptId: string; questionId: string; idempotencyKey: string };
      const acknowledged: Ack[] = [];
      let refused = 0;
      let cut = 0;
      const inFlight = new Semaphore(20);
      const burst = Promise.all(
        students.map(async ({ jar, attemptId }) => {
          for (const question of questions) {
            const idempotencyKey = randomUUID();
            const outcome = await inFlight.run(async () => {
              try {
                const response = await submit(server, jar, attemptId, question.id, idempotencyKey);
                await response.arrayBuffer();
                return response.ok ? "ack" : "refused";
              } catch {
                return "cut";
              }
            });
            if (outcome === "ack") acknowledged.push({ attemptId, questionId: question.id, idempotencyKey });
            else if (outcome === "refused") refused++;
            else {
              cut++; // the server is gone: this student stops
              return;
            }
          }
        }),
      );
      await until(() => acknowledged.length >= 200, 120_000);
      await server.stop("SIGKILL");
      await burst;

      expect(refused).toBe(0);
      expect(cut).toBeGreaterThan(0); // it really was mid-burst
      const stored = await fixtures.response.findMany({ where: { status: { not: "draft" } }, select: { attemptId: true, questionId: true } });
      const storedKeys = new Set(stored.map((row) => `${row.attemptId}/${row.questionId}`));
      const missing = acknowledged.filter((ack) => !storedKeys.has(`${ack.attemptId}/${ack.questionId}`));
      expect(missing).toEqual([]);

      const check = new Sqlite(database.file, { readonly: true });
      try {
        expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      } finally {
        check.close();
      }

      // Restarted on the same database, with the same sessions: a repeat of an acknowledged answer is
      // the stored one (200, no second row), and the rest of the reading is taken.
      server = await serve(database.url, secret);
      const repeat = acknowledged[0]!;
      const student = students.find((s) => s.attemptId === repeat.attemptId)!;
      const again = await submit(server, student.jar, repeat.attemptId, repeat.questionId, repeat.idempotencyKey);
      expect(again.status).toBe(200);
      expect(await fixtures.response.count({ where: { attemptId: repeat.attemptId, questionId: repeat.questionId } })).toBe(1);
      const rest = questions.filter((q) => !storedKeys.has(`${student.attemptId}/${q.id}`));
      for (const question of rest) {
        expect((await submit(server, student.jar, student.attemptId, question.id, randomUUID())).status).toBe(201);
      }
      expect(await fixtures.response.count({ where: { attemptId: student.attemptId, status: { not: "draft" } } })).toBe(questions.length);
      await server.stop();
    } finally {
      await fixtures.$disconnect();
      database.remove();
    }
  }, 5 * 60_000);
});

/** A TCP proxy to the local PostgreSQL server that can be cut (every connection dropped, new ones refused) and restored. */
async function databaseLink(targetPort = 5432) {
  const port = await freePort(3125, 3126);
  const sockets = new Set<net.Socket>();
  let listener: net.Server | null = null;
  const open = () =>
    new Promise<void>((resolve, reject) => {
      listener = net.createServer((client) => {
        const upstream = net.connect(targetPort, "127.0.0.1");
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      listener.once("error", reject);
      listener.listen(port, "127.0.0.1", () => resolve());
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!listener) return resolve();
      listener.close(() => resolve());
      listener = null;
    });
  await open();
  return { port, cut, restore: open };
}

describe("the database becomes unreachable", () => {
  it("shows on /api/health and on pages, and the app recovers by itself when it returns", async () => {
    const postgres = await createThrowawayPostgres();
    const link = await databaseLink();
    try {
      await applyPendingMigrations(postgres.url);
      const fixtures = createDatabase(postgres.url);
      const klass = await createClass(fixtures, 1, "down");
      await fixtures.$disconnect();
      const viaLink = new URL(postgres.url);
      viaLink.port = String(link.port);
      const server = await serve(viaLink.toString(), randomBytes(32).toString("base64"));
      const jar = await signIn(server.base, klass.usernames[0]!);
      const page = `${server.base}/read/${klass.assignmentId}`;
      expect((await fetch(page, { headers: { cookie: jar.header() } })).status).toBe(200);

      await link.cut();
      let health: Response | undefined;
      await until(async () => {
        health = await fetch(`${server.base}/api/health`);
        return health.status === 503;
      }, 30_000);
      expect(await health!.json()).toMatchObject({ status: "error", database: "unreachable" });
      const broken = await fetch(page, { headers: { cookie: jar.header() } });
      expect(broken.status).toBe(500);
      const html = await broken.text();
      expect(html).not.toMatch(/Prisma|ECONNREFUSED|at async/);

      await link.restore();
      await until(async () => (await fetch(`${server.base}/api/health`)).status === 200, 30_000);
      expect((await fetch(page, { headers: { cookie: jar.header() } })).status).toBe(200);
      await server.stop();
    } finally {
      await link.cut();
      await postgres.drop();
    }
  }, 3 * 60_000);
});
