/**
 * The LTI endpoints' own handler, instead of the app's route() wrapper
 * (lib/http/route.ts): the platform's login and launch are cross-site form
 * posts or redirects by design, carry no session (the browser may be
 * inside an LMS iframe that blocks our cookies) and answer with HTML pages,
 * not JSON. So there is no Origin or session check here; each request is
 * authenticated by what it carries instead (a signed id token with our
 * state and nonce, or a one-time ticket). A refused request gets an error
 * page with its reason and a 4xx status, never a 500.
 */
import "server-only";
import { isAppError, isTransientDatabaseError } from "@/lib/errors";
import { ltiFrameHeaders } from "@/lib/security-headers";
import { db } from "@/lib/db/client";
import { LtiError } from "./errors";
import { errorPage, SCRIPT_HASHES } from "./pages";
import { log } from "@/lib/log";

/** Every registered platform may frame the LTI pages: their issuer's and login URL's origins. */
export async function platformOrigins(): Promise<string[]> {
  const platforms = await db.ltiPlatform.findMany({ select: { issuer: true, authLoginUrl: true } });
  const origins = new Set<string>();
  for (const platform of platforms) {
    for (const address of [platform.issuer, platform.authLoginUrl]) {
      if (URL.canParse(address)) origins.add(new URL(address).origin);
    }
  }
  return [...origins];
}

/** extra.frameAncestors: an LMS not registered yet that may frame this page (the one registering itself). */
export async function htmlResponse(html: string, status = 200, extra: { formTargets?: string[]; frameAncestors?: string[] } = {}): Promise<Response> {
  const headers = new Headers({ "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  const ancestors = [...new Set([...(await platformOrigins()), ...(extra.frameAncestors ?? [])])];
  for (const { key, value } of ltiFrameHeaders(ancestors, extra.formTargets ?? [], SCRIPT_HASHES)) headers.set(key, value);
  return new Response(html, { status, headers });
}

/** The form fields or query parameters of a request, as strings. */
export async function requestFields(request: Request): Promise<Record<string, string>> {
  const fields: Record<string, string> = Object.fromEntries(new URL(request.url).searchParams);
  if (request.method === "POST") {
    const type = request.headers.get("content-type") ?? "";
    if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
      for (const [name, value] of await request.formData()) if (typeof value === "string") fields[name] = value;
    }
  }
  return fields;
}

/** The page for a refused request: the reason, with a 4xx status. */
export function refusal(error: unknown, extra: { frameAncestors?: string[] } = {}): Promise<Response> | null {
  if (error instanceof LtiError) return htmlResponse(errorPage(error.message), error.status, extra);
  if (isAppError(error)) return htmlResponse(errorPage(error.message), error.code === "not_found" ? 404 : 400, extra);
  return null;
}

/** Rest: the route's context (its params), for routes that have one. */
export function ltiHandler<Rest extends unknown[] = []>(handle: (request: Request, ...rest: Rest) => Promise<Response>): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      return await handle(request, ...rest);
    } catch (error) {
      const refused = refusal(error);
      if (refused) return refused;
      if (isTransientDatabaseError(error)) return htmlResponse(errorPage("The server is busy just now. Please try again in a moment."), 503);
      log.error({ err: error }, "unexpected error in an LTI endpoint");
      return htmlResponse(errorPage("Something went wrong on our side. Please open the activity again in a moment."), 500);
    }
  };
}
