/**
 * The one wrapper for route handlers (README, "How it fits together"): each
 * handler is declared once with who may call it, what its URL parameters
 * and body are, and what it replies with, and nothing in it runs unless all
 * of that holds, so a refused request changes nothing.
 *
 * - `reply: "json"`, for fetch, beacon and poll (docs/reading-api.md): a
 *   cross-site request or a foreign Origin is 403, a body that is not
 *   application/json 415, over 64 KiB 413, no session 401, another role
 *   403, a malformed URL id 404, a body that does not fit its schema 400
 *   with messages per field; errors as `{ error: { code, message, fields? } }`.
 * - `reply: "download"`, for links a person follows to a file: the sign-in
 *   page (and back), the 403 or the 404 page, as for any page.
 */
import "server-only";
import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import type { Role } from "@/lib/auth/roles";
import { getCurrentUser, requireUser, type SessionUser } from "@/lib/auth/current-user";
import { isAppError, isTransientDatabaseError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { declaresJson, declaresTooLarge, MAX_BODY_BYTES, parseJsonBody, readLimited } from "./body";
import { busyResponse, errorResponse, jsonResponse, responseForError } from "./responses";

type Schema = z.ZodType;
type Output<S extends Schema | undefined> = S extends Schema ? z.output<S> : undefined;

export type RouteOptions<Params extends Schema | undefined, Body extends Schema | undefined> = {
  /** Who may call it ("any" signed-in user); anyone else is refused before any query. */
  roles: readonly Role[] | "any";
  /** The URL's dynamic segments; one that does not fit is "not found" (ids are cuids: lib/forms/schemas.ts). */
  params?: Params;
  /** The JSON body (POST, PUT); without one the route reads none. JSON replies only. */
  body?: Body;
  /** A larger body limit than MAX_BODY_BYTES, for a route that takes a whole document (the editor's draft). */
  maxBodyBytes?: number;
  reply: "json" | "download";
};

export type RouteContext<Params extends Schema | undefined, Body extends Schema | undefined> = {
  user: SessionUser;
  params: Output<Params>;
  body: Output<Body>;
  request: Request;
};

/** A JSON route's handler returns its data (sent as 200) or a Response of its own (201, 204); a download's, its Response. */
type Handler<Params extends Schema | undefined, Body extends Schema | undefined> = (
  context: RouteContext<Params, Body>,
) => Promise<unknown>;

/** What Next passes a route handler besides the request (nothing to speak of for a route without dynamic segments). */
type Segments = { params: Promise<object> } | undefined;

/** One request to a declared route. */
type Call<Params extends Schema | undefined, Body extends Schema | undefined> = {
  options: RouteOptions<Params, Body>;
  handle: Handler<Params, Body>;
  request: Request;
  segments: Segments;
};

export function route<Params extends Schema | undefined = undefined, Body extends Schema | undefined = undefined>(
  options: RouteOptions<Params, Body>,
  handle: Handler<Params, Body>,
): (request: Request, segments?: Segments) => Promise<Response> {
  const run = options.reply === "json" ? jsonRoute : downloadRoute;
  return (request, segments) => run({ options, handle, request, segments });
}

async function jsonRoute<Params extends Schema | undefined, Body extends Schema | undefined>(call: Call<Params, Body>): Promise<Response> {
  const { options, handle, request, segments } = call;
  if (!fromThisSite(request)) return errorResponse(403, { code: "forbidden", message: "Cross-site requests are not accepted." });
  if (options.body && !declaresJson(request)) {
    return errorResponse(415, { code: "unsupported_media_type", message: "Send the body as application/json." });
  }
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  if (declaresTooLarge(request, limit)) return tooLarge(limit);

  let user: SessionUser | null;
  try {
    user = await getCurrentUser();
  } catch (error) {
    // Only a busy database is answered here; anything else (including Next's own signals from auth()) goes on as before.
    if (isTransientDatabaseError(error)) return busyResponse(error);
    throw error;
  }
  if (!user) return errorResponse(401, { code: "unauthorized", message: "Please sign in again: your session has ended." });
  if (!allowed(options.roles, user)) return errorResponse(403, { code: "forbidden", message: "Your account cannot do this." });

  const params = parsedParams(options.params, await segments?.params);
  if (!params.ok) return errorResponse(404, { code: "not_found", message: "There is no such page or record." });

  let body: unknown = undefined;
  if (options.body) {
    const text = await readLimited(request, limit);
    if (text === null) return tooLarge(limit);
    let json: unknown;
    try {
      json = parseJsonBody(text);
    } catch {
      return errorResponse(400, { code: "invalid", message: "The request body is not valid JSON.", fields: {} });
    }
    const parsed = options.body.safeParse(json);
    if (!parsed.success) return errorResponse(400, { code: "invalid", message: "Please check the fields marked.", fields: fieldErrors(parsed.error) });
    body = parsed.data;
  }

  try {
    const result = await handle({ user, params: params.value as Output<Params>, body: body as Output<Body>, request });
    return result instanceof Response ? result : jsonResponse(result);
  } catch (error) {
    return responseForError(error);
  }
}

async function downloadRoute<Params extends Schema | undefined, Body extends Schema | undefined>(call: Call<Params, Body>): Promise<Response> {
  const { options, handle, segments, request } = call;
  const user = await requireUser(options.roles === "any" ? undefined : options.roles);
  const params = parsedParams(options.params, await segments?.params);
  if (!params.ok) notFound();
  try {
    const result = await handle({ user, params: params.value as Output<Params>, body: undefined as Output<Body>, request });
    if (!(result instanceof Response)) throw new Error("A download route must return a Response.");
    return result;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    if (isAppError(error) && error.code === "forbidden") forbidden();
    throw error;
  }
}

function allowed(roles: RouteOptions<undefined, undefined>["roles"], user: SessionUser): boolean {
  return roles === "any" || roles.includes(user.role);
}

function parsedParams(schema: Schema | undefined, raw: object = {}): { ok: true; value: unknown } | { ok: false } {
  if (!schema) return { ok: true, value: undefined };
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}

/**
 * Session cookies are SameSite=Lax already; this also refuses what a
 * browser marks as cross-site, and any request whose Origin is not this
 * site (the host it was sent to, or AUTH_URL behind a proxy that hides it).
 */
function fromThisSite(request: Request): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false; // "null" (a sandboxed frame, a redirect from elsewhere) or garbage
  }
  const requestHost = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? request.headers.get("host") ?? new URL(request.url).host;
  return originHost === requestHost || (process.env.AUTH_URL !== undefined && originHost === new URL(process.env.AUTH_URL).host);
}

function tooLarge(limit: number): Response {
  return errorResponse(413, { code: "too_large", message: `The request is larger than ${limit / 1024} KiB.` });
}
