"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ReadingDraft } from "@/lib/authoring/draft";
import { parseDraftJson } from "@/lib/authoring/draft-shape";
import { saveReadingDraft } from "@/lib/http/client";

export type SaveStatus =
  | { kind: "saved"; at?: Date }
  | { kind: "saving" }
  | { kind: "retrying"; message: string }
  /** Retrying will not help: a newer copy was saved elsewhere, or the server refused the draft. */
  | { kind: "stopped"; message: string };

const DEBOUNCE_MS = 1000;
const RETRY_MS = [2000, 5000, 10000, 30000];

/** What this device keeps of a draft until the server has it: the draft and the revision it was made from. */
type LocalCopy = { draft: ReadingDraft; revision: number };
const storageKey = (draftId: string) => `closeread:draft:${draftId}`;

/** This device's unsaved copy of the draft, if it has one. */
export function localCopy(draftId: string): LocalCopy | undefined {
  try {
    const stored = JSON.parse(window.localStorage.getItem(storageKey(draftId)) ?? "null") as { draft?: unknown; revision?: unknown } | null;
    const draft = stored && parseDraftJson(JSON.stringify(stored.draft));
    return draft && typeof stored.revision === "number" ? { draft, revision: stored.revision } : undefined;
  } catch {
    return undefined;
  }
}

function keepLocally(draftId: string, copy: LocalCopy | null): void {
  try {
    if (copy) window.localStorage.setItem(storageKey(draftId), JSON.stringify(copy));
    else window.localStorage.removeItem(storageKey(draftId));
  } catch {
    // Storage full or blocked: the server save is still tried.
  }
}

/**
 * Saves the draft about a second after the last change, and at once when the
 * page is hidden; keeps every change on this device until the server has
 * it, so nothing typed is lost offline or on a failed save. A network or
 * server failure is retried; a stale revision stops saving with a message
 * (never overwriting the newer copy). `flush` saves now and says whether the
 * server has everything. `server` is the draft as the page loaded it.
 */
export function useAutosave(draftId: string, draft: ReadingDraft, server: { draft: ReadingDraft; revision: number }) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved" });
  // The draft the server last confirmed: "Saved" shows only while the draft is that one.
  const [confirmed, setConfirmed] = useState(server.draft);
  const revision = useRef(server.revision);
  const latest = useRef(server.draft);
  const saved = useRef(server.draft);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const failures = useRef(0);
  const stopped = useRef(false);
  // A retry calls the latest `save` (itself, once declared).
  const saveAgain = useRef<() => Promise<boolean>>(async () => false);

  const save = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    // Another save may start while this one waits (a retry, the debounce timer): wait for that one too, so
    // two saves never send the same revision (the second would be refused as stale).
    while (inFlight.current) await inFlight.current;
    if (stopped.current) return false;
    const sending = latest.current;
    if (sending === saved.current) return true;
    setStatus({ kind: "saving" });
    const run = (async () => {
      const result = await saveReadingDraft(draftId, { draft: sending, revision: revision.current });
      if (result.ok) {
        revision.current = result.data.revision;
        saved.current = sending;
        setConfirmed(sending);
        failures.current = 0;
        const done = latest.current === sending;
        if (done) keepLocally(draftId, null);
        setStatus(done ? { kind: "saved", at: new Date(result.data.savedAt) } : { kind: "saving" });
        return done;
      }
      if (result.kind === "rejected") {
        stopped.current = true;
        setStatus({ kind: "stopped", message: result.error.message });
        return false;
      }
      const wait = RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)]!;
      failures.current += 1;
      setStatus({ kind: "retrying", message: result.message });
      timer.current = setTimeout(() => void saveAgain.current(), wait);
      return false;
    })();
    inFlight.current = run;
    try {
      const done = await run;
      // Changes made while this save was on its way go next.
      return done || (latest.current !== saved.current && !stopped.current && failures.current === 0 ? saveAgain.current() : false);
    } finally {
      if (inFlight.current === run) inFlight.current = null;
    }
  }, [draftId]);
  useEffect(() => {
    saveAgain.current = save;
  }, [save]);

  useEffect(() => {
    if (draft === latest.current) return;
    latest.current = draft;
    keepLocally(draftId, { draft, revision: revision.current });
    if (stopped.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), failures.current > 0 ? RETRY_MS[0] : DEBOUNCE_MS);
  }, [draft, draftId, save]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") void save();
    };
    const onOnline = () => void save();
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onHide);
    window.addEventListener("online", onOnline);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("online", onOnline);
      clearTimeout(timer.current);
    };
  }, [save]);

  return { status: status.kind === "saved" && draft !== confirmed ? ({ kind: "saving" } as const) : status, flush: save };
}
