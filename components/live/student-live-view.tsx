import Link from "next/link";
import type { LiveState } from "@/lib/live/state";
import { LiveRefresh } from "./live-refresh";
import styles from "./live.module.css";

type Progress = { chunkId: string | null; questions: number; answered: number };

/**
 * What a student sees in a live lesson: one instruction at a time (read this
 * part, answer its questions, look at the board), and a calm "wait for your
 * teacher" once they are done. The reading itself stays on the reading
 * pages, where answers are saved and retried as always.
 */
export function StudentLiveView(props: { title: string; readingPath: string; state: LiveState | null; progress: Progress | null; chunkTitle: string }) {
  const { title, readingPath, state, progress, chunkTitle } = props;
  return (
    <div className="page-narrow">
      <p className="kicker">Live lesson · {title}</p>
      {state ? <LiveRefresh initial={state} /> : null}
      <div className={`card ${styles.instruction}`}>{state ? <Instruction {...props} state={state} progress={progress!} /> : <NoLesson readingPath={readingPath} />}</div>
      {state ? (
        <p className="muted">
          Part {state.chunkIndex + 1}: {chunkTitle}. Your answers are saved as you go, on any device.
        </p>
      ) : null}
    </div>
  );
}

function NoLesson({ readingPath }: { readingPath: string }) {
  return (
    <>
      <h1>No live lesson right now</h1>
      <p>Your teacher has not started a live lesson on this reading, or it has ended. Your work so far is kept.</p>
      <Link className="button" href={readingPath}>
        Continue the reading
      </Link>
    </>
  );
}

function Instruction({ readingPath, state, progress }: { readingPath: string; state: LiveState; progress: Progress }) {
  const partHref = progress.chunkId ? `${readingPath}/${progress.chunkId}` : readingPath;
  const part = `Part ${state.chunkIndex + 1}`;
  if (state.phase === "discussion") {
    return (
      <>
        <h1>Class discussion</h1>
        <p className={styles.prompt}>{state.discussionPrompt}</p>
        <p className="muted">Look at the board and talk it through with your class.</p>
      </>
    );
  }
  if (state.phase === "reading") {
    return (
      <>
        <h1>Read {part}</h1>
        <p>Read it closely. Your teacher will open its questions when the class is ready.</p>
        <Link className="button" href={partHref}>
          Open {part}
        </Link>
      </>
    );
  }
  if (progress.answered >= progress.questions) {
    return (
      <>
        <h1>Done: wait for your teacher</h1>
        <p>You have answered every question on {part}. Your teacher will move the class on shortly; this page follows by itself.</p>
      </>
    );
  }
  return (
    <>
      <h1>Answer the questions on {part}</h1>
      <p>
        You have answered {progress.answered} of {progress.questions}. Come back here when you are done.
      </p>
      <Link className="button" href={`${partHref}#questions-heading`}>
        Answer the questions
      </Link>
    </>
  );
}
