import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

/**
 * "Known device": a long-lived cookie, signed with the auth secret, naming a
 * random device id and the accounts that signed in with a password on this
 * browser. The per-account sign-in lock (too many failures for one name)
 * exists to slow guessers; without this cookie, anyone could type a
 * student's username wrong ten times and shut them out before a test. A
 * device the account signed in from before skips that lock and is held by a
 * per-device limit instead, which a guesser elsewhere cannot use up.
 * A shared classroom laptop remembers its last few accounts.
 */
export const KNOWN_DEVICE_COOKIE = "closeread-device";
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
const MAX_ACCOUNTS = 12;

export type KnownDevice = { deviceId: string; userIds: string[] };

function signature(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`known-device:${payload}`).digest("base64url");
}

/** The cookie's value for this device and accounts (the newest account first, at most MAX_ACCOUNTS). */
export function knownDeviceCookieValue(device: KnownDevice, secret = authSecret()): string {
  const payload = [device.deviceId, ...device.userIds.slice(0, MAX_ACCOUNTS)].join(".");
  return `${payload}~${signature(payload, secret)}`;
}

/** The device a cookie names, or null when it is missing, malformed or not signed by this server. */
export function readKnownDevice(value: string | undefined, secret = authSecret()): KnownDevice | null {
  if (!value || value.length > 1000) return null;
  const cut = value.lastIndexOf("~");
  if (cut < 0) return null;
  const payload = value.slice(0, cut);
  const given = Buffer.from(value.slice(cut + 1));
  const expected = Buffer.from(signature(payload, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [deviceId = "", ...userIds] = payload.split(".");
  return deviceId ? { deviceId, userIds } : null;
}

/** The device after `userId` signed in on it: a new device id when there was none. */
export function withAccount(device: KnownDevice | null, userId: string): KnownDevice {
  const others = (device?.userIds ?? []).filter((id) => id !== userId);
  return { deviceId: device?.deviceId ?? randomBytes(16).toString("base64url"), userIds: [userId, ...others].slice(0, MAX_ACCOUNTS) };
}

/** The known-device cookie from a Cookie request header. */
export function knownDeviceFromHeaders(headers: Headers): KnownDevice | null {
  const cookie = headers.get("cookie") ?? "";
  for (const part of cookie.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === KNOWN_DEVICE_COOKIE) return readKnownDevice(decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return null;
}
