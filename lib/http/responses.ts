/**
 * JSON replies and the one error shape, `{ error: { code, message, fields? } }`
 * (ApiError in lib/http/client.ts, which reads them in the browser).
 */
import "server-only";
import { isAppError, isTransientDatabaseError, type AppErrorCode } from "@/lib/errors";
import type { ApiError } from "./client";
import { log, messageOf } from "@/lib/log";

const STATUS: Record<AppErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  rate_limited: 429,
  conflict: 409,
};

/**
 * Bodies shorter than this go out uncompressed ("no-transform" tells Next's
 * gzip to leave them): a few kilobytes cost nothing to send, and gzipping
 * every answer's reply was 3% of the server's time under load.
 */
const COMPRESS_FROM_CHARACTERS = 8 * 1024;

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const cacheControl = text.length < COMPRESS_FROM_CHARACTERS ? "no-store, no-transform" : "no-store";
  return new Response(text, { status, headers: { "Content-Type": "application/json", "Cache-Control": cacheControl, ...headers } });
}

export function errorResponse(status: number, error: ApiError, headers: Record<string, string> = {}): Response {
  return jsonResponse({ error }, status, headers);
}

/** Expected errors with their status and message; a busy database as 503 to retry; anything else logged, as a generic 500. */
export function responseForError(error: unknown): Response {
  if (isAppError(error)) {
    return errorResponse(STATUS[error.code], { code: error.reason ?? error.code, message: error.message, ...(error.fieldErrors ? { fields: error.fieldErrors } : {}) });
  }
  if (isTransientDatabaseError(error)) return busyResponse(error);
  log.error({ err: error }, "unexpected error in a JSON route");
  return errorResponse(500, { code: "server_error", message: "Something went wrong on our side. Your answer is kept; please try again." });
}

/** A locked or conflicting database clears in a moment: the client keeps the answer and resends it with the same key. */
export function busyResponse(error: unknown): Response {
  log.warn({ reason: messageOf(error) }, "database busy; asked the client to retry");
  return errorResponse(503, { code: "busy", message: "The server is busy. Your answer is kept and will be sent again." }, { "Retry-After": "1" });
}
