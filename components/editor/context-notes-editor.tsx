"use client";
import { useId, useMemo } from "react";
import { issuesAbout, type EditorIssue } from "@/lib/authoring/draft";
import { anchorStatus, paragraphLabel, placements, shorten, uniqueId, type AnchorStatus } from "@/lib/authoring/glossary/annotations";
import type { ContextNote, Paragraph, Reading } from "@/lib/content/schema";
import { IssueList } from "./fields";
import { EntryEnd, RemovalNotice, statusClass, useEntryList } from "./annotation-parts";
import styles from "./annotations.module.css";

type Props = { reading: Reading; onChange(reading: Reading): void; issues: EditorIssue[] };

/**
 * Context notes: background a reader needs at one phrase (a date, a name,
 * an event), shown as a numbered marker after it. The teacher chooses the
 * paragraph, then the words (a whole sentence from a list, or a phrase typed
 * and checked against the paragraph as they type), then writes the note.
 */
export function ContextNotesEditor({ reading, onChange, issues }: Props) {
  const base = useId();
  const fieldId = (noteId: string, field: string) => `${base}-${noteId}-${field}`;
  const notes = reading.contextNotes;
  const list = useEntryList(notes, (next) => onChange({ ...reading, contextNotes: next }), {
    undoButtonId: `${base}-undo`,
    restoredFocusId: (id) => fieldId(id, "paragraph"),
  });
  const shown = useMemo(() => placements(reading), [reading]);
  const paragraphs = useMemo(() => new Map(reading.paragraphs.map((p) => [p.id, p])), [reading.paragraphs]);
  const add = () => {
    const id = uniqueId(`n-${notes.length + 1}`, "note", list.takenIds);
    // A new note starts where the last one is: notes are usually written in reading order.
    const paragraphId = notes.at(-1)?.paragraphId ?? reading.paragraphs[0]?.id ?? "p01";
    onChange({ ...reading, contextNotes: [...notes, { id, paragraphId, anchor: "", note: "" }] });
    list.focusLater(fieldId(id, "paragraph"));
  };

  return (
    <section className={styles.section} aria-labelledby={`${base}-heading`}>
      <h2 id={`${base}-heading`}>Context notes</h2>
      <p className="field-hint">
        A note explains what a reader needs to know at one place in the text: who someone is, when something happened. Students see a
        numbered marker after the words it is attached to.
      </p>
      <IssueList id={`${base}-issues`} issues={issuesAbout(issues, "contextNotes")} />
      <RemovalNotice
        id={`${base}-undo`}
        what={list.removed ? `note “${shorten(list.removed.anchor || list.removed.note || "new note", 40)}”` : null}
        onUndo={list.undo}
        onDismiss={list.dismiss}
      />
      {notes.length === 0 ? <p className="muted">No notes yet.</p> : null}
      <ol className={styles.entries}>
        {notes.map((note, index) => (
          <li key={note.id}>
            <NoteFields
              note={note}
              number={index + 1}
              paragraphs={reading.paragraphs}
              paragraph={paragraphs.get(note.paragraphId)}
              status={anchorStatus(paragraphs.get(note.paragraphId), note, shown)}
              issues={issuesAbout(issues, note.id)}
              fieldId={(field) => fieldId(note.id, field)}
              onUpdate={(change) => list.update(note.id, change)}
              onRemove={() => list.remove(note.id)}
            />
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" className="secondary" onClick={add} disabled={reading.paragraphs.length === 0}>
          Add a note
        </button>
      </div>
    </section>
  );
}

type NoteProps = {
  note: ContextNote;
  number: number;
  paragraphs: Paragraph[];
  paragraph: Paragraph | undefined;
  status: AnchorStatus;
  issues: EditorIssue[];
  fieldId(field: string): string;
  onUpdate(change: Partial<ContextNote>): void;
  onRemove(): void;
};

function NoteFields({ note, number, paragraphs, paragraph, status, issues, fieldId, onUpdate, onRemove }: NoteProps) {
  const issuesId = fieldId("issues");
  const sentenceIndex = paragraph?.sentences.indexOf(note.anchor) ?? -1;

  return (
    <fieldset className={styles.entry}>
      <legend>
        Note {number}
        {note.anchor.trim() ? `: “${shorten(note.anchor, 40)}”` : ""}
      </legend>
      <div className="field">
        <label htmlFor={fieldId("paragraph")}>Paragraph</label>
        <select id={fieldId("paragraph")} value={note.paragraphId} onChange={(event) => onUpdate({ paragraphId: event.target.value })}>
          {paragraph ? null : <option value={note.paragraphId}>{note.paragraphId} (no longer in the text)</option>}
          {paragraphs.map((p) => (
            <option key={p.id} value={p.id}>
              {paragraphLabel(p)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className={styles.anchor}>
        <legend>Attach it to</legend>
        <div className="field">
          <label htmlFor={fieldId("sentence")}>A whole sentence</label>
          <select
            id={fieldId("sentence")}
            value={sentenceIndex >= 0 ? String(sentenceIndex) : ""}
            onChange={(event) => {
              const sentence = paragraph?.sentences[Number(event.target.value)];
              if (event.target.value !== "" && sentence) onUpdate({ anchor: sentence });
            }}
          >
            <option value="">{sentenceIndex >= 0 ? "" : "Choose a sentence, or type words below"}</option>
            {(paragraph?.sentences ?? []).map((sentence, index) => (
              <option key={index} value={String(index)}>
                {`${index + 1}. ${shorten(sentence, 80)}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={fieldId("anchor")}>Or the words, exactly as in the paragraph</label>
          <input
            id={fieldId("anchor")}
            value={note.anchor}
            autoComplete="off"
            aria-invalid={status.kind === "missing" || status.kind === "across-sentences" || undefined}
            aria-describedby={fieldId("anchor-status")}
            onChange={(event) => onUpdate({ anchor: event.target.value })}
          />
          <span id={fieldId("anchor-status")} role="status" className={statusClass(status.kind)}>
            {anchorText(status, paragraph)}
          </span>
        </div>
      </fieldset>
      <EntryEnd
        textId={fieldId("note")}
        label="Note"
        value={note.note}
        onText={(text) => onUpdate({ note: text })}
        issues={issues}
        issuesId={issuesId}
        removeName={`note ${number}`}
        onRemove={onRemove}
      />
    </fieldset>
  );
}

function anchorText(status: AnchorStatus, paragraph: Paragraph | undefined): string {
  const where = paragraph ? `paragraph ${Number(paragraph.id.slice(1))}` : "the paragraph";
  switch (status.kind) {
    case "empty":
      return "Choose a sentence above, or type a few words from it.";
    case "shown":
      return `Found in ${where}: students see a note marker after these words.`;
    case "across-sentences":
      return `Found, but these words run across two sentences: a note is shown only on words inside one sentence.`;
    case "overlaps":
      return `Found, but another note in ${where} already covers some of these words: only one of them is shown.`;
    case "missing":
      return `Not found in ${where}. Copy the words exactly, with their capitals and punctuation.`;
  }
}
