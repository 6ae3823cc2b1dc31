/** Number and day formats shared by the review pages. */

const percentFormat = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0 });
const shortDay = new Intl.DateTimeFormat("en", { day: "numeric", month: "short", timeZone: "UTC" });
const longDay = new Intl.DateTimeFormat("en", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

export function formatPercent(share: number): string {
  return percentFormat.format(share);
}

/** A YYYY-MM-DD day key as "2 Mar" (or "Mon, 2 Mar"). Keys are calendar days, so they are read as UTC. */
export function formatDay(day: string, long = false): string {
  const date = new Date(`${day}T00:00:00Z`);
  return (long ? longDay : shortDay).format(date);
}
