/**
 * Due dates are entered and shown in the server's time zone (set TZ to the
 * school's, e.g. TZ=Europe/Berlin): a datetime-local field carries no zone,
 * and rendering on the server must agree with what the teacher typed.
 */

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-03-01T17:00" as a moment in the server's time zone, or null when it is not such a value. */
export function parseLocalDateTime(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute);
  // Rejects 2026-02-31 and the like, which Date would roll over.
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day && date.getHours() === hour
    ? date
    : null;
}

/** The value for a datetime-local input. */
export function toLocalDateTimeInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const dateTimeFormat = new Intl.DateTimeFormat("en", { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" });
const dateFormat = new Intl.DateTimeFormat("en", { day: "numeric", month: "short", year: "numeric" });

/** "Tue, 3 Mar, 5:00 PM" */
export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

/** "3 Mar 2026" */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
