/**
 * Due dates are entered and shown in the school's time zone (SCHOOL_TIME_ZONE,
 * else the server's TZ; lib/school-time.ts): a datetime-local field carries
 * no zone, and rendering on the server must agree with what the teacher typed.
 */
import { fromWallTime, schoolTimeZone, wallTime } from "./school-time";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-03-01T17:00" as a moment in the school's time zone, or null when it is not such a value. */
export function parseLocalDateTime(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  // Rejects 2026-02-31 and the like, which Date would roll over.
  return fromWallTime({ year, month, day, hour, minute });
}

/** The value for a datetime-local input. */
export function toLocalDateTimeInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const wall = wallTime(date);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** "Tue, 3 Mar, 5:00 PM" */
export function formatDateTime(date: Date): string {
  const options = { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" } as const;
  return new Intl.DateTimeFormat("en", { ...options, timeZone: schoolTimeZone() }).format(date);
}

/** "3 Mar 2026" */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("en", { day: "numeric", month: "short", year: "numeric", timeZone: schoolTimeZone() }).format(date);
}
