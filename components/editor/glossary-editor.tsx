"use client";
import { useId, useMemo, useState } from "react";
import { issuesAbout, type EditorIssue } from "@/lib/authoring/draft";
import { definitionFromSense, placements, termStatus, uniqueId, type TermStatus } from "@/lib/authoring/glossary/annotations";
import type { GlossarySuggestion } from "@/lib/authoring/glossary/suggest";
import type { GlossaryEntry, Reading } from "@/lib/content/schema";
import { paragraphText } from "@/lib/content/sentences";
import { fetchGlossarySuggestions } from "@/lib/http/client";
import { IssueList, useFocusLater } from "./fields";
import { EntryEnd, RemovalNotice, statusClass, useEntryList } from "./annotation-parts";
import styles from "./annotations.module.css";

type Props = { reading: Reading; onChange(reading: Reading): void; issues: EditorIssue[] };

const PART_OF_SPEECH_LABEL = { noun: "noun", verb: "verb", adjective: "adjective", adverb: "adverb" } as const;

/**
 * The reading's glossary: each term, its other forms in the text and its
 * definition, all editable; WordNet suggestions for the text's rare words;
 * where the reading page will mark each term, as the teacher types.
 */
export function GlossaryEditor({ reading, onChange, issues }: Props) {
  const base = useId();
  const fieldId = (entryId: string, field: string) => `${base}-${entryId}-${field}`;
  const glossary = reading.glossary;
  const list = useEntryList(glossary, (next) => onChange({ ...reading, glossary: next }), {
    undoButtonId: `${base}-undo`,
    restoredFocusId: (id) => fieldId(id, "term"),
  });
  const shown = useMemo(() => placements(reading), [reading]);
  const add = (entry: Omit<GlossaryEntry, "id">, focusField: "term" | "definition") => {
    const id = uniqueId(entry.term, "term", list.takenIds);
    onChange({ ...reading, glossary: [...glossary, { id, ...entry }] });
    list.focusLater(fieldId(id, focusField));
  };

  return (
    <section className={styles.section} aria-labelledby={`${base}-heading`}>
      <h2 id={`${base}-heading`}>Glossary</h2>
      <p className="field-hint">
        Students tap a glossary word in the text to see its definition. The reading page marks the first use of the term, or of one of
        its other forms, in each part: write them exactly as the text does, capitals included.
      </p>
      <IssueList id={`${base}-issues`} issues={issuesAbout(issues, "glossary")} />
      <RemovalNotice
        id={`${base}-undo`}
        what={list.removed ? `“${list.removed.term || "new term"}”` : null}
        onUndo={list.undo}
        onDismiss={list.dismiss}
      />
      {glossary.length === 0 ? <p className="muted">No terms yet. Add one, or let the editor suggest the text’s rare words.</p> : null}
      <ol className={styles.entries}>
        {glossary.map((entry, index) => (
          <li key={entry.id}>
            <EntryFields
              entry={entry}
              number={index + 1}
              status={termStatus(reading, entry, shown)}
              issues={issuesAbout(issues, entry.id)}
              fieldId={(field) => fieldId(entry.id, field)}
              onUpdate={(change) => list.update(entry.id, change)}
              onRemove={() => list.remove(entry.id)}
            />
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => add({ term: "", definition: "" }, "term")}>
          Add a term
        </button>
      </div>
      <Suggestions reading={reading} onAdd={(entry) => add(entry, "definition")} />
    </section>
  );
}

type EntryProps = {
  entry: GlossaryEntry;
  number: number;
  status: TermStatus;
  issues: EditorIssue[];
  fieldId(field: string): string;
  onUpdate(change: Partial<GlossaryEntry>): void;
  onRemove(): void;
};

function EntryFields({ entry, number, status, issues, fieldId, onUpdate, onRemove }: EntryProps) {
  // What the teacher typed in "other forms" is kept as typed ("wars, ") while the reading gets the list.
  const [aliasText, setAliasText] = useState<string | null>(null);
  const statusId = fieldId("status");
  const issuesId = fieldId("issues");
  const describedBy = [statusId, issues.length > 0 ? issuesId : null].filter(Boolean).join(" ");
  const hasError = issues.some((issue) => issue.severity === "error");

  return (
    <fieldset className={styles.entry}>
      <legend>
        Term {number}
        {entry.term.trim() ? `: ${entry.term}` : ""}
      </legend>
      <div className={styles.entryRow}>
        <div className="field">
          <label htmlFor={fieldId("term")}>Term</label>
          <input
            id={fieldId("term")}
            value={entry.term}
            autoComplete="off"
            aria-invalid={hasError || undefined}
            aria-describedby={describedBy}
            onChange={(event) => onUpdate({ term: event.target.value })}
            onBlur={() => {
              if (entry.term !== entry.term.trim()) onUpdate({ term: entry.term.trim() });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={fieldId("aliases")}>Other forms in the text</label>
          <input
            id={fieldId("aliases")}
            value={aliasText ?? (entry.aliases ?? []).join(", ")}
            autoComplete="off"
            aria-describedby={fieldId("aliases-hint")}
            onChange={(event) => {
              setAliasText(event.target.value);
              const aliases = event.target.value
                .split(",")
                .map((alias) => alias.trim())
                .filter(Boolean);
              onUpdate({ aliases: aliases.length > 0 ? aliases : undefined });
            }}
            onBlur={() => setAliasText(null)}
          />
          <span id={fieldId("aliases-hint")} className="field-hint">
            Optional, separated by commas: a plural, another spelling.
          </span>
        </div>
      </div>
      <p id={statusId} className={statusClass(status.kind)}>
        {statusText(status)}
      </p>
      <EntryEnd
        textId={fieldId("definition")}
        label="Definition"
        value={entry.definition}
        onText={(definition) => onUpdate({ definition })}
        issues={issues}
        issuesId={issuesId}
        removeName={`term ${entry.term.trim() || number}`}
        onRemove={onRemove}
      />
    </fieldset>
  );
}

function statusText(status: TermStatus): string {
  switch (status.kind) {
    case "empty":
      return "Type the word as the text has it.";
    case "shown":
      return `Marked in the text from paragraph ${Number(status.paragraphId.slice(1))}.`;
    case "not-marked":
      return "Found only inside a longer word or phrase, so the reading page will not mark it: use the whole word as an other form.";
    case "missing":
      return "Not in the text: check the spelling and capitals, or add the form the text uses.";
  }
}

type SuggestionState =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "done"; suggestions: GlossarySuggestion[] }
  | { kind: "failed"; message: string };

/** Rare words of the text with WordNet's senses: the teacher picks a sense and adds the word, then edits the definition. */
function Suggestions({ reading, onAdd }: { reading: Reading; onAdd(entry: Omit<GlossaryEntry, "id">): void }) {
  const base = useId();
  const [state, setState] = useState<SuggestionState>({ kind: "idle" });
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const focusLater = useFocusLater();
  const glossaryForms = new Set(reading.glossary.flatMap((entry) => [entry.term, ...(entry.aliases ?? [])]).map((form) => form.trim().toLowerCase()));
  // Words added since the list came (or typed in by hand) leave it.
  const open =
    state.kind === "done"
      ? state.suggestions.filter((s) => ![s.term, s.lemma, ...s.aliases].some((form) => glossaryForms.has(form.toLowerCase())))
      : [];

  async function suggest() {
    setState({ kind: "loading" });
    const result = await fetchGlossarySuggestions({
      text: reading.paragraphs.map(paragraphText).join("\n\n"),
      glossaryTerms: [...glossaryForms],
    });
    if (result.ok) {
      setState({ kind: "done", suggestions: result.data.suggestions });
      setChosen({});
      focusLater(`${base}-results`);
    } else {
      const message = result.kind === "rejected" ? (result.error.fields?.text?.[0] ?? result.error.message) : result.message;
      setState({ kind: "failed", message });
    }
  }

  function add(suggestion: GlossarySuggestion, index: number) {
    const sense = suggestion.senses[chosen[suggestion.lemma] ?? 0]!;
    onAdd({ term: suggestion.term, ...(suggestion.aliases.length > 0 ? { aliases: suggestion.aliases } : {}), definition: definitionFromSense(sense) });
    // The list loses the word: keep the keyboard in it, on the next word's first choice (or the list's heading).
    const next = open[index + 1] ?? open[index - 1];
    focusLater(next ? `${base}-${next.lemma}-sense-0` : `${base}-results`);
  }

  return (
    <div className={styles.suggestions}>
      <h3>Suggested words</h3>
      <p className="field-hint">Finds the text’s rarest words that the WordNet dictionary defines, leaving out names and words already in the glossary.</p>
      <div className="actions">
        <button type="button" onClick={suggest} disabled={state.kind === "loading"} aria-describedby={`${base}-state`}>
          {state.kind === "done" ? "Suggest again" : "Suggest words"}
        </button>
        <span id={`${base}-state`} role="status" className="muted">
          {state.kind === "loading" ? "Looking for rare words…" : state.kind === "done" ? `${open.length} suggested.` : ""}
        </span>
      </div>
      {state.kind === "failed" ? (
        <p className="form-message error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.kind === "done" ? (
        <div id={`${base}-results`} tabIndex={-1} className={styles.results} role="region" aria-label="Suggested words">
          {open.length === 0 ? <p className="muted">No more rare words to suggest.</p> : null}
          <ul className={styles.suggestionList}>
            {open.map((suggestion, index) => (
              <li key={suggestion.lemma} className={styles.suggestion}>
                <fieldset>
                  <legend>
                    <span className={styles.suggestedTerm}>{suggestion.term}</span>
                    {suggestion.lemma !== suggestion.term.toLowerCase() ? <span className="muted"> (from “{suggestion.lemma}”)</span> : null}
                    <span className="badge">{suggestion.zipf < 2 ? "very rare" : "rare"}</span>
                  </legend>
                  {suggestion.aliases.length > 0 ? <p className="field-hint">Also in the text as: {suggestion.aliases.join(", ")}</p> : null}
                  {suggestion.senses.map((sense, senseIndex) => (
                    <label key={senseIndex} className="choice">
                      <input
                        id={`${base}-${suggestion.lemma}-sense-${senseIndex}`}
                        type="radio"
                        name={`${base}-${suggestion.lemma}`}
                        checked={(chosen[suggestion.lemma] ?? 0) === senseIndex}
                        onChange={() => setChosen({ ...chosen, [suggestion.lemma]: senseIndex })}
                      />
                      <span className="choice-text">
                        <span>
                          <em>{PART_OF_SPEECH_LABEL[sense.partOfSpeech]}</em> {sense.definition}
                        </span>
                      </span>
                    </label>
                  ))}
                  <button type="button" className="small" onClick={() => add(suggestion, index)}>
                    Add<span className="visually-hidden"> “{suggestion.term}” with the chosen definition</span>
                  </button>
                </fieldset>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
