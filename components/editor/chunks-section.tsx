"use client";
import { issuesAbout, type EditorIssue, type ReadingDraft } from "@/lib/authoring/draft";
import { joinWithPrevious, setParagraphText, startChunkAt } from "@/lib/authoring/edit";
import type { Chunk } from "@/lib/content/schema";
import { paragraphText } from "@/lib/content/sentences";
import { IssueList, TextField } from "./fields";
import { anchors } from "./issues";
import { QuestionsEditor } from "./questions/questions-editor";
import styles from "./editor.module.css";

type Props = { draft: ReadingDraft; onChange(draft: ReadingDraft): void; issues: EditorIssue[] };

/**
 * The text in its chunks. Boundaries move with the buttons between
 * paragraphs ("Start a new chunk here", "Join with previous chunk"), so the
 * keyboard does everything a pointer can.
 */
export function ChunksSection({ draft, onChange, issues }: Props) {
  const { reading } = draft;
  const paragraphs = new Map(reading.paragraphs.map((p, i) => [p.id, { paragraph: p, number: i + 1 }]));
  const setChunk = (chunk: Chunk) => onChange({ ...draft, reading: { ...reading, chunks: reading.chunks.map((c) => (c.id === chunk.id ? chunk : c)) } });
  return (
    <section className="stack" aria-labelledby="text-heading">
      <h2 id="text-heading">Text and chunks</h2>
      <p className="muted">
        Students read one chunk at a time and answer its questions. Aim for 2 to 4 paragraphs a chunk and 2 to 8 chunks. Editing a paragraph re-splits
        its sentences at full stops.
      </p>
      {reading.chunks.map((chunk, index) => {
        const headingId = `${anchors.chunk(chunk.id)}-heading`;
        const chunkIssues = issues.filter((issue) => issue.id === chunk.id);
        return (
          <section key={chunk.id} id={anchors.chunk(chunk.id)} className={styles.chunk} aria-labelledby={headingId} tabIndex={-1}>
            <div className={styles.chunkHeader}>
              <h3 id={headingId}>
                Chunk {index + 1} <span className="muted">({chunk.paragraphIds.length} paragraphs)</span>
              </h3>
              {index > 0 ? (
                <button type="button" className="button-secondary button-small" onClick={() => onChange(joinWithPrevious(draft, chunk.id))}>
                  Join with previous chunk<span className="visually-hidden">: chunk {index + 1} into chunk {index}</span>
                </button>
              ) : null}
            </div>
            <IssueList issues={chunkIssues.filter((issue) => !/^(title|readFor):/.test(issue.message))} id={`${anchors.chunk(chunk.id)}-issues`} />
            <TextField
              id={`${anchors.chunk(chunk.id)}-title`}
              label="Chunk title"
              value={chunk.title}
              onChange={(title) => setChunk({ ...chunk, title })}
              issues={issuesOfField(chunkIssues, "title")}
            />
            <TextField
              id={`${anchors.chunk(chunk.id)}-read-for`}
              label="Read for"
              hint="What students look for as they read this chunk."
              value={chunk.readFor}
              onChange={(readFor) => setChunk({ ...chunk, readFor })}
              issues={issuesOfField(chunkIssues, "readFor")}
            />
            {chunk.paragraphIds.map((paragraphId, position) => {
              const found = paragraphs.get(paragraphId);
              if (!found) return null;
              return (
                <div key={paragraphId} className="stack">
                  {position > 0 ? (
                    <div className={styles.boundary}>
                      <button type="button" className="button-secondary button-small" onClick={() => onChange(startChunkAt(draft, paragraphId))}>
                        Start a new chunk here<span className="visually-hidden"> (at paragraph {found.number})</span>
                      </button>
                    </div>
                  ) : null}
                  <TextField
                    id={anchors.paragraph(paragraphId)}
                    className={styles.paragraphField}
                    label={`Paragraph ${found.number}`}
                    rows={4}
                    typedWhileFocused
                    value={paragraphText(found.paragraph)}
                    onChange={(text) => onChange(setParagraphText(draft, paragraphId, text))}
                    issues={issuesAbout(issues, paragraphId)}
                  />
                </div>
              );
            })}
            <section id={anchors.questions(chunk.id)} aria-label={`Questions on chunk ${index + 1}`} className="stack">
              <QuestionsEditor
                reading={reading}
                chunkId={chunk.id}
                questions={draft.questions}
                onChange={(questions) => onChange({ ...draft, questions })}
                issues={issues}
              />
            </section>
          </section>
        );
      })}
    </section>
  );
}

/** A chunk's issues about one of its fields ("title: must not be empty"), worded for the field they sit under ("Must not be empty"). */
function issuesOfField(issues: readonly EditorIssue[], field: "title" | "readFor"): EditorIssue[] {
  const prefix = `${field}: `;
  return issues
    .filter((issue) => issue.message.startsWith(prefix))
    .map((issue) => ({ ...issue, message: issue.message.charAt(prefix.length).toUpperCase() + issue.message.slice(prefix.length + 1) }));
}
