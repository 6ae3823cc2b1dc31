/**
 * Feedback on one answer, once released: the verdict, the reason written for
 * the option the student chose (so a wrong choice is named), the key where
 * the inputs do not already show it, the explanation, and links back to the
 * paragraphs it rests on. No hooks: rendered by the question card in the
 * browser and by the results page on the server (the self-check form, in
 * practice, is its own client component).
 */
import type { ClientQuestion } from "@/lib/content/client";
import type { ReleasedFeedback, ResponseView } from "@/lib/reading/views";
import { CiteLink } from "./cite-link";
import styles from "./feedback-panel.module.css";
import questionText from "./question-text.module.css";
import { LEVEL_WORDS, SelfCheckForm } from "./self-check-form";

/**
 * Practice: the reader checks their own written answer (no teacher will),
 * here, or on the answer's own page (the results page links there).
 */
export type SelfCheckTarget = { attemptId: string; onChecked: (response: ResponseView) => void } | "on-its-page";

type Props = {
  question: ClientQuestion;
  response: ResponseView;
  paragraphHref: (paragraphId: string) => string;
  sentenceText: (sentenceId: string) => string;
  selfCheck?: SelfCheckTarget;
};

export function FeedbackPanel({ question, response, paragraphHref, sentenceText, selfCheck }: Props) {
  const feedback = response.feedback;
  if (!feedback) {
    return (
      <div className={`${styles.feedback} ${styles.pending}`}>
        <p className={styles.verdict}>
          <strong>Answer saved.</strong> You will see how you did after you submit the whole reading.
        </p>
      </div>
    );
  }
  const tone = feedback.correct === null ? "pending" : feedback.correct ? "right" : feedback.partial ? "partial" : "wrong";
  const grade = feedback.teacherGrade;
  return (
    <div className={`${styles.feedback} ${styles[tone]}`}>
      <p className={styles.verdict}>
        <Verdict feedback={feedback} response={response} selfCheck={selfCheck} />
      </p>
      {grade ? <TeacherGradeDetails grade={grade} /> : null}
      {feedback.statementFeedback ? <p>{feedback.statementFeedback}</p> : null}
      <OptionNotes question={question} feedback={feedback} />
      <KeyDetails question={question} feedback={feedback} response={response} sentenceText={sentenceText} selfCheck={selfCheck} />
      <p>
        <strong>Why: </strong>
        {feedback.explanation}
      </p>
      {feedback.cites.length > 0 ? (
        <p className={styles.cites}>
          <span>Show me in the text: </span>
          {feedback.cites.map((paragraphId, index) => (
            <span key={paragraphId}>
              {index > 0 ? ", " : null}
              <CiteLink href={paragraphHref(paragraphId)} paragraphId={paragraphId}>
                paragraph {Number(paragraphId.replace(/\D/g, ""))}
              </CiteLink>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

function points(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, "");
}

function Verdict({ feedback, response, selfCheck }: { feedback: ReleasedFeedback; response: ResponseView; selfCheck?: SelfCheckTarget }) {
  if (feedback.selfCheck) {
    return (
      <>
        <strong>Your self-check:</strong> {points(feedback.selfCheck.score)} of {points(feedback.selfCheck.maxScore)} points.
      </>
    );
  }
  if (feedback.correct === null && selfCheck) {
    return (
      <>
        <strong>Answer saved.</strong> Compare it with the model answer below, then check it against each point
        {selfCheck === "on-its-page" ? " on its part's page" : ""}.
      </>
    );
  }
  if (feedback.teacherGrade) {
    return (
      <>
        <strong>Graded by {feedback.teacherGrade.gradedBy}:</strong> {points(feedback.teacherGrade.score)} of {points(feedback.teacherGrade.maxScore)}{" "}
        points.
      </>
    );
  }
  if (feedback.correct === null) {
    return response.score === null || response.score === undefined ? (
      <>
        <strong>Sent to your teacher.</strong> Written answers are awaiting review.
      </>
    ) : (
      <>
        <strong>Graded by your teacher:</strong> {points(response.score)} of {points(response.maxScore)} points.
      </>
    );
  }
  if (feedback.correct) return <strong>Right.</strong>;
  if (feedback.partial) {
    return (
      <>
        <strong>Partly right:</strong> {points(response.score ?? 0)} of {points(response.maxScore)} point{response.maxScore === 1 ? "" : "s"}.
      </>
    );
  }
  return <strong>Not quite.</strong>;
}

/** The teacher's points per rubric criterion, and their comment. */
function TeacherGradeDetails({ grade }: { grade: NonNullable<ReleasedFeedback["teacherGrade"]> }) {
  return (
    <>
      {grade.comment ? <blockquote className={questionText.quoted}>{grade.comment}</blockquote> : null}
      <ul className={styles.keyList}>
        {grade.criteria.map((criterion) => (
          <li key={criterion.id}>
            {criterion.description}: {points(criterion.points)} of {points(criterion.maxPoints)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The author's reason for each option chosen, then for the keys missed. */
function OptionNotes({ question, feedback }: { question: ClientQuestion; feedback: ReleasedFeedback }) {
  const options = question.type === "true_false" ? question.why.options : "options" in question ? question.options : [];
  const text = new Map(options.map((option) => [option.id, option.text]));
  const notes = [...feedback.optionFeedback].sort((a, b) => Number(b.chosen) - Number(a.chosen));
  if (notes.length === 0) return null;
  return (
    <ul className={styles.optionNotes}>
      {notes.map((note) => (
        <li key={note.optionId}>
          <span className={styles.noteOption}>
            <strong>{note.chosen ? "You chose:" : "The right answer:"}</strong> “{text.get(note.optionId)}”
          </span>{" "}
          <span>{note.feedback}</span>
        </li>
      ))}
    </ul>
  );
}

/** What the inputs cannot show on their own: the right order, the supporting sentences, the model answer. */
function KeyDetails({
  question,
  feedback,
  response,
  sentenceText,
  selfCheck,
}: {
  question: ClientQuestion;
  feedback: ReleasedFeedback;
  response: ResponseView;
  sentenceText: (id: string) => string;
  selfCheck?: SelfCheckTarget;
}) {
  if (question.type === "ordering" && "itemIds" in feedback.key && !feedback.correct) {
    const text = new Map(question.items.map((item) => [item.id, item.text]));
    return (
      <>
        <p className={questionText.subPrompt}>The order in the text:</p>
        <ol className={styles.keyList}>
          {feedback.key.itemIds.map((id) => (
            <li key={id}>{text.get(id)}</li>
          ))}
        </ol>
      </>
    );
  }
  if (question.type === "evidence" && "sentenceIds" in feedback.key) {
    const chosen = "sentenceIds" in response.answer ? (response.answer.sentenceIds ?? []) : [];
    const missed = feedback.key.sentenceIds.filter((id) => !chosen.includes(id));
    if (missed.length === 0) return null;
    return (
      <>
        <p className={questionText.subPrompt}>{missed.length === 1 ? "The sentence that supports the claim:" : "Sentences that support the claim:"}</p>
        <ul className={styles.keyList}>
          {missed.map((id) => (
            <li key={id}>
              <q>{sentenceText(id)}</q>
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (question.type === "short_answer" && "text" in feedback.key) {
    return (
      <>
        <p className={questionText.subPrompt}>A model answer:</p>
        <blockquote className={questionText.quoted}>{feedback.key.text}</blockquote>
        {feedback.selfCheck ? (
          <ul className={styles.keyList}>
            {feedback.selfCheck.criteria.map((criterion) => (
              <li key={criterion.id}>
                {feedback.rubric?.find((candidate) => candidate.id === criterion.id)?.description}: {LEVEL_WORDS[criterion.level].toLowerCase()},{" "}
                {points(criterion.points)} of {points(criterion.maxPoints)}
              </li>
            ))}
          </ul>
        ) : feedback.rubric && selfCheck && selfCheck !== "on-its-page" ? (
          <SelfCheckForm attemptId={selfCheck.attemptId} questionId={question.id} rubric={feedback.rubric} onChecked={selfCheck.onChecked} />
        ) : feedback.rubric && !feedback.teacherGrade ? (
          <>
            <p className={questionText.subPrompt}>{selfCheck ? "What to look for:" : "What your teacher looks for:"}</p>
            <ul className={styles.keyList}>
              {feedback.rubric.map((criterion) => (
                <li key={criterion.id}>
                  {criterion.description} ({criterion.points} point{criterion.points === 1 ? "" : "s"})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </>
    );
  }
  return null;
}
