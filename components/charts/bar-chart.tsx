/**
 * A horizontal bar chart as one SVG: every bar carries its name and value
 * as text (readable in print and without colour), the SVG has an accessible
 * name and a summary, and the same figures follow as a table. Widths are in
 * percent, so the chart fits any screen while its text keeps its size.
 * Values are shares, 0..1.
 */
import { useId } from "react";
import { ColumnHeader, DataTable, NumberCell } from "@/components/table/data-table";
import styles from "./bar-chart.module.css";

export type Bar = {
  label: string;
  value: number | null;
  /** Shown after the value, e.g. "12 of 30". */
  detail?: string;
  /** An emphasised bar (the key among options), marked in text too. */
  marked?: boolean;
};

const ROW = 42;
/** Fits one line in a card at 360 px; the full label is in the summary and the table. */
const MAX_LABEL = 40;
/** A marked label is bold and ends in " ✓ key". */
const MAX_MARKED_LABEL = 26;
/** The bar leaves room at its right for the value. */
const BAR_SHARE = 0.84;

function percentText(value: number | null) {
  return value === null ? "—" : `${Math.round(value * 100)}%`;
}

function short(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export function BarChart({
  title,
  bars,
  valueHeading = "Share",
  markedLabel = "key",
}: {
  title: string;
  bars: Bar[];
  valueHeading?: string;
  markedLabel?: string;
}) {
  const id = useId();
  const height = bars.length * ROW;
  const summary = bars
    .map((bar) => `${bar.label}${bar.marked ? ` (${markedLabel})` : ""}: ${bar.value === null ? "no answers" : percentText(bar.value)}${bar.detail ? `, ${bar.detail}` : ""}`)
    .join("; ");
  return (
    <figure className={styles.chart}>
      <figcaption id={`${id}-title`} className={styles.title}>
        {title}
      </figcaption>
      <svg role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} width="100%" height={height} className={styles.svg}>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((bar, index) => {
          const y = index * ROW;
          const share = Math.max(0, Math.min(1, bar.value ?? 0));
          return (
            <g key={`${bar.label}-${index}`} className={bar.marked ? styles.marked : undefined}>
              <text x="0" y={y + 15} className={styles.label}>
                {short(bar.label, bar.marked ? MAX_MARKED_LABEL : MAX_LABEL)}
                {bar.marked ? ` ✓ ${markedLabel}` : ""}
              </text>
              <rect x="0" y={y + 21} width={`${BAR_SHARE * 100}%`} height="13" className={styles.track} />
              {share > 0 ? <rect x="0" y={y + 21} width={`${share * BAR_SHARE * 100}%`} height="13" className={styles.fill} /> : null}
              <text x="100%" y={y + 32} textAnchor="end" className={styles.value}>
                {percentText(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable fold="Show as a table" caption={title}>
        <thead>
          <tr>
            <ColumnHeader>{title}</ColumnHeader>
            <ColumnHeader numeric>{valueHeading}</ColumnHeader>
            <ColumnHeader>Detail</ColumnHeader>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar, index) => (
            <tr key={`${bar.label}-${index}`}>
              <th scope="row">
                {bar.label}
                {bar.marked ? ` (${markedLabel})` : ""}
              </th>
              <NumberCell label={valueHeading}>{bar.value === null ? "no answers" : percentText(bar.value)}</NumberCell>
              <td>{bar.detail ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </figure>
  );
}
