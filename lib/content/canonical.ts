/**
 * Canonical JSON of a reading's two files: the same content gives the same
 * text and the same version hash, whatever its formatting or key order.
 */
import { createHash } from "node:crypto";

/** Keys sorted at every level, no whitespace. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** First 12 hex digits of the sha256 of the canonical reading.json + questions.json: a reading's version. */
export function contentHash(readingJson: unknown, questionsJson: unknown): string {
  const canonical = `${canonicalJson(readingJson)}\n${canonicalJson(questionsJson)}`;
  return createHash("sha256").update(canonical).digest("hex").slice(0, 12);
}
