import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/paths";

/**
 * Hands each page its own path (pages cannot otherwise know it), so that
 * requireUser can send an anonymous visitor to sign in and back. No
 * authorization happens here: pages, actions and data functions do it.
 */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico).*)"],
};
