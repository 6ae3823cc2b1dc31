/**
 * A reading as one file, to carry it to another server: a zip of its folder
 * (`<slug>/reading.json`, `<slug>/questions.json`), the same format as
 * `content/` (docs/content-format.md). The JSON is written with sorted keys
 * and a fixed date, so the same reading always gives the same bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { ReadingBundle } from "./store";

/** Larger than any reading yet (the longest folder is under 200 KB); refuses zip bombs before inflating. */
export const MAX_READING_FILE_BYTES = 2_000_000;
/** The zip format's earliest date: no clock in the file. */
const FIXED_DATE = new Date("1980-01-01T00:00:00Z");

export function bundleFileName(slug: string): string {
  return `${slug}.closeread.zip`;
}

export function bundleToFile(slug: string, bundle: ReadingBundle): Uint8Array {
  return zipSync(
    { [slug]: { "reading.json": strToU8(sortedJson(bundle.reading)), "questions.json": strToU8(sortedJson(bundle.questions)) } },
    { mtime: FIXED_DATE, level: 9 },
  );
}

export type BundleFileResult = { ok: true; bundle: ReadingBundle } | { ok: false; message: string };

/** The two files of a reading's zip (at its top or in one folder), parsed; a message a teacher can act on otherwise. */
export function bundleFromFile(bytes: Uint8Array): BundleFileResult {
  if (bytes.byteLength > MAX_READING_FILE_BYTES) return { ok: false, message: "The file is larger than 2 MB: it is not a reading exported from closeread." };
  let files: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const wanted = /^(?:[^/]+\/)?(?:reading|questions)\.json$/.test(file.name);
        if (wanted && file.originalSize > MAX_READING_FILE_BYTES) tooLarge = true;
        return wanted && !tooLarge;
      },
    });
  } catch {
    return { ok: false, message: "This is not a zip file. Choose the .closeread.zip file a reading was exported as." };
  }
  if (tooLarge) return { ok: false, message: "A file inside the zip is larger than 2 MB: it is not a reading exported from closeread." };
  const named = (name: string) => Object.entries(files).filter(([path]) => path === name || path.endsWith(`/${name}`));
  const [reading, questions] = [named("reading.json"), named("questions.json")];
  if (reading.length !== 1 || questions.length !== 1) {
    return { ok: false, message: "The zip must hold one reading.json and one questions.json (one reading's folder)." };
  }
  const parse = (name: string, data: Uint8Array): { ok: true; json: unknown } | { ok: false; message: string } => {
    try {
      return { ok: true, json: JSON.parse(strFromU8(data)) };
    } catch (error) {
      return { ok: false, message: `${name} is not valid JSON: ${(error as Error).message}` };
    }
  };
  const readingJson = parse("reading.json", reading[0]![1]);
  if (!readingJson.ok) return readingJson;
  const questionsJson = parse("questions.json", questions[0]![1]);
  if (!questionsJson.ok) return questionsJson;
  return { ok: true, bundle: { reading: readingJson.json, questions: questionsJson.json } };
}

/** Indented JSON with keys in sorted order at every level (as stored: lib/content/canonical.ts). */
function sortedJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, entry]) => [key, sortKeys(entry)]),
    );
  }
  return value;
}
