/**
 * LTI Dynamic Registration 1.0, the tool's side. An admin makes a one-time
 * registration URL in /teach/lti and pastes it into the LMS; the LMS opens it
 * with `openid_configuration` (its OpenID configuration URL) and, usually,
 * `registration_token`. closeread reads the configuration, checks that its
 * issuer has the same origin as the URL it came from (so one platform cannot
 * register as another), posts its client registration with its LTI tool
 * configuration to the platform's `registration_endpoint` (the token as
 * Bearer), and stores the platform from the two replies. The page then posts
 * `{subject: "org.imsglobal.lti.close"}` to the LMS window.
 *
 * The one-time URL stands for the admin: the LMS's window is often a
 * third-party iframe where closeread's session cookie never arrives, and a
 * registered platform can sign anyone in, so nobody else may start one.
 */
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/errors";
import { SCOPE } from "./claims";
import { LtiError } from "./errors";
import { assertAdmin, isAdmin } from "./platforms";
import { issueTicket, spendTicket } from "./tickets";
import type { ToolUrls } from "./urls";

const TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
const PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";

const url = z.url({ protocol: /^https?$/ });

const openIdConfigurationSchema = z.object({
  issuer: url,
  authorization_endpoint: url,
  token_endpoint: url,
  jwks_uri: url,
  registration_endpoint: url,
  [PLATFORM_CONFIGURATION]: z.object({ product_family_code: z.string().max(100).optional() }).optional(),
});

const registrationReplySchema = z.object({
  client_id: z.string().min(1).max(255),
  [TOOL_CONFIGURATION]: z.object({ deployment_id: z.string().min(1).max(255).optional() }).optional(),
});

/** The admin's one-time registration URL (valid 24 hours). */
export async function createRegistrationUrl(actor: SessionUser, origin: string, now = new Date()): Promise<string> {
  await assertAdmin(actor);
  const ticket = await issueTicket({ kind: "registration", userId: actor.id, platformId: null, path: "" }, now);
  return `${origin}/api/lti/register/${ticket}`;
}

/** What the LMS must accept for closeread to work: logins, launches, deep linking, grades and rosters. */
export function toolRegistration(urls: ToolUrls) {
  return {
    application_type: "web",
    response_types: ["id_token"],
    grant_types: ["implicit", "client_credentials"],
    initiate_login_uri: urls.login,
    redirect_uris: [urls.launch],
    client_name: "closeread",
    jwks_uri: urls.jwks,
    token_endpoint_auth_method: "private_key_jwt",
    scope: [SCOPE.lineItem, SCOPE.score, SCOPE.memberships].join(" "),
    [TOOL_CONFIGURATION]: {
      domain: new URL(urls.launch).host,
      description: "Close reading with questions, evidence and feedback.",
      target_link_uri: urls.launch,
      claims: ["iss", "sub", "name", "given_name", "family_name"],
      messages: [
        { type: "LtiDeepLinkingRequest", target_link_uri: urls.deepLinking, label: "closeread reading", placements: ["assignment_selection", "link_selection"] },
        { type: "LtiResourceLinkRequest", target_link_uri: urls.launch },
      ],
    },
  };
}

async function fetchJson(input: string, init: RequestInit, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(input, { ...init, signal: AbortSignal.timeout(15_000) });
  } catch {
    throw new LtiError(`closeread could not reach the LMS for ${what}.`, 400);
  }
  if (!response.ok) throw new LtiError(`The LMS answered ${response.status} to ${what}.`, 400);
  return response.json().catch(() => {
    throw new LtiError(`The LMS's answer to ${what} is not JSON.`, 400);
  });
}

export type RegisteredPlatform = { id: string; name: string; issuer: string; hasDeployment: boolean };

/** Completes a registration the LMS opened with the admin's one-time URL. */
export async function completeRegistration(
  ticket: string,
  params: { openid_configuration?: string; registration_token?: string },
  urls: ToolUrls,
  now = new Date(),
): Promise<RegisteredPlatform> {
  const spent = await spendTicket("registration", ticket, now);
  const admin = await db.user.findUnique({ where: { id: spent.userId }, select: { id: true, role: true, displayName: true } });
  if (!admin || admin.role !== "teacher" || !(await isAdmin({ id: admin.id, role: "teacher", displayName: admin.displayName }))) {
    throw new LtiError("The admin who made this registration URL no longer is one.", 403);
  }
  const configurationUrl = params.openid_configuration ?? "";
  if (!URL.canParse(configurationUrl) || !/^https?:$/.test(new URL(configurationUrl).protocol)) {
    throw new LtiError("The LMS did not send its OpenID configuration address (openid_configuration).");
  }
  const parsed = openIdConfigurationSchema.safeParse(await fetchJson(configurationUrl, { headers: { accept: "application/json" } }, "closeread's request for its OpenID configuration"));
  if (!parsed.success) throw new LtiError("The LMS's OpenID configuration lacks what closeread needs (issuer, endpoints, keyset or registration endpoint).");
  const configuration = parsed.data;
  // LTI Dynamic Registration 3.5.1: the issuer must be where the configuration came from.
  if (new URL(configuration.issuer).origin !== new URL(configurationUrl).origin) {
    throw new LtiError(`The LMS's issuer (${configuration.issuer}) does not match the address of its configuration; closeread refused to register it.`, 403);
  }

  const reply = registrationReplySchema.safeParse(
    await fetchJson(
      configuration.registration_endpoint,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          ...(params.registration_token ? { authorization: `Bearer ${params.registration_token}` } : {}),
        },
        body: JSON.stringify(toolRegistration(urls)),
      },
      "closeread's registration",
    ),
  );
  if (!reply.success) throw new LtiError("The LMS accepted the registration but sent no client id.");
  const deploymentId = reply.data[TOOL_CONFIGURATION]?.deployment_id;
  const name = configuration[PLATFORM_CONFIGURATION]?.product_family_code || new URL(configuration.issuer).host;
  try {
    const platform = await db.ltiPlatform.create({
      data: {
        name: name.slice(0, 100),
        issuer: configuration.issuer,
        clientId: reply.data.client_id,
        authLoginUrl: configuration.authorization_endpoint,
        tokenUrl: configuration.token_endpoint,
        jwksUrl: configuration.jwks_uri,
        ...(deploymentId ? { deployments: { create: { deploymentId } } } : {}),
      },
      select: { id: true, name: true, issuer: true },
    });
    return { ...platform, hasDeployment: !!deploymentId };
  } catch (error) {
    if (isUniqueViolation(error)) throw new LtiError("This LMS registration (issuer and client id) is already in closeread.", 400);
    throw error;
  }
}
