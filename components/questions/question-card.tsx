"use client";
import { useEffect, useId, useRef, useState } from "react";
import type { ClientQuestion } from "@/lib/content/client";
import { SKILL_LABELS } from "@/lib/content/labels";
import type { DraftAnswer } from "@/lib/scoring/answers";
import type { Confidence, ResponseView } from "@/lib/reading/views";
import type { QuestionEntry } from "@/components/reading/use-answer-store";
import { completedDraft, missingPart } from "./completeness";
import { CONFIDENCE_WORDS, ConfidencePicker } from "./confidence-picker";
import { ReviseAnswerForm } from "@/components/reading/revise-answer-form";
import { FeedbackPanel } from "./feedback-panel";
import { QuestionInput, type QuestionInputProps } from "./question-input";
import styles from "./question-card.module.css";
import questionText from "./question-text.module.css";

type Props = {
  question: ClientQuestion;
  number: number;
  entry: QuestionEntry;
  writable: boolean;
  feedbackMode: "immediate" | "after_submit";
  /** The attempt the answers belong to: a written answer the teacher returned is revised in it. */
  attemptId: string;
  /** Practice: the attempt whose written answers the reader checks themselves. */
  selfCheckAttemptId?: string;
  onSelfChecked?: (response: ResponseView) => void;
  onEdit: (change: { draft?: DraftAnswer; confidence?: Confidence }) => void;
  onSubmit: () => void;
  onRetry: () => void;
  paragraphHref: (paragraphId: string) => string;
  sentenceText: (sentenceId: string) => string;
};

const SYNC_LABEL = {
  saved: "",
  saving: "Saving…",
  unsaved: "Saving…",
  device: "Saved on this device",
} as const;

export function QuestionCard(props: Props) {
  const { question, number, entry, writable, feedbackMode, attemptId, selfCheckAttemptId, onSelfChecked, onEdit, onSubmit, onRetry, paragraphHref, sentenceText } = props;
  const id = useId();
  const promptId = `${id}-prompt`;
  const [missing, setMissing] = useState<string | null>(null);
  const answered = entry.response !== null;
  const disabled = answered || !writable;
  const sending = entry.submit.state === "sending";
  const section = useRef<HTMLElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const wasAnswered = useRef(answered);

  // The submit button goes once the answer is in: keep the keyboard user's place by moving focus to the
  // feedback, unless they have moved on elsewhere (an answer resent in the background must not pull focus).
  useEffect(() => {
    if (!answered || wasAnswered.current) return;
    wasAnswered.current = true;
    const focused = document.activeElement;
    if (!focused || focused === document.body || section.current?.contains(focused)) feedbackRef.current?.focus();
  }, [answered]);

  function edit(change: { draft?: DraftAnswer; confidence?: Confidence }) {
    setMissing(null);
    onEdit(change);
  }

  function submit() {
    const draft = completedDraft(question, entry.draft);
    const problem = missingPart(question, draft);
    setMissing(problem);
    if (problem) return;
    if (draft !== entry.draft) onEdit({ draft });
    onSubmit();
  }

  const inputProps: QuestionInputProps = {
    question,
    value: entry.draft,
    onChange: (draft: DraftAnswer) => edit({ draft }),
    disabled,
    feedback: entry.response?.feedback,
    promptId,
    errors: entry.submit.state === "refused" ? entry.submit.fields : undefined,
  };

  return (
    <section
      ref={section}
      className={styles.card}
      id={`question-${question.id}`}
      aria-labelledby={`${id}-title`}
      data-question-type={question.type}
    >
      <h3 id={`${id}-title`} className={questionText.title}>
        Question {number}
        <span className={questionText.skillTag}>{SKILL_LABELS[question.skill]}</span>
        {answered ? <span className={questionText.answeredTag}>Answered</span> : null}
      </h3>
      <p id={promptId} className={questionText.prompt}>
        {question.prompt}
      </p>
      <QuestionInput {...inputProps} />
      {question.type === "short_answer" && !disabled ? (
        <p className={questionText.hint} data-unspoken>
          {selfCheckAttemptId
            ? "Once you submit, you see a model answer and check your own answer against each point."
            : "Your teacher reads and grades written answers."}
        </p>
      ) : null}
      {question.type === "short_answer" ? null : disabled ? (
        entry.confidence ? (
          <p className={questionText.hint} data-unspoken>
            How sure you were: {CONFIDENCE_WORDS[entry.confidence]}
          </p>
        ) : null
      ) : (
        <ConfidencePicker value={entry.confidence} onChange={(confidence) => edit({ confidence })} />
      )}
      {disabled ? null : (
        <div className={styles.actions} data-unspoken>
          <button type="button" onClick={submit} disabled={sending} aria-disabled={sending}>
            {sending ? "Sending…" : feedbackMode === "immediate" && question.type !== "short_answer" ? "Check answer" : "Submit answer"}
          </button>
          <span className={styles.syncStatus}>{SYNC_LABEL[entry.sync]}</span>
        </div>
      )}
      <div aria-live="polite" className={styles.live} data-unspoken>
        {entry.response ? <p className="visually-hidden">{`Question ${number}: ${verdictWords(entry.response, selfCheckAttemptId !== undefined)}`}</p> : null}
        {missing ? <p className="form-message error">{missing}</p> : null}
        {entry.submit.state === "waiting" || entry.submit.state === "refused" ? (
          <div className={`form-message ${entry.submit.state === "waiting" ? "warn" : "error"}`}>
            <p>{entry.submit.message}</p>
            {entry.submit.state === "waiting" ? (
              <button type="button" className="secondary" onClick={onRetry}>
                Try again now
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      {entry.response ? (
        <div ref={feedbackRef} tabIndex={-1} className={styles.feedbackFocus} data-unspoken aria-label={`Feedback on question ${number}`} role="group">
          <FeedbackPanel
            question={question}
            response={entry.response}
            paragraphHref={paragraphHref}
            sentenceText={sentenceText}
            selfCheck={selfCheckAttemptId && onSelfChecked ? { attemptId: selfCheckAttemptId, onChecked: onSelfChecked } : undefined}
          />
        </div>
      ) : null}
      {entry.response?.returnComment && "text" in entry.response.answer ? (
        <ReviseAnswerForm attemptId={attemptId} questionId={question.id} comment={entry.response.returnComment} text={entry.response.answer.text ?? ""} />
      ) : null}
    </section>
  );
}

/** The verdict in a few words, for the live region (the panel itself has the details). */
function verdictWords(response: ResponseView, selfCheck: boolean): string {
  const feedback = response.feedback;
  if (!feedback) return "answer saved; feedback after you submit the reading.";
  if (feedback.selfCheck) return `your self-check: ${feedback.selfCheck.score} of ${feedback.selfCheck.maxScore} points.`;
  if (feedback.correct === null) return selfCheck ? "answer saved; compare it with the model answer and check it yourself." : "answer sent to your teacher.";
  return feedback.correct ? "right." : feedback.partial ? "partly right." : "not quite.";
}
