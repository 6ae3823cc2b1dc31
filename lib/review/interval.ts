/** Short labels for how long until a card is due again ("10 min", "3 days"). */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const units = [
  { unit: "year", size: 365 * DAY },
  { unit: "month", size: 30 * DAY },
  { unit: "day", size: DAY },
  { unit: "hour", size: HOUR },
  { unit: "minute", size: MINUTE },
] as const;

const formats = new Map<string, Intl.NumberFormat>();

function format(unit: string): Intl.NumberFormat {
  let numberFormat = formats.get(unit);
  if (!numberFormat) {
    numberFormat = new Intl.NumberFormat("en", { style: "unit", unit, unitDisplay: "long", maximumFractionDigits: 0 });
    formats.set(unit, numberFormat);
  }
  return numberFormat;
}

/** "1 minute", "10 minutes", "2 days", "4 months": the largest whole unit (minutes at least). */
export function formatInterval(from: Date, to: Date): string {
  const span = Math.max(to.getTime() - from.getTime(), MINUTE);
  const { unit, size } = units.find((candidate) => span >= candidate.size) ?? units[units.length - 1]!;
  return format(unit).format(Math.round(span / size));
}
