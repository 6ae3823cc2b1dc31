/**
 * The school's time zone: every date a teacher enters or reads (due dates,
 * dashboards, CSV exports) is in it. SCHOOL_TIME_ZONE names it (an IANA
 * zone such as "Europe/Berlin"); unset, the server process's own zone (TZ).
 * Conversions go through Intl, which carries the zone rules (offsets and
 * daylight saving), so nothing here knows a zone's offset by heart.
 */

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

// A formatter is costly to make and an export formats every row's dates: one per zone.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC in `timeZone` at `instant` (+60 for Berlin in winter). */
export function offsetMinutes(instant: Date, timeZone: string = schoolTimeZone()): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    offsetFormats.set(timeZone, format);
  }
  const name = format
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  if (!match) return 0; // "GMT" alone: UTC itself.
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The calendar date and clock time in `timeZone` at `instant`. */
export function wallTime(instant: Date, timeZone: string = schoolTimeZone()): WallTime {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/**
 * The instant a wall time names in `timeZone`, or null when that wall time
 * does not exist there (the hour skipped when clocks go forward, or a date
 * like 31 February).
 */
export function fromWallTime(wall: Omit<WallTime, "second">, timeZone: string = schoolTimeZone()): Date | null {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  let instant = new Date(asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000);
  // Near a change of offset the first guess uses the other side's offset: correct once.
  instant = new Date(asUtc - offsetMinutes(instant, timeZone) * 60_000);
  const back = wallTime(instant, timeZone);
  const same = back.year === wall.year && back.month === wall.month && back.day === wall.day && back.hour === wall.hour && back.minute === wall.minute;
  return same ? instant : null;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** ISO 8601 with the school's offset: "2026-02-01T11:00:00+01:00" (what spreadsheets and LMS imports read unambiguously). */
export function isoInSchoolTime(instant: Date, timeZone: string = schoolTimeZone()): string {
  const offset = offsetMinutes(instant, timeZone);
  const wall = wallTime(instant, timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
