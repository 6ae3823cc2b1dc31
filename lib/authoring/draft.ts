/**
 * A reading being written in the browser editor: the same two documents as a
 * reading folder (reading.json, questions.json), kept while any field may
 * still be empty or wrong. The editor checks it as the teacher types and
 * publishing turns it into a reading version (lib/content/library.ts).
 * Client-safe: the editor's components import these types.
 */
import type { Question, Reading } from "@/lib/content/schema";

export type ReadingDraft = { reading: Reading; questions: Question[] };

/**
 * One thing the editor shows next to what it is about: an error stops
 * publishing (content:check's rules), a warning does not (its cue warnings).
 * `id` is the id of the paragraph, chunk, glossary entry, note or question at
 * fault (a true/false follow-up is `<id>.why`), or a top-level field name.
 */
export type EditorIssue = { severity: "error" | "warning"; id: string; message: string };

/** The issues about `id` (and its parts, such as a true/false's follow-up). */
export function issuesAbout(issues: readonly EditorIssue[], id: string): EditorIssue[] {
  return issues.filter((issue) => issue.id === id || issue.id.startsWith(`${id}.`));
}
