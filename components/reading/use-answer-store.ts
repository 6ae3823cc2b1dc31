"use client";
/**
 * The answers of one step, as the student works: each question's draft and
 * confidence, its submitted response, and how far saving and submitting got.
 *
 * Nothing is lost: every change is written to localStorage at once and to
 * the server after a pause (a draft); a submit keeps its idempotency key in
 * localStorage until the server confirms, and is resent (same key, so it
 * records once) when the connection returns, on a timer, or after a reload.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { DraftAnswer } from "@/lib/scoring/answers";
import type { Confidence, ResponseView } from "@/lib/reading/views";
import { newIdempotencyKey, readLocalAnswer, removeLocalAnswer, writeLocalAnswer } from "./answer-storage";
import { saveDraftAnswer, submitAnswer } from "@/lib/http/client";

export type SubmitState =
  | { state: "idle" }
  | { state: "sending" }
  /** Not confirmed (offline or a server error): kept here and sent again. */
  | { state: "waiting"; message: string }
  /** Refused for a reason resending will not change; the answer stays on screen. */
  | { state: "refused"; message: string; fields?: Record<string, string[]> };

/** Where the draft is: on the server, being sent, or only on this device for now. */
export type DraftSync = "saved" | "saving" | "unsaved" | "device";

export type QuestionEntry = {
  draft: DraftAnswer;
  confidence: Confidence | null;
  response: ResponseView | null;
  submit: SubmitState;
  sync: DraftSync;
};

const DRAFT_DELAY_MS = 800;
const RETRY_MS = 15_000;

const WAITING_OFFLINE = "No connection. Your answer is kept on this device and will be sent as soon as you are back online.";
const WAITING_SERVER = "The server could not take your answer just now. It is kept on this device and will be sent again shortly.";

function initialEntries(questionIds: readonly string[], responses: readonly ResponseView[]): Record<string, QuestionEntry> {
  const byId = new Map(responses.map((response) => [response.questionId, response]));
  return Object.fromEntries(
    questionIds.map((id) => {
      const stored = byId.get(id);
      const answered = stored && stored.status !== "draft" ? stored : null;
      return [id, { draft: stored?.answer ?? {}, confidence: stored?.confidence ?? null, response: answered, submit: { state: "idle" }, sync: "saved" }];
    }),
  );
}

