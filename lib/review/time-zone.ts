/**
 * Calendar days in the learner's time zone (an IANA name the browser
 * reports; UTC when unknown), through the platform's Intl time-zone data.
 */

export const DEFAULT_TIME_ZONE = "UTC";

/** The cookie the review pages set from the browser's time zone. */
export const TIME_ZONE_COOKIE = "tz";

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** A known IANA time zone name, or UTC. */
export function resolveTimeZone(value: string | null | undefined): string {
  if (!value || value.length > 64) return DEFAULT_TIME_ZONE;
  try {
    dayFormat(value);
    return value;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

/** Wall-clock fields of an instant in a time zone. */
function wallClock(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    dayFormat(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
  return parts;
}

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function dayKey(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The day key `days` calendar days after (or before, when negative) `key`. */
export function addDays(key: string, days: number): string {
  const [year = 0, month = 1, day = 1] = key.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** How far the time zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClock(new Date(instant), timeZone);
  return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(instant / 1000) * 1000;
}

/** The instant the next calendar day begins in the time zone: "today" ends there. */
export function endOfDay(now: Date, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = addDays(dayKey(now, timeZone), 1).split("-").map(Number);
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  // Two passes settle the offset when a daylight-saving change falls between now and midnight.
  const firstGuess = midnightAsUtc - offsetAt(midnightAsUtc, timeZone);
  return new Date(midnightAsUtc - offsetAt(firstGuess, timeZone));
}
