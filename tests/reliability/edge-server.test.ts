/**
 * The account rules at the HTTP edge, against a real production server
 * (server.ts, as `npm start`, from the build in NEXT_DIST_DIR, the test
 * build under `npm run test:reliability`, built first when missing or
 * stale): the client address comes from the socket whatever the client
 * claims, each request gets an id that its JSON log lines carry, malformed server-action requests get a 4xx rather than a 500, and
 * a hostile `next` neither leaves the site nor breaks the page.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  createClass,
  ensureBuild,
  freePort,
  signIn,
  startServer,
  throwawayDatabase,
  type BenchClass,
  type CookieJar,
  type Server,
  type ThrowawayDatabase,
} from "../../bench/support/server";
import { createDatabase, type Database } from "@/lib/db/client";
import { RATE_LIMITS } from "@/lib/rate-limit";

let database: ThrowawayDatabase;
let fixtures: Database;
let server: Server;
let klass: BenchClass;
let teacher: CookieJar;
let actionId: string;
let serverLog = "";

beforeAll(async () => {
  await ensureBuild(process.env.BENCH_REUSE_BUILD === "1");
  database = await throwawayDatabase();
  fixtures = createDatabase(database.url);
  klass = await createClass(fixtures, 1, "edge");
  server = await startServer(database.url, await freePort(3201, 3209), randomBytes(32).toString("base64"), (text) => (serverLog += text));
  teacher = await signIn(server.base, klass.teacherEmail);
  // The header's sign-out form: a real server action's id.
  const page = await (await fetch(`${server.base}/teach`, { headers: { cookie: teacher.header() } })).text();
  actionId = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(page)?.[1] ?? "";
  expect(actionId).not.toBe("");
}, 15 * 60_000);

afterAll(async () => {
  await server?.stop();
  await fixtures?.$disconnect();
  database?.remove();
});

/** A POST to a page as a server action, through node:http so that the body can also go in chunks, without a Content-Length. */
function postAction(headers: Record<string, string>, body: string | Buffer, withLength = true): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${server.base}/teach`, {
      method: "POST",
      headers: { cookie: teacher.header(), "next-action": actionId, ...headers, ...(withLength ? { "content-length": String(Buffer.byteLength(body)) } : {}) },
    });
    request.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** The server's JSON log lines so far. */
const logLines = () =>
  serverLog
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

it("gives each request an id: the X-Request-Id header, the access line and the app's own log lines carry it; a client's is ignored", async () => {
  const page = await fetch(`${server.base}/sign-in?next=/teach`, { headers: { "x-request-id": "forged-by-the-client" } });
  await page.arrayBuffer();
  const pageId = page.headers.get("x-request-id")!;
  expect(pageId).toMatch(/^[0-9a-f-]{36}$/);
  // next-auth refuses a sign-in without its CSRF token and logs it from inside the app: the line must carry that request's id.
  const refused = await fetch(`${server.base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ identifier: "nobody@example.org", password: "a guess" }),
  });
  await refused.arrayBuffer();
  const refusedId = refused.headers.get("x-request-id")!;
  await expect.poll(() => logLines().filter((line) => line.requestId === refusedId).length).toBeGreaterThanOrEqual(2);
  expect(logLines().find((line) => line.requestId === pageId && line.msg === "request")).toMatchObject({
    level: "info",
    method: "GET",
    path: "/sign-in",
    status: 200,
  });
  const inApp = logLines().find((line) => line.requestId === refusedId && line.msg !== "request");
  expect(inApp).toMatchObject({ level: "error", err: expect.objectContaining({ stack: expect.any(String) }) });
  expect(serverLog).not.toContain("forged-by-the-client");
});

it("answers malformed server-action requests with a 4xx, never a 500", async () => {
  expect(await postAction({ "content-type": "text/plain;charset=UTF-8" }, "this is not JSON {")).toBe(400);
  const big = `--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n${"a".repeat(1024 * 1024 + 10)}\r\n--x--\r\n`;
  expect(await postAction({ "content-type": "multipart/form-data; boundary=x" }, big)).toBe(413);
  // Sent in chunks, without a length to check first.
  expect(await postAction({ "content-type": "multipart/form-data; boundary=x" }, big, false)).toBe(413);
});

it("sends a signed-in visitor home when next would leave the site, and never fails on it", async () => {
  for (const next of ["/%09/evil.example/x", "/%0a/evil.example", "/%5C%5Cevil.example", "//evil.example", "https://evil.example"]) {
    const response = await fetch(`${server.base}/sign-in?next=${next}`, { headers: { cookie: teacher.header() }, redirect: "manual" });
    expect([response.status, response.headers.get("location")]).toEqual([307, "/teach"]);
  }
});

// Last: it uses up this machine's address for sign-in failures.
it("counts sign-in failures per socket address, whatever X-Forwarded-For or the address header claims", async () => {
  let location = "";
  for (let i = 0; i <= RATE_LIMITS.signInAddress.limit; i++) {
    const jar = (await fetch(`${server.base}/api/auth/csrf`)) as Response;
    const { csrfToken } = (await jar.json()) as { csrfToken: string };
    const response = await fetch(`${server.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: jar.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; "),
        "x-forwarded-for": `203.0.113.${i % 250}`,
        "x-closeread-client-address": `198.51.100.${i % 250}`,
      },
      body: new URLSearchParams({ csrfToken, identifier: `nobody-${i}@example.org`, password: "a guess" }),
    });
    location = response.headers.get("location") ?? "";
    await response.arrayBuffer();
  }
  expect(location).toContain("code=rate_limited");
}, 180_000);
