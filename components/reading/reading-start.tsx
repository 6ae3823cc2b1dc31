import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import type { ReadingOverview } from "@/lib/reading/overview";
import { AFTER_READING_STEP } from "@/lib/reading/overview";
import { ARCHIVED_MESSAGE } from "@/lib/reading/settings";
import { AttemptActions } from "./attempt-actions";
import { ReadingBar } from "./reading-bar";
import { ReadingFacts } from "./reading-facts";
import questionText from "@/components/questions/question-text.module.css";
import styles from "./reading-start.module.css";

/** A reading's start page: what it is, the rules, progress per part, and Continue. */
export function ReadingStart({ overview }: { overview: ReadingOverview }) {
  const { reading, settings, progress, attempt, basePath } = overview;
  const unanswered = progress.total - progress.answered;
  return (
    <div className="reading-shell">
      <ReadingBar title={overview.back.title} href={overview.back.href} current={reading.title} />
      <article className="reading-start">
        <header className="reading-intro">
          <p className="kicker">{overview.kind === "practice" ? "Practice reading" : "Assigned reading"}</p>
          <h1>{reading.title}</h1>
          {reading.dek ? <p className="dek">{reading.dek}</p> : null}
          <p className={styles.byline}>
            {reading.author} · {reading.publication}
          </p>
          <ReadingFacts facts={overview.facts} />
        </header>

        <ul className={styles.facts}>
          {settings.dueAt ? (
            <li className={overview.late && !attempt?.submittedAt ? styles.warn : undefined}>
              {overview.late ? "Was due" : "Due"} <time dateTime={settings.dueAt.toISOString()}>{formatDateTime(settings.dueAt)}</time>
              {overview.late && !overview.closed ? ": you can still hand it in; it will be marked late." : null}
            </li>
          ) : null}
          {settings.archived ? (
            <li className={styles.warn}>{ARCHIVED_MESSAGE}</li>
          ) : overview.closed ? (
            <li className={styles.warn}>This assignment is closed: you can read your answers, not change them.</li>
          ) : null}
          <li>
            {settings.feedbackMode === "immediate"
              ? "You see feedback right after each answer."
              : "You see feedback once you submit the whole reading."}
          </li>
          {settings.unlockInOrder ? <li>Each part opens once you have answered the questions of the part before.</li> : null}
          {attempt && settings.attemptsAllowed !== null && settings.attemptsAllowed > 1 ? (
            <li>
              Attempt {attempt.number} of {settings.attemptsAllowed}
            </li>
          ) : null}
          {attempt?.submittedAt ? <li>{attempt.late ? "Submitted late." : "Submitted."}</li> : null}
        </ul>

        <p>
          <Link href={overview.continueHref} prefetch={false} className={`button ${styles.continue}`}>
            {overview.continueLabel}
            <span aria-hidden="true"> →</span>
          </Link>
        </p>

        <section aria-labelledby="parts-heading">
          <h2 id="parts-heading">The parts</h2>
          <p className={questionText.hint}>
            {progress.answered} of {progress.total} questions answered
          </p>
          <ol className={styles.parts}>
            {progress.chunks.map((chunk) => (
              <PartItem
                key={chunk.id}
                href={`${basePath}/${chunk.id}`}
                label={`Part ${chunk.number}: ${chunk.title}`}
                {...chunk}
                opensAfter={chunk.number > 1 ? `part ${chunk.number - 1}` : ""}
              />
            ))}
            {progress.afterReading ? (
              <PartItem
                href={`${basePath}/${AFTER_READING_STEP}`}
                label="After reading: questions on the whole text"
                {...progress.afterReading}
                opensAfter="every part"
              />
            ) : null}
          </ol>
        </section>

        {attempt ? (
          <AttemptActions
            attemptId={attempt.id}
            canSubmit={!attempt.submittedAt && !overview.closed && unanswered === 0}
            unanswered={unanswered}
            canStartAgain={overview.canStartAgain}
            feedbackAfterSubmit={settings.feedbackMode === "after_submit"}
          />
        ) : null}
        {attempt && progress.answered > 0 ? (
          <p>
            <Link href={`${basePath}/results`} prefetch={false}>
              See your answers and results
            </Link>
          </p>
        ) : null}
        <p className={styles.attribution}>{reading.attribution}</p>
      </article>
    </div>
  );
}

function PartItem(props: { href: string; label: string; answered: number; total: number; locked: boolean; done: boolean; opensAfter: string }) {
  const status = props.locked ? `Opens after ${props.opensAfter}` : props.total === 0 ? "No questions" : props.done ? "Done" : `${props.answered} of ${props.total} answered`;
  return (
    <li className={[styles.part, props.locked && styles.locked, props.done && styles.done].filter(Boolean).join(" ")}>
      {props.locked ? (
        <span className={styles.title}>
          <LockIcon />
          {props.label}
        </span>
      ) : (
        <Link href={props.href} prefetch={false} className={styles.title}>
          {props.label}
        </Link>
      )}
      <span className={styles.status}>
        {props.done ? <span aria-hidden="true">✓ </span> : null}
        {status}
      </span>
    </li>
  );
}

function LockIcon() {
  return (
    <svg className={styles.lock} aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" focusable="false">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 6V4.5a2 2 0 1 1 4 0V7H6Z"
      />
    </svg>
  );
}
