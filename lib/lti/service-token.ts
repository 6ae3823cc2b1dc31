/**
 * Access tokens for the platform's services (AGS, NRPS): OAuth 2 client
 * credentials, the client authenticated by a JWT signed with the tool's key
 * (RFC 7523, as LTI Security 1.0 requires). Kept in memory until a minute
 * before they expire.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { z } from "zod";
import type { LtiPlatform } from "@/lib/generated/prisma/client";
import { SIGNING_ALGORITHM, toolSigningKey } from "./keys";

const tokenReplySchema = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive().optional() });

const cached = new Map<string, { token: string; expiresAt: number }>();

export async function serviceToken(platform: Pick<LtiPlatform, "id" | "clientId" | "tokenUrl">, scopes: readonly string[], now = Date.now()): Promise<string> {
  const key = `${platform.id} ${[...scopes].sort().join(" ")}`;
  const known = cached.get(key);
  if (known && known.expiresAt > now) return known.token;

  const { kid, key: signingKey } = await toolSigningKey();
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ: "JWT" })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.tokenUrl)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(now / 1000) + 300)
    .setJti(randomUUID())
    .sign(signingKey);
  const response = await fetch(platform.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "client_credentials",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: assertion,
      scope: scopes.join(" "),
    }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`The LMS token endpoint answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  const reply = tokenReplySchema.parse(await response.json());
  const lifetime = (reply.expires_in ?? 3600) * 1000;
  cached.set(key, { token: reply.access_token, expiresAt: now + Math.max(lifetime - 60_000, 0) });
  return reply.access_token;
}
