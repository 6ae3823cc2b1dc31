"use client";
/**
 * The live view: polls the live-progress endpoint every few seconds (paused
 * while the tab is hidden) and redraws who is on which chunk. The server
 * renders the first state, so nothing shifts when the page loads.
 */
import { useEffect, useState } from "react";
import { ColumnHeader, DataTable } from "@/components/table/data-table";
import type { LiveProgress } from "@/lib/analytics/live-progress";
import { fetchLiveProgress } from "@/lib/http/client";
import { ago, scorePercent } from "./format";
import styles from "./live-board.module.css";

export const POLL_MS = 3000;

const STATE_LABEL: Record<LiveProgress["students"][number]["state"], string> = {
  reading: "Reading now",
  idle: "Idle",
  finished: "Submitted",
  "not-started": "Not started",
};

const STATE_CLASS: Record<LiveProgress["students"][number]["state"], keyof typeof styles> = {
  reading: "reading",
  idle: "idle",
  finished: "finished",
  "not-started": "notStarted",
};

export function LiveBoard({ assignmentId, initial }: { assignmentId: string; initial: LiveProgress }) {
  const [live, setLive] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function poll() {
      if (document.visibilityState === "visible") {
        const result = await fetchLiveProgress(assignmentId);
        if (!stopped) {
          if (result.ok) setLive(result.data);
          setProblem(result.ok ? null : "Live updates paused: the server did not answer. Retrying…");
        }
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    }
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [assignmentId]);

  const now = new Date(live.generatedAt);
  const reading = live.students.filter((student) => student.state === "reading").length;
  const chunkTitle = new Map(live.chunks.map((chunk) => [chunk.id, `${chunk.number}. ${chunk.title}`]));
  return (
    <>
      <p role="status" aria-live="polite" aria-atomic="true">
        {reading} reading now · {live.totals.finished} submitted · {live.totals.enrolled - live.totals.started} not started
        <span className="muted"> · updated {now.toLocaleTimeString("en", { hour: "numeric", minute: "2-digit", second: "2-digit" })}</span>
      </p>
      {problem ? <p className="form-message error">{problem}</p> : null}
      <h2>Where the class is</h2>
      <ol className={styles.queue} aria-label="Students on each chunk">
        {live.chunks.map((chunk) => (
          <li key={chunk.id} className="live-chunk">
            <span>
              {chunk.number}. {chunk.title}
            </span>{" "}
            <strong>
              {chunk.readers} student{chunk.readers === 1 ? "" : "s"}
            </strong>
          </li>
        ))}
      </ol>
      <h2>Students</h2>
      <DataTable caption="Students: status, chunk, answers and score" stacked numeric>
        <thead>
          <tr>
            <ColumnHeader>Student</ColumnHeader>
            <ColumnHeader>Status</ColumnHeader>
            <ColumnHeader>On chunk</ColumnHeader>
            <ColumnHeader>Answered</ColumnHeader>
            <ColumnHeader>Score so far</ColumnHeader>
            <ColumnHeader>Last active</ColumnHeader>
          </tr>
        </thead>
        <tbody>
          {live.students.map((student) => (
            <tr key={student.studentId}>
              <th scope="row">{student.displayName}</th>
              <td data-label="Status">
                <span className={`${styles.status} ${styles[STATE_CLASS[student.state]]}`}>{STATE_LABEL[student.state]}</span>
              </td>
              <td data-label="On chunk">
                {student.chunkId ? (chunkTitle.get(student.chunkId) ?? student.chunkId) : "—"}
              </td>
              <td data-label="Answered">
                {student.answered} of {live.questionCount}
              </td>
              <td data-label="Score so far">{scorePercent(student.score)}</td>
              <td data-label="Last active">{ago(student.lastActiveAt, now)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {live.truncated ? <p className="muted">Showing the first {live.students.length} students by name.</p> : null}
    </>
  );
}
