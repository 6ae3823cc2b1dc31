"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { FormMessage, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { importArticleAction, startEditingAction } from "@/lib/authoring/actions";
import { REMOVAL_LABELS, restore, type ImportResult } from "@/lib/content/import-draft";
import { paragraphText } from "@/lib/content/sentences";
import styles from "./editor.module.css";

/**
 * Step one of a new reading: paste or upload, then check what the importer
 * kept and left out, restoring any left-out block with one click, and start
 * editing. The import runs on the server; restoring runs here (it is pure).
 */
export function ImportArticle({ accept, maxBytes }: { accept: string; maxBytes: number }) {
  const { state, pending, formProps } = useFormAction(importArticleAction);
  const [sizeError, setSizeError] = useState<string>();
  // Each import starts a fresh review, even of the same text (what was restored goes back out).
  const [imports, setImports] = useState(0);
  const imported = state.status === "success" ? state.data?.result : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const file = new FormData(event.currentTarget).get("file");
    if (file instanceof File && file.size > maxBytes) {
      event.preventDefault();
      setSizeError(`This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB.`);
      return;
    }
    setSizeError(undefined);
    setImports((count) => count + 1);
    formProps.onSubmit(event);
  }
  const shown = sizeError ? { status: "error" as const, message: "This file is too large.", fieldErrors: { file: [sizeError] } } : state;

  return (
    <>
      <form {...formProps} onSubmit={onSubmit} className="card form-card stack" aria-labelledby="import-heading">
        <FormMessage state={imported ? { status: "idle" } : shown} />
        <TextAreaField name="text" label="Paste the article" state={shown} rows={10} placeholder="Title, byline and text, as copied from the page" />
        <TextField
          name="file"
          type="file"
          accept={accept}
          label="…or upload a file"
          hint={`A saved web page (.html), Word (.docx), a PDF with text, or plain text (.txt); up to ${maxBytes / 1024 / 1024} MB.`}
          state={shown}
        />
        <SubmitButton pending={pending}>{pending ? "Importing…" : "Import"}</SubmitButton>
      </form>
      {imported ? <ImportReview key={imports} initial={JSON.parse(imported) as ImportResult} summary={state.message ?? ""} /> : null}
    </>
  );
}

type Row = { kind: "paragraph"; index: number; number: number; text: string } | { kind: "removed"; index: number; reason: string; text: string };

function rowsOf(result: ImportResult): Row[] {
  const paragraphs: Row[] = result.reading.paragraphs.map((p, i) => ({ kind: "paragraph", index: result.report.bodyIndexes[i]!, number: i + 1, text: paragraphText(p) }));
  const removed: Row[] = result.report.removed.map((r) => ({ kind: "removed", index: r.index, reason: REMOVAL_LABELS[r.reason], text: r.text }));
  return [...paragraphs, ...removed].sort((a, b) => a.index - b.index || (a.kind === "removed" ? -1 : 1));
}

function ImportReview({ initial, summary }: { initial: ImportResult; summary: string }) {
  const [result, setResult] = useState(initial);
  const [restored, setRestored] = useState<{ index: number; message: string }>();
  const { state, pending, formProps } = useFormAction(startEditingAction);
  const restoredRef = useRef<HTMLLIElement>(null);
  const { recovered } = result.report;

  useEffect(() => restoredRef.current?.focus(), [restored]);

  function restoreBlock(index: number) {
    const next = restore(result, index);
    const number = next.report.bodyIndexes.indexOf(index) + 1;
    setResult(next);
    setRestored({ index, message: `Restored as paragraph ${number}.` });
  }

  return (
    <section className="card stack" aria-labelledby="review-heading">
      <h2 id="review-heading">Check the import</h2>
      <p>{summary}</p>
      <dl className={styles.recovered}>
        <dt>Title</dt>
        <dd>{recovered.title || <em>not found — you can type it next</em>}</dd>
        <dt>Author</dt>
        <dd>{recovered.author || <em>not found</em>}</dd>
        <dt>Publication</dt>
        <dd>{recovered.publication || <em>not found</em>}</dd>
        <dt>Date</dt>
        <dd>{recovered.publishedOn || <em>not found</em>}</dd>
      </dl>
      <form {...formProps} className="stack" aria-label="Start editing">
        <FormMessage state={state} />
        <input type="hidden" name="draft" value={JSON.stringify({ reading: result.reading, questions: [] })} />
        <SubmitButton pending={pending}>{pending ? "Opening the editor…" : `Start editing (${result.reading.paragraphs.length} paragraphs)`}</SubmitButton>
      </form>
      <h3>The text, paragraph by paragraph</h3>
      <p className="muted">Blocks in dashed boxes were left out. Restore any that belong to the article.</p>
      <p role="status" className="visually-hidden">
        {restored?.message}
      </p>
      <ol className={styles.body}>
        {rowsOf(result).map((row) =>
          row.kind === "paragraph" ? (
            <li key={`p${row.index}`} className={styles.paragraph} tabIndex={-1} ref={row.index === restored?.index ? restoredRef : undefined}>
              <span className={styles.paragraphNumber}>Paragraph {row.number}</span>
              {row.text}
            </li>
          ) : (
            <li key={`r${row.index}`} className={styles.removed}>
              <p className={styles.removedText}>
                <span className={styles.removedReason}>Left out: {row.reason}</span>
                {row.text}
              </p>
              <button type="button" className="button-secondary button-small" onClick={() => restoreBlock(row.index)}>
                Restore<span className="visually-hidden"> this {row.reason}</span>
              </button>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
