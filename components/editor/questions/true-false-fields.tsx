"use client";
/** A true/false statement, its key, the feedback for each answer and the "why" follow-up. */
import type { QuestionIssues } from "@/lib/authoring/questions/issues";
import type { TrueFalseQuestion } from "@/lib/content/schema";
import { ChoiceOptions } from "./choice-options";
import { IssueList, TextField } from "../fields";
import styles from "./questions-editor.module.css";

export function TrueFalseFields({ idBase, question, onChange, issues }: { idBase: string; question: TrueFalseQuestion; onChange(q: TrueFalseQuestion): void; issues: QuestionIssues }) {
  const rightOrWrong = (answer: boolean) => (question.answer === answer ? "right" : "wrong");
  return (
    <>
      <TextField
        id={`${idBase}-statement`}
        label="Statement"
        hint="The sentence the student judges true or false."
        value={question.statement}
        onChange={(statement) => onChange({ ...question, statement })}
        issues={issues.at("statement")}
        rows={2}
      />
      <fieldset className={styles.group}>
        <legend>The statement is</legend>
        <IssueList id={`${idBase}-answer-issues`} issues={issues.at("answer")} />
        <div className={styles.inline}>
          {[true, false].map((answer) => (
            <label key={String(answer)} className="choice">
              <input type="radio" name={`${idBase}-answer`} checked={question.answer === answer} onChange={() => onChange({ ...question, answer })} />
              <span>{answer ? "True" : "False"}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        id={`${idBase}-true-feedback`}
        label={`Shown to a student who answers True: why True is ${rightOrWrong(true)}`}
        value={question.trueFeedback}
        onChange={(trueFeedback) => onChange({ ...question, trueFeedback })}
        issues={issues.at("trueFeedback")}
        rows={2}
      />
      <TextField
        id={`${idBase}-false-feedback`}
        label={`Shown to a student who answers False: why False is ${rightOrWrong(false)}`}
        value={question.falseFeedback}
        onChange={(falseFeedback) => onChange({ ...question, falseFeedback })}
        issues={issues.at("falseFeedback")}
        rows={2}
      />
      <fieldset className={styles.group}>
        <legend>Follow-up: why?</legend>
        <IssueList id={`${idBase}-why-issues`} issues={issues.at("why")} />
        <TextField
          id={`${idBase}-why-prompt`}
          label="Follow-up question"
          hint="Asked after the student answers, e.g. “Which detail from the text shows this?”"
          value={question.why.prompt}
          onChange={(prompt) => onChange({ ...question, why: { ...question.why, prompt } })}
          issues={issues.at("why.prompt")}
          rows={2}
        />
        <ChoiceOptions
          idBase={`${idBase}-why`}
          legend="Follow-up options"
          fieldPrefix="why."
          value={question.why}
          onChange={(why) => onChange({ ...question, why })}
          issues={issues}
        />
      </fieldset>
    </>
  );
}
