import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/paths";
import { renewedSessionCookie } from "@/lib/auth/session-token";
import { contentSecurityPolicy, newNonce, NONCE_HEADER } from "@/lib/security-headers";

/**
 * Hands each page its own path (pages cannot otherwise know it), so that
 * requireUser can send an anonymous visitor to sign in and back; gives each
 * page a Content-Security-Policy with a fresh script nonce (Next reads it from
 * the request's policy, our inline script from x-nonce); and renews a day-old
 * session cookie, so that someone who keeps using closeread stays signed in.
 * No authorization happens here: pages, actions and data functions do it.
 */
export async function proxy(request: NextRequest) {
  const refused = await refusedActionRequest(request);
  if (refused) return refused;
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  const renewed = await renewedSessionCookie(request.headers);
  if (renewed) response.cookies.set(renewed.name, renewed.value, renewed.options);
  return response;
}

/** Next's default serverActions.bodySizeLimit (next.config.ts leaves it), which Next enforces only with a 500. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * A server-action request Next would answer with a 500, answered here with
 * the 4xx it deserves: a body over the limit (413; Next has read a chunked
 * body by now and gives its length too), and a fetch action whose body is
 * neither multipart form data (what every form of ours sends) nor JSON (what
 * React sends for plain arguments) (400).
 */
async function refusedActionRequest(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST") return null;
  const isFetchAction = request.headers.has("next-action");
  const type = request.headers.get("content-type") ?? "";
  if (!isFetchAction && !type.startsWith("multipart/form-data")) return null;
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT_BYTES) return plain(413, "Content Too Large");
  if (isFetchAction && !type.startsWith("multipart/form-data")) {
    try {
      JSON.parse(await request.clone().text());
    } catch {
      return plain(400, "Bad Request");
    }
  }
  return null;
}

function plain(status: number, text: string): NextResponse {
  return new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico).*)"],
};
