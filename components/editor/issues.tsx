"use client";
import type { EditorIssue, ReadingDraft } from "@/lib/authoring/draft";
import styles from "./editor.module.css";

/** The element each kind of issue sits next to, for the summary's links. */
export const anchors = {
  field: (name: string) => `field-${name}`,
  chunk: (id: string) => `chunk-${id}`,
  paragraph: (id: string) => `paragraph-${id}`,
  questions: (chunkId: string) => `questions-${chunkId}`,
  glossary: "glossary-section",
  notes: "notes-section",
};

/** Where an issue about `id` is shown, and what to call it in the summary. */
function locate(draft: ReadingDraft, id: string): { href: string; subject: string } {
  const { reading, questions } = draft;
  const base = id.split(".")[0]!;
  const paragraph = reading.paragraphs.findIndex((p) => p.id === base);
  if (paragraph >= 0) return { href: anchors.paragraph(base), subject: `Paragraph ${paragraph + 1}` };
  const chunk = reading.chunks.findIndex((c) => c.id === base);
  if (chunk >= 0) return { href: anchors.chunk(base), subject: `Chunk ${chunk + 1}` };
  const question = questions.findIndex((q) => q.id === base);
  if (question >= 0) return { href: anchors.questions(questions[question]!.chunkId), subject: `Question ${question + 1}` };
  const entry = reading.glossary.find((g) => g.id === base);
  if (entry) return { href: anchors.glossary, subject: `Glossary: ${String((entry as { term?: unknown }).term || base)}` };
  if (reading.contextNotes.some((n) => n.id === base)) return { href: anchors.notes, subject: "Context note" };
  return { href: anchors.field(base.split("[")[0]!), subject: FIELD_NAMES[base] ?? base };
}

const FIELD_NAMES: Record<string, string> = {
  slug: "Name in web addresses",
  title: "Title",
  dek: "Subtitle",
  author: "Author",
  publication: "Publication",
  publishedOn: "Date published",
  sourceUrl: "Source link",
  attribution: "Attribution",
  classroomNote: "Classroom note",
  rights: "Rights",
};

/** Every issue, errors first, each linking to where it is shown. */
export function IssueSummary({ draft, issues }: { draft: ReadingDraft; issues: EditorIssue[] }) {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.length - errors;
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    <section className={`card stack ${styles.summary}`} aria-labelledby="checks-heading">
      <h2 id="checks-heading">Checks</h2>
      <p role="status">
        {errors === 0 && warnings === 0
          ? "Everything passes the checks."
          : `${errors} to fix before publishing${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"} to consider` : ""}.`}
      </p>
      {sorted.length > 0 ? (
        <details>
          <summary>Show the list</summary>
          <ul className="plain-list">
            {sorted.map((issue, i) => {
              const { href, subject } = locate(draft, issue.id);
              return (
                <li key={i}>
                  <a href={`#${href}`}>{subject}</a>: {issue.severity === "warning" ? "warning: " : ""}
                  {issue.message}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
