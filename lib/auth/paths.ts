import type { Role } from "@/lib/auth/roles";

/** Set by proxy.ts on every page request, so that a sign-in redirect can come back. */
export const REQUEST_PATH_HEADER = "x-closeread-path";

// Only the origin matters: a path that resolves against it and stays on it is one of ours.
const BASE = "http://closeread.invalid";

/**
 * A same-site path to return to after signing in, or null. The value is
 * resolved by the WHATWG URL parser, as a browser would resolve a Location
 * header: it strips tabs and newlines and reads "\\" as "/", so "/\t/host",
 * "/\\host" and "//host" all name another host and are refused. What is
 * returned is the parsed path, query and fragment, never the raw text.
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = url.pathname + url.search + url.hash;
  // Encoded slashes stay encoded (harmless to a browser), but a path that would decode to "//host" has no honest use.
  if (path.startsWith("//") || /^\/(%2f|%5c)/i.test(path)) return null;
  if (url.pathname.startsWith("/sign-in") || url.pathname.startsWith("/api/")) return null;
  return path;
}

export function signInPath(next?: string | null): string {
  const safe = safeNextPath(next);
  return safe ? `/sign-in?next=${encodeURIComponent(safe)}` : "/sign-in";
}

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case "teacher":
      return "/teach";
    case "student":
      return "/classes";
    case "learner":
      return "/review";
  }
}
