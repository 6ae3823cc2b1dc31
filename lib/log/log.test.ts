/**
 * The JSON log and request ids (lib/log): a real node:http server wrapped as
 * server.ts wraps Next's handler, and the JSON routes' error path.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { responseForError } from "@/lib/http/responses";
import { createLogger, inRequest, log } from "./index";
import { withRequestLog } from "./requests";

type Line = Record<string, unknown>;

/** A server whose app logs one line and echoes the request id it was handed; and the lines logged. */
async function serve(trustProxy: boolean) {
  const lines: Line[] = [];
  const logger = createLogger(new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) }));
  const server = http.createServer(
    withRequestLog(
      (request, response) => {
        // Later, as the app's own async work would be: the id still rides along.
        setImmediate(() => {
          logger.info("inside the app");
          response.end(request.headers["x-request-id"]);
        });
      },
      { trustProxy, logger },
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, { headers });
    const seenByApp = await response.text();
    // The access line is written when the response closes.
    await vi.waitFor(() => expect(lines.some((line) => line.msg === "request" && line.requestId === seenByApp)).toBe(true));
    return { header: response.headers.get("x-request-id"), seenByApp };
  };
  return { lines, get, close: () => new Promise((resolve) => server.close(resolve)) };
}

let close: (() => Promise<unknown>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
  vi.restoreAllMocks();
});

describe("request ids and access lines", () => {
  it("gives each request an id that its log lines and the response header carry", async () => {
    const server = await serve(false);
    close = server.close;
    const { header, seenByApp } = await server.get("/read/abc?secret=1");
    expect(header).toMatch(/^[0-9a-f-]{36}$/);
    expect(seenByApp).toBe(header);
    const mine = server.lines.filter((line) => line.requestId === header);
    expect(mine.map((line) => line.msg)).toEqual(["inside the app", "request"]);
    expect(mine[1]).toMatchObject({ level: "info", method: "GET", path: "/read/abc", status: 200 });
    expect(typeof mine[1]!.ms).toBe("number");
    expect(typeof mine[1]!.time).toBe("string");
    expect(JSON.stringify(server.lines)).not.toContain("secret");
    expect((await server.get("/")).header).not.toBe(header);
  });

  it("ignores a client's X-Request-Id without TRUST_PROXY: anyone can write it", async () => {
    const server = await serve(false);
    close = server.close;
    const { header, seenByApp } = await server.get("/", { "X-Request-Id": "forged-id-123" });
    expect(header).not.toBe("forged-id-123");
    expect(seenByApp).toBe(header);
    expect(server.lines.some((line) => line.requestId === "forged-id-123")).toBe(false);
  });

  it("takes the proxy's X-Request-Id behind a trusted proxy, unless it could break a log line", async () => {
    const server = await serve(true);
    close = server.close;
    expect((await server.get("/", { "X-Request-Id": "5f0c2a9e8b7d4c3a" })).header).toBe("5f0c2a9e8b7d4c3a");
    const odd = await server.get("/", { "X-Request-Id": `${"x".repeat(200)}` });
    expect(odd.header).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("unexpected errors", () => {
  it("are logged once, with their stack and the request's id, and answered with a generic 500", async () => {
    const destination = (log as unknown as Record<symbol, { write: (line: string) => void }>)[pino.symbols.streamSym]!;
    const written = vi.spyOn(destination, "write").mockImplementation(() => undefined);
    const response = inRequest("req-42", () => responseForError(new Error("the disk is on fire")));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("fire");
    expect(written).toHaveBeenCalledTimes(1);
    const line = JSON.parse(String(written.mock.calls[0]![0])) as Line & { err: { message: string; stack: string } };
    expect(line).toMatchObject({ level: "error", requestId: "req-42", err: { type: "Error", message: "the disk is on fire" } });
    expect(line.err.stack).toMatch(/at .*log\.test\.ts/);
  });
});
