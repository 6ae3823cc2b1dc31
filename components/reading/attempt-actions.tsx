"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { startReadingAgain, submitReading, type ApiResult } from "@/lib/http/client";
import questionText from "@/components/questions/question-text.module.css";
import styles from "./attempt-actions.module.css";

type Props = {
  attemptId: string;
  canSubmit: boolean;
  /** Questions not answered yet: they count as unanswered once submitted. */
  unanswered: number;
  canStartAgain: boolean;
  feedbackAfterSubmit: boolean;
};

/** "Submit the reading" (asking first when questions are unanswered) and "Start again". */
export function AttemptActions({ attemptId, canSubmit, unanswered, canStartAgain, feedbackAfterSubmit }: Props) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function run<T>(action: (attemptId: string) => Promise<ApiResult<T>>, pathOf: (data: T) => string) {
    setPending(true);
    setMessage(null);
    const result = await action(attemptId);
    setPending(false);
    if (result.ok) {
      setConfirming(false);
      router.push(pathOf(result.data));
      router.refresh();
      return;
    }
    setMessage(result.kind === "rejected" ? result.error.message : "That did not reach the server. Check your connection and try again.");
  }

  const submit = () => run(submitReading, (data) => data.resultsPath);
  const again = () => run(startReadingAgain, (data) => data.startPath);

  if (!canSubmit && !canStartAgain) return null;
  return (
    <div className={styles.actions}>
      {canSubmit && !confirming ? (
        <div>
          <button type="button" disabled={pending} onClick={() => (unanswered > 0 ? setConfirming(true) : void submit())}>
            Submit the reading
          </button>
          <p className={`${questionText.hint} ${styles.hint}`}>
            {feedbackAfterSubmit ? "Your feedback is released once you submit." : "Submitting tells your teacher you have finished."}
          </p>
        </div>
      ) : null}
      {confirming ? (
        <div className={styles.confirm} role="group" aria-labelledby={`${attemptId}-confirm`}>
          <p id={`${attemptId}-confirm`}>
            <strong>
              {unanswered === 1 ? "One question is" : `${unanswered} questions are`} not answered yet.
            </strong>{" "}
            After you submit, you cannot answer {unanswered === 1 ? "it" : "them"} in this attempt.
          </p>
          <button type="button" disabled={pending} onClick={() => void submit()}>
            Submit anyway
          </button>{" "}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Keep working
          </button>
        </div>
      ) : null}
      {canStartAgain ? (
        <button type="button" className="secondary" disabled={pending} onClick={() => void again()}>
          Start again
        </button>
      ) : null}
      <div aria-live="polite">{message ? <p className="form-message error">{message}</p> : null}</div>
    </div>
  );
}
