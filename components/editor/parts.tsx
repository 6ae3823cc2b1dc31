"use client";
/**
 * The editor's parts built alongside it: the glossary, context notes and a
 * chunk's questions. Until they land these are placeholders that show what
 * the draft holds; the merge swaps this one file for the real components.
 */
import type { EditorIssue } from "@/lib/authoring/draft";
import type { Question, Reading } from "@/lib/content/schema";
import styles from "./editor.module.css";

type ReadingPartProps = { reading: Reading; onChange(reading: Reading): void; issues: EditorIssue[] };

function Placeholder({ what, count }: { what: string; count: number }) {
  return (
    <p className={styles.placeholder}>
      {count} {what}. Editing them here is coming next; they are kept and published as they are.
    </p>
  );
}

export function GlossaryEditor({ reading }: ReadingPartProps) {
  return <Placeholder what="glossary entries" count={reading.glossary.length} />;
}

export function ContextNotesEditor({ reading }: ReadingPartProps) {
  return <Placeholder what="context notes" count={reading.contextNotes.length} />;
}

export function QuestionsEditor({ chunkId, questions }: { reading: Reading; chunkId: string; questions: Question[]; onChange(questions: Question[]): void; issues: EditorIssue[] }) {
  return <Placeholder what="questions" count={questions.filter((q) => q.chunkId === chunkId).length} />;
}
