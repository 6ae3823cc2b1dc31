/**
 * The school's time zone: every date a teacher enters or reads (due dates,
 * dashboards, CSV exports) is in it. SCHOOL_TIME_ZONE names it (an IANA
 * zone such as "Europe/Berlin"); unset, the server process's own zone (TZ).
 * Conversions go through @date-fns/tz (zone rules from the runtime's Intl
 * data, offsets and daylight saving included), so nothing here knows a
 * zone's offset by heart.
 */
import { TZDate, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** SCHOOL_TIME_ZONE when it names a zone, else the process's zone. Read each call, so tests and restarts see a change. */
export function schoolTimeZone(): string {
  const configured = process.env.SCHOOL_TIME_ZONE?.trim();
  if (configured && isTimeZone(configured)) return configured;
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Minutes east of UTC in `timeZone` at `instant` (+60 for Berlin in winter). */
export function offsetMinutes(instant: Date, timeZone: string = schoolTimeZone()): number {
  return tzOffset(timeZone, instant);
}

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The calendar date and clock time in `timeZone` at `instant`. */
export function wallTime(instant: Date, timeZone: string = schoolTimeZone()): WallTime {
  const zoned = new TZDate(instant.getTime(), timeZone);
  return {
    year: zoned.getFullYear(),
    month: zoned.getMonth() + 1,
    day: zoned.getDate(),
    hour: zoned.getHours(),
    minute: zoned.getMinutes(),
    second: zoned.getSeconds(),
  };
}

/**
 * The instant a wall time names in `timeZone`, or null when that wall time
 * does not exist there (the hour skipped when clocks go forward, or a date
 * like 31 February, which Date would roll over).
 */
export function fromWallTime(wall: Omit<WallTime, "second">, timeZone: string = schoolTimeZone()): Date | null {
  const instant = new Date(new TZDate(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, timeZone).getTime());
  const back = wallTime(instant, timeZone);
  const same = back.year === wall.year && back.month === wall.month && back.day === wall.day && back.hour === wall.hour && back.minute === wall.minute;
  return same ? instant : null;
}

/** ISO 8601 with the school's offset: "2026-02-01T11:00:00+01:00" (what spreadsheets and LMS imports read unambiguously). */
export function isoInSchoolTime(instant: Date, timeZone: string = schoolTimeZone()): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}
