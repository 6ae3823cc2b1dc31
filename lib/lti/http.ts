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
import { AUTO_SUBMIT_HASH, errorPage } from "./pages";
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

export async function htmlResponse(html: string, status = 200, extra: { formTargets?: string[] } = {}): Promise<Response> {
  const headers = new Headers({ "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  for (const { key, value } of ltiFrameHeaders(await platformOrigins(), extra.formTargets ?? [], [AUTO_SUBMIT_HASH])) headers.set(key, value);
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

export function ltiHandler(handle: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await handle(request);
    } catch (error) {
      if (error instanceof LtiError) return htmlResponse(errorPage(error.message), error.status);
      if (isAppError(error)) return htmlResponse(errorPage(error.message), error.code === "not_found" ? 404 : 400);
      if (isTransientDatabaseError(error)) return htmlResponse(errorPage("The server is busy just now. Please try again in a moment."), 503);
      log.error({ err: error }, "unexpected error in an LTI endpoint");
      return htmlResponse(errorPage("Something went wrong on our side. Please open the activity again in a moment."), 500);
    }
  };
}
