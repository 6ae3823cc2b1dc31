import { sessionCookie } from "@/lib/auth/session-token";
import { startSession } from "@/lib/auth/sign-in-sessions";
import { ltiHandler } from "@/lib/lti/http";
import { spendTicket } from "@/lib/lti/tickets";
import { toolOrigin } from "@/lib/lti/urls";

/**
 * "Open in closeread": a one-time ticket from a launch becomes a session,
 * set first-party (this runs in a tab of its own), then on to the page.
 */
export const GET = ltiHandler(async (request) => {
  const ticket = await spendTicket("session", new URL(request.url).searchParams.get("ticket") ?? "");
  const cookie = await sessionCookie(ticket.userId, await startSession(ticket.userId), Date.now());
  const headers = new Headers({ location: new URL(ticket.path, toolOrigin(request.url)).toString(), "cache-control": "no-store" });
  const { options } = cookie;
  headers.append(
    "set-cookie",
    `${cookie.name}=${cookie.value}; Path=${options.path}; Max-Age=${options.maxAge}; HttpOnly; SameSite=Lax${options.secure ? "; Secure" : ""}`,
  );
  return new Response(null, { status: 303, headers });
});
