/**
 * The tool's own RS256 key pair: it signs deep-linking responses and the
 * client assertions for the platform's token endpoint, and its public half
 * is served at /api/lti/jwks. Made on first use and kept in the database, so
 * every instance signs with the same key and a restart keeps it.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import { db } from "@/lib/db/client";

export const SIGNING_ALGORITHM = "RS256";

export type SigningKey = { kid: string; key: CryptoKey | Uint8Array };

async function newestKeyRow() {
  const existing = await db.ltiToolKey.findFirst({ orderBy: { createdAt: "desc" } });
  if (existing) return existing;
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALGORITHM, use: "sig" };
  return db.ltiToolKey.create({
    data: { kid, publicJwk: JSON.stringify(publicJwk), privateJwk: JSON.stringify(await exportJWK(privateKey)) },
  });
}

export async function toolSigningKey(): Promise<SigningKey> {
  const row = await newestKeyRow();
  return { kid: row.kid, key: await importJWK(JSON.parse(row.privateJwk) as JWK, SIGNING_ALGORITHM) };
}

/** The JWKS document platforms fetch to check the tool's signatures. */
export async function toolJwks(): Promise<{ keys: JWK[] }> {
  await newestKeyRow();
  const rows = await db.ltiToolKey.findMany({ orderBy: { createdAt: "desc" }, select: { publicJwk: true } });
  return { keys: rows.map((row) => JSON.parse(row.publicJwk) as JWK) };
}
