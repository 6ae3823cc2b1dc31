import "server-only";
import { cookies } from "next/headers";
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_SECONDS, knownDeviceCookieValue, readKnownDevice, withAccount } from "@/lib/auth/known-device";
import { secureCookies } from "@/lib/auth/secret";

/** After a password sign-in: this browser becomes a known device of the account (for server actions only, which may set cookies). */
export async function rememberDevice(userId: string): Promise<void> {
  const jar = await cookies();
  const device = withAccount(readKnownDevice(jar.get(KNOWN_DEVICE_COOKIE)?.value), userId);
  jar.set(KNOWN_DEVICE_COOKIE, knownDeviceCookieValue(device), {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
    path: "/",
  });
}
