/**
 * The tool's LTI endpoints, as an admin pastes them into the LMS. The
 * origin is CLOSEREAD_PUBLIC_URL when set (behind a proxy that rewrites the
 * host), else the request's own.
 */
export type ToolUrls = { jwks: string; login: string; launch: string; deepLinking: string };

export function toolOrigin(requestUrl: string, env: Record<string, string | undefined> = process.env): string {
  const configured = env.CLOSEREAD_PUBLIC_URL?.trim();
  return new URL(configured || requestUrl).origin;
}

export function toolUrls(origin: string): ToolUrls {
  return {
    jwks: `${origin}/api/lti/jwks`,
    login: `${origin}/api/lti/login`,
    launch: `${origin}/api/lti/launch`,
    deepLinking: `${origin}/api/lti/launch`,
  };
}

/** The origin of a page request (behind a proxy: its forwarded host and protocol), as toolOrigin sees it. */
export function requestOrigin(requestHeaders: Headers, env: Record<string, string | undefined> = process.env): string {
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return toolOrigin(`${protocol}://${host}/`, env);
}
