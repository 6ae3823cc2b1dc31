import type { Role } from "@/lib/auth/session";

/** Set by proxy.ts on every page request, so that a sign-in redirect can come back. */
export const REQUEST_PATH_HEADER = "x-closeread-path";

/**
 * A same-site path to return to after signing in, or null. Refuses anything
 * that could leave the site ("//host", "/\\host", absolute URLs).
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (value.startsWith("/sign-in") || value.startsWith("/api/")) return null;
  return value.length <= 2000 ? value : null;
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
