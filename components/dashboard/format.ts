/** Figures as the dashboards print them. */
import type { ScoreSummary } from "@/lib/scoring/score-summary";

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value * 100)}%`;
}

/** A score (lib/scoring/score-summary.ts) as a whole percentage: "73%", "—" while nothing counts yet. */
export function scorePercent(score: ScoreSummary): string {
  return score.percent === null ? "—" : `${Math.round(score.percent)}%`;
}

/** Points to at most two decimals, as the score and the CSVs carry them: "3", "45.35". */
export function points(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** "12 min", "1 h 5 min", "45 s" */
export function duration(ms: number): string {
  if (ms <= 0) return "—";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** "just now", "4 min ago", "3 h ago", or the date. */
export function ago(date: Date | string | null, now: Date = new Date()): string {
  if (!date) return "—";
  const then = typeof date === "string" ? new Date(date) : date;
  const minutes = Math.floor((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} h ago`;
  return then.toLocaleDateString("en", { day: "numeric", month: "short" });
}

export function signed(value: number | null): string {
  if (value === null) return "—";
  const fixed = value.toFixed(2);
  return value > 0 ? `+${fixed}` : value < 0 ? `−${fixed.slice(1)}` : fixed;
}

/** "1 question", "3 questions" */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
