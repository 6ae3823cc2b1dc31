/**
 * CSV for spreadsheets and LMS gradebooks, written by csv-stringify:
 * RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order mark so that
 * Excel reads accented names correctly (Canvas exports the same way).
 *
 * Every text cell that a spreadsheet would run as a formula (one starting
 * with =, +, -, @, a tab or a carriage return) gets a leading apostrophe,
 * as OWASP advises against CSV injection: a student's display name or a
 * written answer must never become a formula on the teacher's machine.
 */
import type { Options } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";
import { attachmentHeaders } from "./attachment";
import { isoInSchoolTime } from "@/lib/school-time";

export type CsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const OPTIONS: Options = {
  bom: true,
  record_delimiter: "windows",
  // csv-stringify quotes only the record delimiter (CRLF); a bare line break inside a cell needs quotes too.
  quoted_match: /[\r\n]/,
  cast: {
    string: (value) => neutraliseFormula(value),
    boolean: (value) => (value ? "yes" : "no"),
    // ISO 8601 in the school's time zone, with its offset: local to the teacher, unambiguous to a machine.
    date: (value) => isoInSchoolTime(value),
    // Numbers come from scores; never negative, so they cannot start a formula.
    number: (value) => String(value),
  },
};

/** A whole CSV document: header row, then the rows. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return stringifySync([header, ...rows], OPTIONS);
}

/**
 * A CSV document streamed batch by batch, for exports too large to hold in
 * memory at once (every response of a large class). The next batch is
 * fetched only when the reader wants more.
 */
export function csvStream(header: string[], batches: AsyncIterable<CsvCell[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(stringifySync([header], OPTIONS)));
    },
    async pull(controller) {
      // The stream pulls again only after something is enqueued, so skip empty batches here.
      for (;;) {
        const next = await iterator.next();
        if (next.done) return controller.close();
        if (next.value.length) return controller.enqueue(encoder.encode(stringifySync(next.value, { ...OPTIONS, bom: false })));
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** `attachment` headers for a CSV download. */
export function csvHeaders(filename: string): HeadersInit {
  return attachmentHeaders(filename, "text/csv; charset=utf-8");
}
