/**
 * Does nothing, on purpose: `npm run bench:submit` measures it on the same
 * server in the same run as the ceiling a real endpoint is compared with
 * (see docs/performance.md). No session, no database, no body.
 */
export function POST(): Response {
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
