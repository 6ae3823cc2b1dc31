/**
 * What an export carried over and what it could not. Every question of the
 * bank ends up in exactly one list, so nothing is dropped silently: a
 * teacher reads the report (report.txt, or the response's summary header)
 * before importing the file into another system.
 */
export type InteropFormat = "qti" | "moodle-xml" | "gift";

export const FORMAT_NAMES: Record<InteropFormat, string> = {
  qti: "QTI 3.0",
  "moodle-xml": "Moodle XML",
  gift: "GIFT",
};

export interface ReportEntry {
  id: string;
  reason: string;
}

export interface ExportReport {
  format: InteropFormat;
  /** Question ids carried over whole. */
  exported: string[];
  /** Carried over, but something of closeread's did not fit the format: what and where it went. */
  adapted: ReportEntry[];
  /** Not in the file at all, and why. */
  leftOut: ReportEntry[];
}

export function emptyReport(format: InteropFormat): ExportReport {
  return { format, exported: [], adapted: [], leftOut: [] };
}

/** One line for a response header: counts and the ids left out (ASCII, as ids are). */
export function reportSummary(report: ExportReport): string {
  const carried = report.exported.length + report.adapted.length;
  const leftOut = report.leftOut.map((entry) => entry.id).join(" ");
  return `exported=${carried}; adapted=${report.adapted.length}; left-out=${report.leftOut.length}${leftOut ? ` (${leftOut})` : ""}`;
}

/** The report as plain text, shipped beside the export. */
export function reportText(report: ExportReport, readingTitle: string): string {
  const lines = [
    `closeread ${FORMAT_NAMES[report.format]} export: ${readingTitle}`,
    "",
    `Exported whole (${report.exported.length}): ${report.exported.join(", ") || "none"}`,
    "",
    `Exported with changes (${report.adapted.length}):`,
    ...report.adapted.map((entry) => `  ${entry.id}: ${entry.reason}`),
    "",
    `Not exported (${report.leftOut.length}):`,
    ...report.leftOut.map((entry) => `  ${entry.id}: ${entry.reason}`),
    "",
  ];
  return lines.join("\n");
}
