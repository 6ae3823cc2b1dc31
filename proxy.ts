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

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico).*)"],
};
