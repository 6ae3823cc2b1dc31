"use client";
/** The fields every question has: explanation, cited paragraphs, key sentences, and its tags (skill, difficulty, core, stage). */
import type { QuestionIssues } from "@/lib/authoring/questions/issues";
import { SKILL_LABELS } from "@/lib/content/labels";
import type { Difficulty, Paragraph, Question, Skill, Stage } from "@/lib/content/schema";
import { paragraphText } from "@/lib/content/sentences";
import { describedBy, hasError, IssueList, TextField } from "../fields";
import { SentencePicker } from "./sentence-picker";
import styles from "./questions-editor.module.css";

const SKILLS = Object.keys(SKILL_LABELS) as Skill[];
const DIFFICULTIES: { value: Difficulty; label: string }[] = [
  { value: 1, label: "1: easy" },
  { value: 2, label: "2: medium" },
  { value: 3, label: "3: hard" },
];
export const STAGE_LABELS: Record<Stage, string> = {
  chunk: "After this part",
  "after-reading": "After the whole reading",
};

interface Props {
  idBase: string;
  question: Question;
  onChange(question: Question): void;
  issues: QuestionIssues;
  /** The paragraphs a question may cite and rest on: its chunk's, or the whole text's after the reading. */
  paragraphs: readonly Paragraph[];
}

function opening(paragraph: Paragraph): string {
  const words = paragraphText(paragraph).split(" ");
  return words.length > 12 ? `${words.slice(0, 12).join(" ")}…` : words.join(" ");
}

export function ExplanationFields({ idBase, question, onChange, issues, paragraphs }: Props) {
  const citesIssues = issues.at("cites");
  const keyIssues = issues.at("keySentences");
  const keySentences = question.keySentences ?? [];

  function toggleCite(paragraphId: string, checked: boolean) {
    const cites = new Set(question.cites);
    if (checked) cites.add(paragraphId);
    else cites.delete(paragraphId);
    const order = paragraphs.map((p) => p.id);
    onChange({ ...question, cites: [...cites].sort((a, b) => order.indexOf(a) - order.indexOf(b)) });
  }

  function toggleKeySentence(sentenceId: string, checked: boolean) {
    const next = checked ? [...keySentences, sentenceId] : keySentences.filter((id) => id !== sentenceId);
    const updated: Question = { ...question, keySentences: next.sort(bySentence) };
    if (next.length === 0) delete updated.keySentences;
    onChange(updated);
  }

  // A cited paragraph outside the list (after a chunk boundary moved) stays visible so it can be unticked.
  const citable = [...paragraphs.map((p) => ({ id: p.id, label: opening(p) })), ...question.cites.filter((id) => !paragraphs.some((p) => p.id === id)).map((id) => ({ id, label: "(not in this part)" }))];

  return (
    <>
      <TextField
        id={`${idBase}-explanation`}
        label="Explanation"
        hint="Why the key is right, naming the paragraphs it rests on. Students see it after answering."
        value={question.explanation}
        onChange={(explanation) => onChange({ ...question, explanation })}
        issues={issues.at("explanation")}
        rows={3}
      />
      <fieldset className={styles.group} aria-describedby={describedBy(`${idBase}-cites-hint`, citesIssues.length > 0 && `${idBase}-cites-issues`)}>
        <legend>Paragraphs it cites</legend>
        <p id={`${idBase}-cites-hint`} className="field-hint">
          The “show me in the text” link goes to these. Tick at least one.
        </p>
        <IssueList id={`${idBase}-cites-issues`} issues={citesIssues} />
        {citable.map((p) => (
          <label key={p.id} className="choice">
            <input type="checkbox" checked={question.cites.includes(p.id)} onChange={(e) => toggleCite(p.id, e.target.checked)} />
            <span className="choice-text">
              <strong>{p.id}</strong>
              <span className="muted">{p.label}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <details className={styles.optional}>
        <summary>
          Key sentences (optional): {keySentences.length ? keySentences.join(", ") : "none chosen"}
          {keyIssues.length ? <span className={styles.issueCount}> · {keyIssues.length} issue{keyIssues.length === 1 ? "" : "s"}</span> : null}
        </summary>
        <p className="field-hint">The sentences the key rests on. The checks warn when more than two questions rest on one sentence (the same point tested again).</p>
        <IssueList id={`${idBase}-key-issues`} issues={keyIssues} />
        <SentencePicker idBase={`${idBase}-key`} paragraphs={paragraphs} columns={[{ label: "Key sentence", selected: keySentences }]} onToggle={(id, _column, checked) => toggleKeySentence(id, checked)} />
      </details>
    </>
  );
}

function bySentence(a: string, b: string): number {
  const [pa, sa] = a.split(".s");
  const [pb, sb] = b.split(".s");
  return Number(pa!.slice(1)) - Number(pb!.slice(1)) || Number(sa) - Number(sb);
}

export function TagFields({ idBase, question, onChange, issues }: Omit<Props, "paragraphs">) {
  const select = (field: "skill" | "difficulty" | "stage") => {
    const fieldIssues = issues.at(field);
    return { id: `${idBase}-${field}`, "aria-invalid": hasError(fieldIssues), "aria-describedby": describedBy(fieldIssues.length > 0 && `${idBase}-${field}-issues`) };
  };
  return (
    <fieldset className={styles.group}>
      <legend>Tags</legend>
      <div className={styles.tags}>
        <div className="field">
          <label htmlFor={`${idBase}-skill`}>Skill</label>
          <select {...select("skill")} value={question.skill} onChange={(e) => onChange({ ...question, skill: e.target.value as Skill })}>
            {SKILLS.map((skill) => (
              <option key={skill} value={skill}>
                {SKILL_LABELS[skill]}
              </option>
            ))}
          </select>
          <IssueList id={`${idBase}-skill-issues`} issues={issues.at("skill")} />
        </div>
        <div className="field">
          <label htmlFor={`${idBase}-difficulty`}>Difficulty</label>
          <select {...select("difficulty")} value={question.difficulty} onChange={(e) => onChange({ ...question, difficulty: Number(e.target.value) as Difficulty })}>
            {DIFFICULTIES.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
          <IssueList id={`${idBase}-difficulty-issues`} issues={issues.at("difficulty")} />
        </div>
        <div className="field">
          <label htmlFor={`${idBase}-stage`}>Asked</label>
          <select {...select("stage")} value={question.stage} onChange={(e) => onChange({ ...question, stage: e.target.value as Stage })}>
            {(Object.keys(STAGE_LABELS) as Stage[]).map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
          <IssueList id={`${idBase}-stage-issues`} issues={issues.at("stage")} />
        </div>
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={question.core === true}
          aria-describedby={`${idBase}-core-hint`}
          onChange={(e) => {
            const updated: Question = { ...question, core: true };
            if (!e.target.checked) delete updated.core;
            onChange(updated);
          }}
        />
        <span className="choice-text">
          <strong>In the core set</strong>
          <span id={`${idBase}-core-hint`} className="muted">
            The items that cover the whole argument in one class period; the rest is extension.
          </span>
        </span>
      </label>
      <IssueList id={`${idBase}-core-issues`} issues={issues.at("core")} />
    </fieldset>
  );
}
