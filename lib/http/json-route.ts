/**
 * The plumbing every reading endpoint shares (docs/reading-api.md): the
 * signed-in user or 401, a body of at most 64 KiB or 413, JSON that fits its
 * zod schema or 400 with messages per field, and errors as
 * `{ error: { code, message, fields? } }`. Nothing runs unless all of that
 * passes, so a rejected request changes nothing. Strings lose control
 * characters first (lib/forms/text.ts), as form fields do.
 */
import "server-only";
import { z } from "zod";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { AppError, isAppError, isTransientDatabaseError, type AppErrorCode } from "@/lib/errors";
import { idSchema } from "@/lib/forms/schemas";
import { withoutControlCharacters } from "@/lib/forms/text";
import { fieldErrors } from "@/lib/grading/answers";
import { ReadingRuleError } from "@/lib/reading/errors";

export const MAX_BODY_BYTES = 64 * 1024;

const STATUS: Record<AppErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  rate_limited: 429,
  conflict: 409,
};

type ErrorBody = { code: string; message: string; fields?: Record<string, string[]> };

/**
 * Bodies shorter than this go out uncompressed ("no-transform" tells Next's
 * gzip to leave them): a few kilobytes cost nothing to send, and gzipping
 * every answer's reply was 3% of the server's time under load.
 */
const COMPRESS_FROM_CHARACTERS = 8 * 1024;

export function errorResponse(status: number, error: ErrorBody, headers: Record<string, string> = {}): Response {
  return jsonResponse({ error }, status, headers);
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const cacheControl = text.length < COMPRESS_FROM_CHARACTERS ? "no-store, no-transform" : "no-store";
  return new Response(text, { status, headers: { "Content-Type": "application/json", "Cache-Control": cacheControl, ...headers } });
}

type Context<T> = { user: SessionUser; input: T };

/**
 * Runs `handle` for a signed-in user's JSON request. With a schema, the body
 * is read and checked first; without one (GET) there is none.
 */
export async function handleJsonRequest<Schema extends z.ZodType>(
  request: Request,
  schema: Schema | null,
  handle: (context: Context<z.output<Schema>>) => Promise<Response>,
): Promise<Response> {
  // Session cookies are SameSite=Lax already; this also refuses cross-site requests from older browsers' forms.
  if (request.headers.get("sec-fetch-site") === "cross-site") {
    return errorResponse(403, { code: "forbidden", message: "Cross-site requests are not accepted." });
  }
  const declaredLength = Number(request.headers.get("content-length") ?? 0);
  if (declaredLength > MAX_BODY_BYTES) return tooLarge();

  let user: SessionUser | null;
  try {
    user = await getCurrentUser();
  } catch (error) {
    // Only a busy database is answered here; anything else (including Next's own signals from auth()) goes on as before.
    if (isTransientDatabaseError(error)) return busyResponse(error);
    throw error;
  }
  if (!user) return errorResponse(401, { code: "unauthorized", message: "Please sign in again: your session has ended." });

  let input: z.output<Schema> = undefined as z.output<Schema>;
  if (schema) {
    const text = await readLimited(request);
    if (text === null) return tooLarge();
    let json: unknown;
    try {
      json = text === "" ? {} : JSON.parse(text, (_key, value: unknown) => (typeof value === "string" ? withoutControlCharacters(value) : value));
    } catch {
      return errorResponse(400, { code: "invalid", message: "The request body is not valid JSON.", fields: {} });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) return errorResponse(400, { code: "invalid", message: "Please check the fields marked.", fields: fieldErrors(parsed.error) });
    input = parsed.data;
  }

  try {
    return await handle({ user, input });
  } catch (error) {
    return responseForError(error);
  }
}

/** Expected errors with their status and message; a busy database as 503 to retry; anything else logged, as a generic 500. */
function responseForError(error: unknown): Response {
  if (isAppError(error)) {
    const code = error instanceof ReadingRuleError ? error.rule : error.code;
    return errorResponse(STATUS[error.code], { code, message: error.message, ...(error.fieldErrors ? { fields: error.fieldErrors } : {}) });
  }
  if (isTransientDatabaseError(error)) return busyResponse(error);
  console.error(error);
  return errorResponse(500, { code: "server_error", message: "Something went wrong on our side. Your answer is kept; please try again." });
}

/** A locked or conflicting database clears in a moment: the client keeps the answer and resends it with the same key. */
function busyResponse(error: unknown): Response {
  console.warn(`Database busy; asked the client to retry: ${error instanceof Error ? error.message : String(error)}`);
  return errorResponse(503, { code: "busy", message: "The server is busy. Your answer is kept and will be sent again." }, { "Retry-After": "1" });
}

/** handleJsonRequest for `/api/attempts/<attemptId>/...`; a malformed id is a 404 like any unknown one. */
export async function handleAttemptRequest<Schema extends z.ZodType>(
  request: Request,
  params: Promise<{ attemptId: string }>,
  schema: Schema | null,
  handle: (context: Context<z.output<Schema>> & { attemptId: string }) => Promise<Response>,
): Promise<Response> {
  const { attemptId } = await params;
  return handleJsonRequest(request, schema, async (context) => {
    if (!idSchema.safeParse(attemptId).success) throw new AppError("not_found", "There is no such attempt.");
    return handle({ ...context, attemptId });
  });
}

function tooLarge(): Response {
  return errorResponse(413, { code: "too_large", message: `The request is larger than ${MAX_BODY_BYTES / 1024} KiB.` });
}

/** The body as text, or null once it passes the limit (a missing or lying Content-Length does not help). */
async function readLimited(request: Request): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
