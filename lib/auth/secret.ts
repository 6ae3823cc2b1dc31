import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { log, messageOf } from "@/lib/log";

/** Where a generated secret is kept between restarts (data/ is gitignored). */
const GENERATED_SECRET_FILE = path.join("data", "auth-secret");

/**
 * "Local trial" mode: `npm run demo` sets CLOSEREAD_DEMO=1 so a newcomer's
 * production build runs with no configuration (generated secret, cookies that
 * also work over plain http on the local network). A real deployment leaves it
 * unset.
 */
function isLocalTrial(env: Record<string, string | undefined> = process.env): boolean {
  return env.CLOSEREAD_DEMO === "1";
}

/** Cookies carry the Secure flag in production, except in the local trial (plain http on a laptop or LAN). */
export function secureCookies(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV === "production" && !isLocalTrial(env);
}

/**
 * The key that signs and encrypts session cookies. Production requires
 * AUTH_SECRET (several instances must share it, and it must not live next to
 * the data); development, tests and the local trial generate one on first use
 * and keep it in data/auth-secret so sessions survive restarts.
 */
export function authSecret(env: Record<string, string | undefined> = process.env, file = GENERATED_SECRET_FILE): string {
  const configured = env.AUTH_SECRET?.trim();
  if (configured) return configured;
  if (env.NODE_ENV === "production" && !isLocalTrial(env)) {
    throw new Error(
      "AUTH_SECRET is not set. closeread needs it in production to sign session cookies: " +
        "generate one with `openssl rand -base64 33` and set it in the environment (the same value on every instance).",
    );
  }
  return readOrCreateSecret(path.resolve(/*turbopackIgnore: true*/ process.cwd(), file));
}

/** Generated secrets by file, read once per process: every request reads the session with the secret. */
const generatedSecrets = new Map<string, string>();

function readOrCreateSecret(file: string): string {
  let secret = generatedSecrets.get(file);
  if (secret === undefined) {
    secret = readOrCreateSecretFile(file);
    generatedSecrets.set(file, secret);
  }
  return secret;
}

function readOrCreateSecretFile(file: string): string {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": when two processes race, one writes and the other reads its secret.
    fs.writeFileSync(file, randomBytes(32).toString("base64"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** At server start: stop with the reason when no secret can be had. */
export function exitWithoutAuthSecret(): void {
  try {
    authSecret();
  } catch (error) {
    log.fatal(messageOf(error));
    process.exit(1);
  }
}
