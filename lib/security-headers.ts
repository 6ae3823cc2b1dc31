/**
 * Security headers. Pages get their Content-Security-Policy from proxy.ts
 * with a fresh nonce per request: Next reads the nonce from the request's
 * policy and puts it on its own bootstrap scripts, and our one inline script
 * (components/reading/preferences-script.tsx) takes it from `x-nonce`, so no
 * other inline script runs. Inline styles stay allowed: React's style
 * attributes cannot carry a nonce, and a style cannot run code. Everything
 * else is same-origin only, and no page may be framed.
 */
export const NONCE_HEADER = "x-nonce";

/** The policy for a page rendered with this nonce ('unsafe-eval' only in development, where React's debugging needs it). */
export function contentSecurityPolicy(nonce: string, production: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts that Next's nonced bootstrap loads may load others; nothing else runs.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    // Google and Microsoft sign-in start with a form post that redirects to the provider (without JavaScript too).
    "form-action 'self' https://accounts.google.com https://login.microsoftonline.com",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** A nonce: 128 random bits, fresh for each page request. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** For responses the proxy does not see (route handlers, static files): they run no script at all. */
const NO_SCRIPT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** next.config.ts's headers: the same on every route, plus a no-script policy where the proxy sets none. */
export function securityHeaders(): { source: string; headers: { key: string; value: string }[] }[] {
  const common = [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
  const noScript = [{ key: "Content-Security-Policy", value: NO_SCRIPT_POLICY }];
  return [
    { source: "/:path*", headers: common },
    { source: "/api/:path*", headers: noScript },
    { source: "/_next/:path*", headers: noScript },
  ];
}

/**
 * Headers for the LTI pages (app/api/lti/), which an LMS shows in an iframe:
 * framing allowed for the registered platforms' origins only, forms may post
 * to the LMS (the deep-linking reply), and no script but those given by
 * hash (the reply's auto-submit). Every other route keeps DENY.
 */
export function ltiFrameHeaders(
  platformOrigins: readonly string[],
  formTargets: readonly string[],
  scriptHashes: readonly string[],
): { key: string; value: string }[] {
  const csp = [
    "default-src 'none'",
    scriptHashes.length ? `script-src ${scriptHashes.join(" ")}` : "script-src 'none'",
    "style-src 'unsafe-inline'",
    `frame-ancestors 'self' ${platformOrigins.join(" ")}`.trim(),
    `form-action 'self' ${formTargets.join(" ")}`.trim(),
    "base-uri 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "X-Content-Type-Options", value: "nosniff" },
  ];
}
