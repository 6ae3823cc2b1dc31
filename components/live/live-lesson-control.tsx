"use client";
/**
 * The teacher's controls for a live lesson, above the live progress board
 * (who is reading, who answered, who is idle): start it, open the current
 * part's questions, put the class's answers on the projector, show a
 * discussion prompt, release the next part, end it. Follows the lesson's
 * stream too, so a second tab or device stays in step.
 */
import Link from "next/link";
import { useState } from "react";
import { sendLiveCommand, startLiveLesson, type ApiResult } from "@/lib/http/client";
import { describeLiveState } from "@/lib/live/describe";
import { DEFAULT_DISCUSSION_PROMPT, DISCUSSION_PROMPT_MAX, type LiveCommand, type LiveState } from "@/lib/live/state";
import { useLiveState } from "./use-live-state";
import styles from "./live.module.css";

type Props = { assignmentId: string; initial: LiveState | null; chunkTitles: string[] };

function failure(result: ApiResult<unknown>): string | null {
  if (result.ok) return null;
  return result.kind === "rejected" ? result.error.message : `${result.message} Try again.`;
}

export function LiveLessonControl({ assignmentId, initial, chunkTitles }: Props) {
  const [session, setSession] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    setBusy(true);
    const result = await startLiveLesson(assignmentId);
    setBusy(false);
    setProblem(failure(result));
    if (result.ok) setSession(result.data.state);
  }

  const projectorHref = `/teach/assignments/${assignmentId}/live/projector`;
  return (
    <section className={`card ${styles.controls}`} aria-labelledby="live-lesson-title">
      <h2 id="live-lesson-title">Live lesson</h2>
      {session && session.status === "active" ? (
        <Controls key={session.sessionId} initial={session} chunkTitles={chunkTitles} projectorHref={projectorHref} onEnded={setSession} />
      ) : (
        <>
          <p>Pace the class through the reading: students&rsquo; screens follow you, part by part. Afterwards the reading carries on as homework.</p>
          <div className="actions">
            <button type="button" className="button" onClick={start} disabled={busy}>
              {session ? "Start a new live lesson" : "Start a live lesson"}
            </button>
          </div>
        </>
      )}
      <p role="status" aria-live="polite" className="field-error">
        {problem}
      </p>
    </section>
  );
}

function Controls({ initial, chunkTitles, projectorHref, onEnded }: { initial: LiveState; chunkTitles: string[]; projectorHref: string; onEnded: (state: LiveState) => void }) {
  const streamed = useLiveState(initial).state;
  const [own, setOwn] = useState<LiveState | null>(null);
  const [prompt, setPrompt] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = own && own.seq > streamed.seq ? own : streamed;

  async function send(command: LiveCommand) {
    setBusy(true);
    const result = await sendLiveCommand(state.sessionId, command);
    setBusy(false);
    setProblem(failure(result));
    if (!result.ok) return;
    setOwn(result.data.state);
    if (result.data.state.status === "ended") onEnded(result.data.state);
  }

  const isLast = state.chunkIndex + 1 >= state.chunkCount;
  return (
    <>
      <p className={styles.status} role="status" aria-live="polite">
        {describeLiveState(state)} {chunkTitles[state.chunkIndex] ? `(${chunkTitles[state.chunkIndex]})` : ""}
      </p>
      <p>
        <Link href={projectorHref} target="_blank">
          Open the projector view
        </Link>{" "}
        <span className="muted">(a new tab: show it on the classroom screen)</span>
      </p>
      <div className="actions">
        {state.phase === "reading" ? (
          <button type="button" className="button" disabled={busy} onClick={() => send({ command: "show-questions" })}>
            Open the questions on Part {state.chunkIndex + 1}
          </button>
        ) : (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => send({ command: "reveal", revealed: !state.revealed })}>
            {state.revealed ? "Hide the class's answers" : "Show the class's answers"}
          </button>
        )}
        {isLast ? null : (
          <button type="button" className="button" disabled={busy} onClick={() => send({ command: "next-chunk" })}>
            Release Part {state.chunkIndex + 2}
          </button>
        )}
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send({ command: "discuss", prompt });
        }}
      >
        <div className="field">
          <label htmlFor="discussion-prompt">Discussion prompt</label>
          <span id="discussion-prompt-hint" className="field-hint">
            Leave empty for: {DEFAULT_DISCUSSION_PROMPT}
          </span>
          <input
            id="discussion-prompt"
            aria-describedby="discussion-prompt-hint"
            value={prompt}
            maxLength={DISCUSSION_PROMPT_MAX}
            onChange={(event) => setPrompt(event.target.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button button-secondary" disabled={busy}>
            Show the discussion prompt
          </button>
          <button type="button" className="button button-danger" disabled={busy} onClick={() => send({ command: "end" })}>
            End the live lesson
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite" className="field-error">
        {problem}
      </p>
    </>
  );
}
