"use client";
/** Find the evidence: the claim and the sentences of the chunk that support it. */
import { setEvidenceRole } from "@/lib/authoring/questions/edit";
import type { QuestionIssues } from "@/lib/authoring/questions/issues";
import type { EvidenceQuestion, Paragraph } from "@/lib/content/schema";
import { IssueList, TextField } from "../fields";
import { SentencePicker } from "./sentence-picker";
import styles from "./questions-editor.module.css";

export function EvidenceFields(props: { idBase: string; question: EvidenceQuestion; chunkParagraphs: readonly Paragraph[]; onChange(q: EvidenceQuestion): void; issues: QuestionIssues }) {
  const { idBase, question, chunkParagraphs, onChange, issues } = props;
  const order = chunkParagraphs.flatMap((p) => p.sentences.map((_, i) => `${p.id}.s${i + 1}`));
  return (
    <>
      <TextField
        id={`${idBase}-claim`}
        label="Claim the student finds support for"
        hint="Say what the sentence does (“the claim the rest of the essay supports”) without quoting it."
        value={question.claim}
        onChange={(claim) => onChange({ ...question, claim })}
        issues={issues.at("claim")}
        rows={2}
      />
      <fieldset className={styles.group}>
        <legend>Evidence sentences</legend>
        <p className="field-hint">
          Tick the sentences a full answer picks (“Answer”), and any that are not wrong to pick as well (“Also accepted”: no penalty).
        </p>
        <IssueList id={`${idBase}-evidence-issues`} issues={[...issues.at("answer"), ...issues.at("acceptable")]} />
        <SentencePicker
          idBase={`${idBase}-evidence`}
          paragraphs={chunkParagraphs}
          columns={[
            { label: "Answer", selected: question.answer },
            { label: "Also accepted", selected: question.acceptable ?? [] },
          ]}
          onToggle={(sentenceId, column, checked) =>
            onChange(setEvidenceRole(question, sentenceId, checked ? (column === 0 ? "answer" : "acceptable") : "none", order))
          }
        />
      </fieldset>
    </>
  );
}
