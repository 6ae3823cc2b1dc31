/**
 * The tool's side of an LTI exchange as a test drives it: the LMS's login
 * request to closeread's route handlers, then the id token posted with the
 * state closeread gave, and the tickets found in the pages it answers with.
 */
import { expect } from "vitest";
import { GET as jwksRoute } from "@/app/api/lti/jwks/route";
import { GET as loginRoute } from "@/app/api/lti/login/route";
import { POST as launchRoute } from "@/app/api/lti/launch/route";
import type { TestPlatform } from "./platform";

export const TOOL = "http://tool.test";
export const toolJwks = async () => (await jwksRoute()).json();

export async function launch(platform: TestPlatform, claims: (nonce: string) => Promise<string>, options: { replay?: boolean } = {}) {
  const login = await loginRoute(
    new Request(`${TOOL}/api/lti/login?${new URLSearchParams({ iss: platform.issuer, login_hint: "hint", target_link_uri: `${TOOL}/api/lti/launch`, client_id: platform.clientId })}`),
  );
  expect(login.status).toBe(302);
  const auth = new URL(login.headers.get("location")!);
  expect(auth.origin + auth.pathname).toBe(platform.url("/auth"));
  expect(auth.searchParams.get("redirect_uri")).toBe(`${TOOL}/api/lti/launch`);
  const form = new URLSearchParams({ id_token: await claims(auth.searchParams.get("nonce")!), state: auth.searchParams.get("state")! });
  const post = () => launchRoute(new Request(`${TOOL}/api/lti/launch`, { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } }));
  const first = await post();
  return options.replay ? post() : first;
}

export const ticketIn = (html: string, name: string) => html.match(new RegExp(`${name}=([A-Za-z0-9_-]+)`))?.[1] ?? html.match(/name="ticket" value="([^"]+)"/)?.[1];

export async function until(condition: () => Promise<boolean>) {
  for (let tries = 0; tries < 200 && !(await condition()); tries++) await new Promise((resolve) => setTimeout(resolve, 25));
}
