/**
 * Step one of an LTI 1.3 launch (OIDC third-party initiated login): the
 * platform names itself, we remember a fresh state and nonce on the server
 * (keyed by state, since an LMS iframe may refuse our cookies) and send the
 * browser to the platform's auth endpoint, which posts the id token to
 * /api/lti/launch.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { LtiError } from "./errors";

/** How long a person has between the LMS's login request and its launch post. */
export const LAUNCH_STATE_TTL_MS = 10 * 60 * 1000;

const loginSchema = z.object({
  iss: z.string().min(1).max(500),
  login_hint: z.string().min(1).max(2000),
  target_link_uri: z.string().max(2000).optional(),
  lti_message_hint: z.string().max(4000).optional(),
  client_id: z.string().max(255).optional(),
  lti_deployment_id: z.string().max(255).optional(),
});

export async function platformAuthRedirect(params: Record<string, string>, launchUrl: string, now = new Date()): Promise<string> {
  const parsed = loginSchema.safeParse(params);
  if (!parsed.success) throw new LtiError("This login request from the LMS is missing its issuer or login hint.");
  const login = parsed.data;
  const platforms = await db.ltiPlatform.findMany({
    where: { issuer: login.iss, ...(login.client_id ? { clientId: login.client_id } : {}) },
    take: 2,
  });
  const [platform] = platforms;
  if (platforms.length !== 1 || !platform) {
    throw new LtiError(
      platforms.length ? "Several registrations share this issuer: the LMS must send its client id." : "This LMS is not registered with closeread. Ask your closeread admin to register it.",
      403,
    );
  }
  const state = randomBytes(24).toString("base64url");
  const nonce = randomBytes(24).toString("base64url");
  await db.ltiLaunchState.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.ltiLaunchState.create({ data: { state, nonce, platformId: platform.id, expiresAt: new Date(now.getTime() + LAUNCH_STATE_TTL_MS) } });

  const target = new URL(platform.authLoginUrl);
  const query = {
    scope: "openid",
    response_type: "id_token",
    response_mode: "form_post",
    prompt: "none",
    client_id: platform.clientId,
    redirect_uri: launchUrl,
    login_hint: login.login_hint,
    state,
    nonce,
    ...(login.lti_message_hint ? { lti_message_hint: login.lti_message_hint } : {}),
  };
  for (const [name, value] of Object.entries(query)) target.searchParams.set(name, value);
  return target.toString();
}
