"use client";
/**
 * Keeps a server-rendered live page (projector, student) in step with the
 * lesson: each new state re-renders the page on the server (router.refresh
 * keeps scroll and focus where they are) and is announced politely.
 */
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { describeLiveState } from "@/lib/live/describe";
import type { LiveState } from "@/lib/live/state";
import { useLiveState } from "./use-live-state";
import styles from "./live.module.css";

export function LiveRefresh({ initial, refreshEveryMs }: { initial: LiveState; refreshEveryMs?: number }) {
  const router = useRouter();
  const { state, connection } = useLiveState(initial);

  useEffect(() => {
    if (state.seq !== initial.seq) router.refresh();
  }, [state.seq, initial.seq, router]);

  // The projector's answer counts grow as students answer, without a lesson event.
  useEffect(() => {
    if (!refreshEveryMs) return;
    const timer = setInterval(() => router.refresh(), refreshEveryMs);
    return () => clearInterval(timer);
  }, [refreshEveryMs, router]);

  return (
    <p className={styles.status} role="status" aria-live="polite" data-connection={connection} data-seq={state.seq}>
      {describeLiveState(state)}
    </p>
  );
}