export function useAnswerStore({
  attemptId,
  questionIds,
  responses,
  writable,
}: {
  attemptId: string;
  questionIds: readonly string[];
  responses: readonly ResponseView[];
  writable: boolean;
}) {
  const [entries, setEntries] = useState(() => initialEntries(questionIds, responses));
  const entriesRef = useRef(entries);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const update = useCallback((questionId: string, change: (entry: QuestionEntry) => QuestionEntry) => {
    const current = entriesRef.current[questionId];
    if (!current) return;
    entriesRef.current = { ...entriesRef.current, [questionId]: change(current) };
    setEntries(entriesRef.current);
  }, []);

  const saveNow = useCallback(
    async (questionId: string) => {
      clearTimeout(timers.current.get(questionId));
      timers.current.delete(questionId);
      const entry = entriesRef.current[questionId];
      if (!entry || entry.response || !writable) return;
      update(questionId, (e) => ({ ...e, sync: "saving" }));
      const result = await saveDraftAnswer(attemptId, questionId, { answer: entry.draft, confidence: entry.confidence });
      const latest = entriesRef.current[questionId];
      if (!latest || latest.response) return;
      const unchanged = latest.draft === entry.draft && latest.confidence === entry.confidence;
      if (result.ok && unchanged) {
        const local = readLocalAnswer(attemptId, questionId);
        if (local) writeLocalAnswer(attemptId, questionId, { ...local, synced: true });
      }
      update(questionId, (e) => ({ ...e, sync: result.ok ? (unchanged ? "saved" : "unsaved") : "device" }));
    },
    [attemptId, update, writable],
  );

  const scheduleSave = useCallback(
    (questionId: string) => {
      clearTimeout(timers.current.get(questionId));
      timers.current.set(questionId, setTimeout(() => void saveNow(questionId), DRAFT_DELAY_MS));
    },
    [saveNow],
  );

  const keepLocally = useCallback(
    (questionId: string, entry: QuestionEntry, pendingKey?: string) => {
      writeLocalAnswer(attemptId, questionId, { draft: entry.draft, confidence: entry.confidence, updatedAt: Date.now(), synced: false, pendingKey });
    },
    [attemptId],
  );

  const edit = useCallback(
    (questionId: string, change: Partial<Pick<QuestionEntry, "draft" | "confidence">>) => {
      const entry = entriesRef.current[questionId];
      if (!entry || entry.response || !writable) return;
      update(questionId, (e) => ({ ...e, ...change, sync: "unsaved", submit: e.submit.state === "refused" ? { state: "idle" } : e.submit }));
      keepLocally(questionId, entriesRef.current[questionId]!);
      scheduleSave(questionId);
    },
    [keepLocally, scheduleSave, update, writable],
  );

  const submit = useCallback(
    async (questionId: string) => {
      const entry = entriesRef.current[questionId];
      if (!entry || entry.response || entry.submit.state === "sending" || !writable) return;
      clearTimeout(timers.current.get(questionId));
      const idempotencyKey = readLocalAnswer(attemptId, questionId)?.pendingKey ?? newIdempotencyKey();
      keepLocally(questionId, entry, idempotencyKey);
      update(questionId, (e) => ({ ...e, submit: { state: "sending" } }));

      const result = await submitAnswer(attemptId, { questionId, answer: entry.draft, confidence: entry.confidence, idempotencyKey });
      if (result.ok) {
        removeLocalAnswer(attemptId, questionId);
        update(questionId, (e) => ({ ...e, response: result.data.response, submit: { state: "idle" }, sync: "saved" }));
      } else if (result.kind === "rejected") {
        // Nothing was stored: the next submit may use a new key.
        keepLocally(questionId, entriesRef.current[questionId]!);
        update(questionId, (e) => ({ ...e, submit: { state: "refused", message: result.error.message, fields: result.error.fields } }));
      } else {
        update(questionId, (e) => ({ ...e, submit: { state: "waiting", message: result.kind === "offline" ? WAITING_OFFLINE : WAITING_SERVER } }));
      }
    },
    [attemptId, keepLocally, update, writable],
  );

  /** Sends whatever is waiting: unconfirmed submits, then drafts only this device has. */
  const resendWaiting = useCallback(() => {
    for (const [questionId, entry] of Object.entries(entriesRef.current)) {
      if (entry.submit.state === "waiting") void submit(questionId);
      else if (entry.sync === "device") void saveNow(questionId);
    }
  }, [saveNow, submit]);

  // After a reload: this device's unsent work wins over the server's copy; an unconfirmed submit is resent.
  useEffect(() => {
    for (const questionId of questionIds) {
      const entry = entriesRef.current[questionId];
      const local = readLocalAnswer(attemptId, questionId);
      if (!entry || !local) continue;
      if (entry.response || !writable) {
        if (entry.response) removeLocalAnswer(attemptId, questionId);
        continue;
      }
      if (local.pendingKey) {
        update(questionId, (e) => ({ ...e, draft: local.draft, confidence: local.confidence }));
        void submit(questionId);
      } else if (!local.synced) {
        update(questionId, (e) => ({ ...e, draft: local.draft, confidence: local.confidence, sync: "unsaved" }));
        scheduleSave(questionId);
      }
    }
    // Runs once for the step's questions as first rendered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const pending = timers.current;
    const flush = () => {
      for (const questionId of [...pending.keys()]) void saveNow(questionId);
    };
    const retry = setInterval(() => {
      if (navigator.onLine) resendWaiting();
    }, RETRY_MS);
    window.addEventListener("online", resendWaiting);
    window.addEventListener("pagehide", flush);
    return () => {
      clearInterval(retry);
      window.removeEventListener("online", resendWaiting);
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [resendWaiting, saveNow]);

  /** A response changed on the server after it was submitted (a self-check in practice). */
  const replaceResponse = useCallback((response: ResponseView) => update(response.questionId, (entry) => ({ ...entry, response })), [update]);

  return { entries, edit, submit, resendWaiting, replaceResponse };
}
