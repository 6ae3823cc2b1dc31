import type { QuestionDistribution } from "@/lib/live/distribution";
import type { ProjectorView } from "@/lib/live/projector";
import { LiveRefresh } from "./live-refresh";
import styles from "./live.module.css";

/** While the counts are on the board they grow as students answer. */
const REVEALED_REFRESH_MS = 5000;

export function ProjectorScreen({ view }: { view: ProjectorView }) {
  if (!view.state) {
    return (
      <div className={styles.projector}>
        <h1>{view.title}</h1>
        <p>No live lesson is running. Start one from the assignment&rsquo;s Live page.</p>
      </div>
    );
  }
  const { state } = view;
  return (
    <div className={styles.projector}>
      <LiveRefresh initial={state} refreshEveryMs={state.revealed ? REVEALED_REFRESH_MS : undefined} />
      {state.phase === "discussion" ? (
        <section aria-labelledby="projector-title">
          <h1 id="projector-title">Discuss</h1>
          <p className={styles.prompt}>{state.discussionPrompt}</p>
        </section>
      ) : state.phase === "reading" ? (
        <section aria-labelledby="projector-title" className={styles.text}>
          <h1 id="projector-title">
            Part {state.chunkIndex + 1}: {view.chunk.title}
          </h1>
          {view.chunk.paragraphs.map((paragraph) => (
            <p key={paragraph.id}>{paragraph.text}</p>
          ))}
        </section>
      ) : (
        <section aria-labelledby="projector-title">
          <h1 id="projector-title">Part {state.chunkIndex + 1}: questions</h1>
          {view.questions.map((question, index) => (
            <Question key={question.questionId} number={index + 1} question={question} revealed={state.revealed} />
          ))}
        </section>
      )}
    </div>
  );
}

function Question({ number, question, revealed }: { number: number; question: QuestionDistribution; revealed: boolean }) {
  const most = Math.max(1, ...question.options.map((option) => option.count));
  return (
    <div className={styles.question}>
      <h2>
        {number}. {question.prompt}
      </h2>
      {question.options.length > 0 ? (
        <ol className={styles.bars} aria-label={revealed ? `The class's answers: ${question.answered} answered` : "Options"}>
          {question.options.map((option) => (
            <li key={option.letter} className={styles.bar}>
              <strong aria-hidden="true">{option.letter}</strong>
              <span>
                <span className={styles.label}>
                  <span className="visually-hidden">{option.letter}: </span>
                  {option.text}
                </span>
                {revealed ? (
                  <span className={styles.track} aria-hidden="true">
                    <span className={styles.fill} data-testid="answer-bar" style={{ width: `${(option.count / most) * 100}%` }} />
                  </span>
                ) : null}
              </span>
              <span>{revealed ? option.count : ""}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
