/**
 * The tool's own RS256 key pair: it signs deep-linking responses and the
 * client assertions for the platform's token endpoint, and its public half
 * is served at /api/lti/jwks. Made on first use and kept in the database, so
 * every instance signs with the same key and a restart keeps it.
 *
 * The private half is stored encrypted (JWE, dir + A256GCM, by jose) with a
 * key derived from CLOSEREAD_LTI_KEY_SECRET, or from AUTH_SECRET when that is
 * unset: a copy of the database alone cannot sign as closeread. A row that no
 * longer decrypts (the secret changed) is skipped and a new key pair is made;
 * platforms find it in the JWKS by its key id.
 */
import "server-only";
import { hkdfSync, randomUUID } from "node:crypto";
import { compactDecrypt, CompactEncrypt, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";
import { z } from "zod";
import { authSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db/client";
import { jsonColumn } from "@/lib/db/json-column";
import { log } from "@/lib/log";

export const SIGNING_ALGORITHM = "RS256";

export type SigningKey = { kid: string; key: CryptoKey | Uint8Array };

/** The 256-bit key that encrypts the private JWK at rest. */
export function keyEncryptionKey(env: Record<string, string | undefined> = process.env): Uint8Array {
  const secret = env.CLOSEREAD_LTI_KEY_SECRET?.trim() || authSecret(env);
  return new Uint8Array(hkdfSync("sha256", secret, "closeread", "lti tool private key", 32));
}

export async function encryptPrivateJwk(jwk: JWK, env: Record<string, string | undefined> = process.env): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(privateJwkColumn.write(jwk))).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).encrypt(keyEncryptionKey(env));
}

/** The private JWK of a row, or null when it does not decrypt with today's secret. Rows from before encryption (plain JSON) still read. */
export async function decryptPrivateJwk(stored: string, env: Record<string, string | undefined> = process.env): Promise<JWK | null> {
  if (stored.startsWith("{")) return privateJwkColumn.read(stored);
  try {
    const { plaintext } = await compactDecrypt(stored, keyEncryptionKey(env));
    return privateJwkColumn.read(new TextDecoder().decode(plaintext));
  } catch {
    return null;
  }
}

/** A JWK as jose reads it: an object naming its key type, with whatever members that type has. */
const jwkSchema = z.custom<JWK>((value) => typeof value === "object" && value !== null && typeof (value as JWK).kty === "string", "not a JWK");

/** LtiToolKey.publicJwk. */
const publicJwkColumn = jsonColumn("LtiToolKey.publicJwk", jwkSchema);
/** LtiToolKey.privateJwk, once decrypted (or as stored before encryption). */
const privateJwkColumn = jsonColumn("LtiToolKey.privateJwk", jwkSchema);

async function createKey(): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const kid = randomUUID();
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALGORITHM, use: "sig" };
  await db.ltiToolKey.create({ data: { kid, publicJwk: publicJwkColumn.write(publicJwk), privateJwk: await encryptPrivateJwk(await exportJWK(privateKey)) } });
  return { kid, key: privateKey };
}

export async function toolSigningKey(): Promise<SigningKey> {
  const row = await db.ltiToolKey.findFirst({ orderBy: { createdAt: "desc" } });
  if (!row) return createKey();
  const jwk = await decryptPrivateJwk(row.privateJwk);
  if (!jwk) {
    log.warn("LTI: the tool's private key does not decrypt with CLOSEREAD_LTI_KEY_SECRET (or AUTH_SECRET); making a new key pair.");
    return createKey();
  }
  // A key stored before encryption is encrypted now.
  if (row.privateJwk.startsWith("{")) await db.ltiToolKey.update({ where: { kid: row.kid }, data: { privateJwk: await encryptPrivateJwk(jwk) } });
  return { kid: row.kid, key: await importJWK(jwk, SIGNING_ALGORITHM) };
}

/** The JWKS document platforms fetch to check the tool's signatures. */
export async function toolJwks(): Promise<{ keys: JWK[] }> {
  if (!(await db.ltiToolKey.count())) await createKey();
  const rows = await db.ltiToolKey.findMany({ orderBy: { createdAt: "desc" }, select: { publicJwk: true } });
  return { keys: rows.map((row) => publicJwkColumn.read(row.publicJwk)) };
}
