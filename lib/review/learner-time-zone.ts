import "server-only";
import { cookies } from "next/headers";
import { resolveTimeZone, TIME_ZONE_COOKIE } from "./time-zone";

/** The learner's time zone, as their browser last reported it (components/review/time-zone-sync.tsx); UTC until then. */
export async function getLearnerTimeZone(): Promise<string> {
  return resolveTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
}
