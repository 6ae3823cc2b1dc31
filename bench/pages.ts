/**
 * npm run bench:pages [-- --readers 50 --rounds 20 --no-build]
 *
 * Page budgets. (1) Each route's first-load JavaScript, read from the build
 * (.next-bench, built when older than the sources): Next writes every app
 * route's first-load chunks to diagnostics/route-bundle-stats.json; each
 * chunk is gzip-compressed here (zlib, level 6, as a server would send it)
 * and summed. Student-facing routes must stay under 150 kB compressed.
 * (2) The server time of the student chunk page (/read/<id>/<chunk>) with
 * `readers` signed-in students loading chunks at once (full HTML response,
 * measured at the client on 127.0.0.1), then the same readers on /noop, a
 * signed-in page that renders only the reading pages' layouts (the ceiling
 * for a page on this server). Prints one JSON line:
 * {"scenario":"pages","budget_kb":150,"over_budget":[..],"routes":{"/read/..":{"js_kb":..,"js_gzip_kb":..}},
 *  "chunk_page":{"readers":50,"requests":..,"errors":..,"p50_ms":..,"p95_ms":..,"rps":..,"layout_rps":..,"layout_p95_ms":..,"ratio_layout":..},"load_average":[..]}
 * and exits 1 when a student route is over budget. Progress goes to stderr.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import {
  BENCH_DIST_DIR,
  BENCH_SLUG,
  createClass,
  ensureBuild,
  freePort,
  percentile,
  pool,
  round,
  signIn,
  startAttempt,
  startServer,
  throwawayDatabase,
  type CookieJar,
} from "./support/server";

const { values: options } = parseArgs({
  options: {
    readers: { type: "string", default: "50" },
    rounds: { type: "string", default: "20" },
    "no-build": { type: "boolean", default: false },
  },
});
const READERS = Number(options.readers);
const ROUNDS = Number(options.rounds);
if (!Number.isInteger(READERS) || READERS < 1 || READERS > 1_000) throw new Error("--readers must be 1..1000");
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || ROUNDS > 1_000) throw new Error("--rounds must be 1..1000");

/** What a student (or self-study learner) can open; teacher pages are measured but not held to the budget. */
const BUDGET_KB = 150;
const STUDENT_ROUTES = /^\/($|read|practice|review|classes|join|sign-in|sign-up|account)/;

const log = (message: string) => process.stderr.write(`${message}\n`);
const kb = (bytes: number) => round(bytes / 1024);

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

function firstLoadJs(): Record<string, { js_kb: number; js_gzip_kb: number }> {
  const file = path.join(BENCH_DIST_DIR, "diagnostics", "route-bundle-stats.json");
  const stats = JSON.parse(fs.readFileSync(file, "utf8")) as RouteStats[];
  const gzipped = new Map<string, number>();
  const sizeOf = (chunk: string) => {
    if (!gzipped.has(chunk)) gzipped.set(chunk, gzipSync(fs.readFileSync(chunk), { level: 6 }).byteLength);
    return gzipped.get(chunk)!;
  };
  const routes: Record<string, { js_kb: number; js_gzip_kb: number }> = {};
  for (const { route, firstLoadUncompressedJsBytes, firstLoadChunkPaths } of stats.sort((a, b) => a.route.localeCompare(b.route))) {
    routes[route] = { js_kb: kb(firstLoadUncompressedJsBytes), js_gzip_kb: kb(firstLoadChunkPaths.reduce((sum, chunk) => sum + sizeOf(chunk), 0)) };
  }
  return routes;
}

await ensureBuild(options["no-build"]);
const routes = firstLoadJs();
const overBudget = Object.entries(routes)
  .filter(([route, size]) => STUDENT_ROUTES.test(route) && size.js_gzip_kb > BUDGET_KB)
  .map(([route]) => route);

const database = await throwawayDatabase();
process.env.DATABASE_URL = database.url;
const { createDatabase } = await import("../lib/db/client");
const { getReading } = await import("../lib/content/load");
const chunkIds = (await getReading(BENCH_SLUG))!.chunks.map((chunk) => chunk.id);
const fixtures = createDatabase(database.url);
const benchClass = await createClass(fixtures, READERS, "pages");
const server = await startServer(database.url, await freePort(), randomBytes(32).toString("base64"));

try {
  log(`signing in ${READERS} readers …`);
  const readers: CookieJar[] = [];
  await pool(benchClass.usernames, 8, async (username) => {
    const jar = await signIn(server.base, username);
    await startAttempt(server.base, jar, benchClass.assignmentId);
    readers.push(jar);
  });

  /** Every reader loads ROUNDS pages (`pathOf(reader, round)`) at once: latencies, errors and pages a second. */
  const load = async (pathOf: (reader: number, round: number) => string) => {
    const latencies: number[] = [];
    let errors = 0;
    const started = performance.now();
    await Promise.all(
      readers.map(async (jar, reader) => {
        for (let round = 0; round < ROUNDS; round++) {
          const begin = performance.now();
          try {
            const response = await fetch(`${server.base}${pathOf(reader, round)}`, { headers: { cookie: jar.header() } });
            await response.arrayBuffer();
            if (response.status !== 200) errors++;
          } catch {
            errors++;
          }
          latencies.push(performance.now() - begin);
        }
      }),
    );
    return { latencies: latencies.sort((a, b) => a - b), errors, rps: latencies.length / ((performance.now() - started) / 1000) };
  };

  log(`${READERS} readers × ${ROUNDS} chunk pages …`);
  const chunkPages = await load((reader, round) => `/read/${benchClass.assignmentId}/${chunkIds[(reader + round) % chunkIds.length]}`);
  // The same readers on a signed-in page with the reading pages' layouts and nothing else: the ceiling for a page.
  log(`${READERS} readers × ${ROUNDS} layout-only pages …`);
  const layoutPages = await load(() => "/noop");
  console.log(
    JSON.stringify({
      scenario: "pages",
      budget_kb: BUDGET_KB,
      over_budget: overBudget,
      routes,
      chunk_page: {
        readers: READERS,
        requests: chunkPages.latencies.length,
        errors: chunkPages.errors + layoutPages.errors,
        p50_ms: round(percentile(chunkPages.latencies, 50)),
        p95_ms: round(percentile(chunkPages.latencies, 95)),
        rps: round(chunkPages.rps),
        layout_rps: round(layoutPages.rps),
        layout_p95_ms: round(percentile(layoutPages.latencies, 95)),
        ratio_layout: round(chunkPages.rps / layoutPages.rps, 2),
      },
      load_average: os.loadavg().map((average) => round(average, 1)),
    }),
  );
} finally {
  await server.stop();
  await fixtures.$disconnect();
  database.remove();
}
if (overBudget.length > 0) {
  log(`over the ${BUDGET_KB} kB budget: ${overBudget.join(", ")}`);
  process.exitCode = 1;
}
