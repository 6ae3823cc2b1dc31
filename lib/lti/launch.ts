/**
 * Step two: the platform posts an id token and our state. The state must be
 * one we issued and not expired; the token must be signed by a key in the
 * platform's JWKS, issued by it for our client id, unexpired, carry the
 * nonce we stored for that state (spent here, so a replay fails), and name a
 * registered deployment. jose does all the cryptography.
 */
import "server-only";
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from "jose";
import { db } from "@/lib/db/client";
import type { LtiPlatform } from "@/lib/generated/prisma/client";
import { CLAIM, launchClaimsSchema, type LaunchClaims } from "./claims";
import { LtiError } from "./errors";

/** jose caches each JWKS and refetches it when a token names an unknown key (rotation). */
const keySets = new Map<string, JWTVerifyGetKey>();
function platformKeys(jwksUrl: string): JWTVerifyGetKey {
  let keys = keySets.get(jwksUrl);
  if (!keys) keySets.set(jwksUrl, (keys = createRemoteJWKSet(new URL(jwksUrl))));
  return keys;
}

export type VerifiedLaunch = { platform: LtiPlatform; claims: LaunchClaims };

export async function verifyLaunch(form: { id_token?: string; state?: string; error?: string; error_description?: string }, now = new Date()): Promise<VerifiedLaunch> {
  if (form.error) throw new LtiError(`The LMS refused the launch: ${form.error_description || form.error}.`, 401);
  if (!form.id_token || !form.state) throw new LtiError("This launch is missing its id token or state.");
  const stored = await db.ltiLaunchState.findUnique({ where: { state: form.state }, include: { platform: true } });
  if (!stored || stored.expiresAt < now) throw new LtiError("This launch has expired or did not start here. Open the activity again from your course.", 401);

  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(form.id_token, platformKeys(stored.platform.jwksUrl), {
      issuer: stored.platform.issuer,
      audience: stored.platform.clientId,
      algorithms: ["RS256", "RS384", "RS512", "ES256", "PS256"],
      currentDate: now,
      requiredClaims: ["exp", "iat", "nonce", "sub"],
    }));
  } catch (error) {
    throw new LtiError(tokenErrorMessage(error), 401);
  }
  // With several audiences, the token must say it was meant for us (OIDC Core 3.1.3.7).
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== stored.platform.clientId) {
    throw new LtiError("This launch was meant for another tool (wrong audience).", 401);
  }
  if (payload.nonce !== stored.nonce) throw new LtiError("This launch does not match the login it came from (wrong nonce).", 401);
  // Spend the nonce: of two posts with the same token, only one gets here.
  const { count } = await db.ltiLaunchState.updateMany({ where: { state: form.state, usedAt: null }, data: { usedAt: now } });
  if (count === 0) throw new LtiError("This launch was already used. Open the activity again from your course.", 401);

  const parsed = launchClaimsSchema.safeParse(payload);
  if (!parsed.success) throw new LtiError("This launch is missing LTI 1.3 information closeread needs (message type, version, deployment or roles).");
  const claims = parsed.data;
  const deployment = await db.ltiDeployment.findUnique({
    where: { platformId_deploymentId: { platformId: stored.platformId, deploymentId: claims[CLAIM.deploymentId] } },
  });
  if (!deployment) throw new LtiError("This deployment of closeread is not registered. Ask your closeread admin to add its deployment id.", 403);
  return { platform: stored.platform, claims };
}

function tokenErrorMessage(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return "This launch has expired. Open the activity again from your course.";
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === "aud") return "This launch was meant for another tool (wrong audience).";
    if (error.claim === "iss") return "This launch does not come from the LMS it claims to (wrong issuer).";
    return `This launch's ${error.claim} claim is not valid.`;
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed || error instanceof joseErrors.JWKSNoMatchingKey) {
    return "This launch's signature does not match the LMS's keys.";
  }
  if (error instanceof joseErrors.JOSEError) return "This launch's id token could not be verified.";
  throw error;
}
