/**
 * Response headers for every route. The CSP allows inline styles and scripts
 * because Next's App Router inlines its bootstrap scripts; everything else is
 * same-origin only, and no page may be framed.
 */
export function securityHeaders(production: boolean): { key: string; value: string }[] {
  const scriptSrc = production ? "'self' 'unsafe-inline'" : "'self' 'unsafe-inline' 'unsafe-eval'";
  const csp = [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
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
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
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
