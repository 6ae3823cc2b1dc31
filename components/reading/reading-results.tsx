import Link from "next/link";
import { FeedbackPanel } from "@/components/questions/feedback-panel";
import questionText from "@/components/questions/question-text.module.css";
import { ColumnHeader, DataTable } from "@/components/table/data-table";
import { SKILL_LABELS } from "@/lib/content/labels";
import type { ReadingResults as Results, Tally } from "@/lib/reading/results";
import { AnswerSummary } from "./answer-summary";
import { AttemptActions } from "./attempt-actions";
import { ReadingBar } from "./reading-bar";
import { ReviseAnswerForm } from "./revise-answer-form";
import styles from "./reading-results.module.css";

function score(tally: Tally): string {
  if (tally.percent === null) return tally.awaitingReview > 0 ? "Awaiting review" : "–";
  return `${tally.earned} of ${tally.possible} (${Math.round(tally.percent)}%)`;
}

/** Score by part and by skill, then every question with the student's answer and, once released, the feedback. */
export function ReadingResults({ results, paragraphLinks }: { results: Results; paragraphLinks: Record<string, string> }) {
  const { attempt, total } = results;
  const unanswered = total.questions - total.answered;
  const sentence = (id: string) => results.sentences[id] ?? "";
  const paragraphHref = (id: string) => paragraphLinks[id] ?? results.basePath;
  return (
    <div className="reading-shell">
      <ReadingBar title={results.title} href={results.basePath} current="Results" />
      <article className="reading-results" aria-labelledby="results-title">
        <header className="step-header">
          <p className="kicker">{attempt.submittedAt ? (attempt.late ? "Submitted late" : "Submitted") : "In progress"}</p>
          <h1 id="results-title">Your results</h1>
          <p className="read-for">
            {total.answered} of {total.questions} questions answered
            {results.feedbackReleased && total.awaitingReview > 0 ? `; ${total.awaitingReview} written answer${total.awaitingReview === 1 ? "" : "s"} awaiting review` : ""}.
          </p>
        </header>

        {results.feedbackReleased ? null : (
          <p className="form-message warn">Scores, answers and explanations appear here once you submit the whole reading.</p>
        )}
        <AttemptActions
          attemptId={attempt.id}
          canSubmit={results.canSubmit}
          unanswered={unanswered}
          canStartAgain={results.canStartAgain}
          feedbackAfterSubmit={!results.feedbackReleased}
        />

        {results.feedbackReleased ? (
          <section aria-labelledby="summary-heading" className={styles.summary}>
            <h2 id="summary-heading">
              {attempt.submittedAt ? "Score" : "Score so far"}: <span>{score(total)}</span>
            </h2>
            {attempt.submittedAt ? null : <p className={questionText.hint}>Counting the questions you have answered. Unanswered questions count as 0 once you submit.</p>}
            <div className={styles.scoreTables}>
              <DataTable caption="By part" captionHidden={false}>
                <thead>
                  <tr>
                    <ColumnHeader>Part</ColumnHeader>
                    <ColumnHeader>Score</ColumnHeader>
                  </tr>
                </thead>
                <tbody>
                  {results.groups.map((group) => (
                    <tr key={group.id}>
                      <th scope="row">{group.title}</th>
                      <td>{group.locked ? "Not open yet" : score(group.tally)}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
              <DataTable caption="By skill" captionHidden={false}>
                <thead>
                  <tr>
                    <ColumnHeader>Skill</ColumnHeader>
                    <ColumnHeader>Score</ColumnHeader>
                  </tr>
                </thead>
                <tbody>
                  {results.bySkill.map((row) => (
                    <tr key={row.skill}>
                      <th scope="row">{row.label}</th>
                      <td>{score(row.tally)}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </div>
          </section>
        ) : null}

        {results.groups.map((group) => (
          // Each part folded, its score on the summary line: the page opens short and each part opens on demand.
          // A part with an answer returned for revision opens: the teacher is waiting on it.
          <details key={group.id} className={`chunk-fold ${styles.group}`} open={group.questions.some(({ response }) => response?.returnComment) || undefined}>
            <summary>
              {group.title}{" "}
              <span className="muted">
                ·{" "}
                {group.locked
                  ? "not open yet"
                  : results.feedbackReleased
                    ? score(group.tally)
                    : `${group.questions.filter(({ response }) => response && response.status !== "draft").length} of ${group.questions.length} answered`}
              </span>
            </summary>
            {group.locked ? (
              <p className="muted">Not open yet: its questions appear once you reach it.</p>
            ) : (
              group.questions.map(({ question, response }, index) => (
                <article key={question.id} className={styles.question} aria-labelledby={`result-${question.id}`}>
                  <h3 id={`result-${question.id}`} className={questionText.title}>
                    Question {index + 1}
                    <span className={questionText.skillTag}>{SKILL_LABELS[question.skill]}</span>
                  </h3>
                  <p className={questionText.prompt}>{question.prompt}</p>
                  {response && response.status !== "draft" ? (
                    <>
                      <p className={questionText.subPrompt}>Your answer:</p>
                      <AnswerSummary question={question} answer={response.answer} sentences={results.sentences} />
                      {response.returnComment && "text" in response.answer ? (
                        <ReviseAnswerForm
                          attemptId={attempt.id}
                          questionId={question.id}
                          comment={response.returnComment}
                          text={response.answer.text ?? ""}
                        />
                      ) : null}
                      {results.feedbackReleased ? (
                        <FeedbackPanel
                          question={question}
                          response={response}
                          paragraphHref={paragraphHref}
                          sentenceText={sentence}
                          selfCheck={results.selfCheck ? "on-its-page" : undefined}
                        />
                      ) : null}
                    </>
                  ) : (
                    <p className="muted">
                      Not answered.{" "}
                      {results.canSubmit ? (
                        <Link href={`${group.href}#question-${question.id}`} prefetch={false}>
                          Answer it now
                        </Link>
                      ) : null}
                    </p>
                  )}
                </article>
              ))
            )}
          </details>
        ))}
      </article>
    </div>
  );
}
