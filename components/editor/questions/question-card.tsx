"use client";
/** One question of the editor: a summary line that opens it, its toolbar, and, when open, every field of its type. */
import type { QuestionIssues } from "@/lib/authoring/questions/issues";
import { QUESTION_TYPE_LABELS } from "@/lib/content/labels";
import type { MultipleSelectQuestion, Paragraph, Question, SingleChoiceQuestion } from "@/lib/content/schema";
import { ChoiceOptions } from "./choice-options";
import { ExplanationFields, TagFields } from "./common-fields";
import { EvidenceFields } from "./evidence-fields";
import { IssueList, TextField } from "../fields";
import { MatchingFields } from "./matching-fields";
import { OrderingFields } from "./ordering-fields";
import { ShortAnswerFields } from "./short-answer-fields";
import { TrueFalseFields } from "./true-false-fields";
import styles from "./questions-editor.module.css";

export interface QuestionCardProps {
  idBase: string;
  question: Question;
  number: number;
  count: number;
  open: boolean;
  issues: QuestionIssues;
  chunkParagraphs: readonly Paragraph[];
  allParagraphs: readonly Paragraph[];
  onToggle(): void;
  onChange(question: Question): void;
  onMove(delta: -1 | 1): void;
  onDuplicate(): void;
  onDelete(): void;
}

/** The start of what the student reads first (a true/false's statement), for summary lines. */
export function promptStart(question: Question): string {
  const text = (question.type === "true_false" ? question.statement : question.prompt).trim();
  if (!text) return "(nothing written yet)";
  return text.length > 70 ? `${text.slice(0, 70).trimEnd()}…` : text;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function QuestionCard(props: QuestionCardProps) {
  const { idBase, question, number, count, open, issues } = props;
  const name = `question ${number}`;
  return (
    <section className={styles.card} aria-labelledby={`${idBase}-toggle`}>
      <div className={styles.cardHead}>
        <h5 className={styles.cardHeading}>
          <button type="button" id={`${idBase}-toggle`} className={styles.toggle} aria-expanded={open} aria-controls={`${idBase}-body`} onClick={props.onToggle}>
            <span className={styles.chevron} aria-hidden="true">
              {open ? "▾" : "▸"}
            </span>
            <span className={styles.summary}>
              <span className={styles.summaryTitle}>
                {number}. {QUESTION_TYPE_LABELS[question.type]}
                {question.core ? <span className="badge">core</span> : null}
                {issues.errors ? <span className="badge bad">{plural(issues.errors, "error")}</span> : null}
                {issues.warnings ? <span className="badge warn">{plural(issues.warnings, "warning")}</span> : null}
              </span>
              <span className={styles.summaryText}>{promptStart(question)}</span>
            </span>
          </button>
        </h5>
        <div className={styles.toolbar}>
          <button type="button" id={`${idBase}-up`} className="secondary small" disabled={number === 1} onClick={() => props.onMove(-1)}>
            <span aria-hidden="true">↑</span> Up<span className="visually-hidden"> ({name})</span>
          </button>
          <button type="button" id={`${idBase}-down`} className="secondary small" disabled={number === count} onClick={() => props.onMove(1)}>
            <span aria-hidden="true">↓</span> Down<span className="visually-hidden"> ({name})</span>
          </button>
          <button type="button" className="secondary small" onClick={props.onDuplicate}>
            Duplicate<span className="visually-hidden"> {name}</span>
          </button>
          <button type="button" className="secondary small" onClick={props.onDelete}>
            Delete<span className="visually-hidden"> {name}</span>
          </button>
        </div>
      </div>
      {open ? (
        <div id={`${idBase}-body`} className={styles.body}>
          <IssueList id={`${idBase}-general-issues`} issues={issues.general} />
          <QuestionFields {...props} />
        </div>
      ) : null}
    </section>
  );
}

function QuestionFields({ idBase, question, onChange, issues, chunkParagraphs, allParagraphs }: QuestionCardProps) {
  const paragraphs = question.stage === "after-reading" ? allParagraphs : chunkParagraphs;
  const shared = { idBase, issues };
  return (
    <>
      <TextField
        id={`${idBase}-prompt`}
        label="Question"
        hint={question.stage === "after-reading" ? "Asked after the whole reading: it may mention anything in the text." : undefined}
        value={question.prompt}
        onChange={(prompt) => onChange({ ...question, prompt })}
        issues={issues.at("prompt")}
        rows={2}
      />
      <TypeFields question={question} onChange={onChange} chunkParagraphs={chunkParagraphs} {...shared} />
      <ExplanationFields question={question} onChange={onChange} paragraphs={paragraphs} {...shared} />
      <TagFields question={question} onChange={onChange} {...shared} />
    </>
  );
}

function TypeFields(props: { idBase: string; question: Question; onChange(q: Question): void; issues: QuestionIssues; chunkParagraphs: readonly Paragraph[] }) {
  const { question, onChange, idBase, issues } = props;
  switch (question.type) {
    case "single_choice":
      return <ChoiceOptions<SingleChoiceQuestion> idBase={`${idBase}-options`} legend="Options" fieldPrefix="" value={question} onChange={onChange} issues={issues} />;
    case "multiple_select":
      return <ChoiceOptions<MultipleSelectQuestion> idBase={`${idBase}-options`} legend="Options" fieldPrefix="" value={question} onChange={onChange} issues={issues} />;
    case "true_false":
      return <TrueFalseFields idBase={idBase} question={question} onChange={onChange} issues={issues} />;
    case "ordering":
      return <OrderingFields idBase={`${idBase}-items`} question={question} onChange={onChange} issues={issues} />;
    case "matching":
      return <MatchingFields idBase={`${idBase}-pairs`} question={question} onChange={onChange} issues={issues} />;
    case "short_answer":
      return <ShortAnswerFields idBase={`${idBase}-written`} question={question} onChange={onChange} issues={issues} />;
    case "evidence":
      return <EvidenceFields idBase={idBase} question={question} chunkParagraphs={props.chunkParagraphs} onChange={onChange} issues={issues} />;
  }
}
