"use client";
/**
 * Follows a live lesson from the browser: its Server-Sent Events (the
 * browser reconnects by itself, sending Last-Event-ID, and the server
 * replays what was missed), or, when the stream cannot connect at all
 * (a proxy that buffers, an old network box), the JSON state every
 * POLL_MS. Coming back online or to the tab reads the state at once.
 */
import { useEffect, useRef, useState } from "react";
import { fetchLiveState, liveStreamUrl } from "@/lib/http/client";
import type { LiveState } from "@/lib/live/state";

export const POLL_MS = 3000;
/** Failed connections in a row before the page stops waiting for the stream and polls instead. */
const STREAM_ATTEMPTS = 3;

export function useLiveState(initial: LiveState): { state: LiveState; connection: "stream" | "polling" } {
  const [state, setState] = useState(initial);
  const [connection, setConnection] = useState<"stream" | "polling">("stream");
  const seq = useRef(initial.seq);
  const sessionId = initial.sessionId;

  useEffect(() => {
    let stopped = false;
    let source: EventSource | null = null;
    let pollTimer: ReturnType<typeof setTimeout> | undefined;
    const accept = (next: LiveState) => {
      if (stopped || next.seq <= seq.current) return;
      seq.current = next.seq;
      setState(next);
      // The lesson is over: stop the stream rather than let the browser reconnect to it.
      if (next.status === "ended") source?.close();
    };
    const readNow = async () => {
      const result = await fetchLiveState(sessionId);
      if (result.ok) accept(result.data.state);
    };
    const poll = async () => {
      if (document.visibilityState === "visible") await readNow();
      if (!stopped) pollTimer = setTimeout(poll, POLL_MS);
    };

    // Every browser the app supports has EventSource; polling is for streams that cannot connect.
    if (initial.status === "active") {
      let failures = 0;
      source = new EventSource(liveStreamUrl(sessionId, seq.current));
      source.addEventListener("open", () => (failures = 0));
      source.addEventListener("state", (event) => {
        failures = 0;
        accept(JSON.parse((event as MessageEvent<string>).data) as LiveState);
      });
      source.addEventListener("error", () => {
        failures += 1;
        if (source && (source.readyState === EventSource.CLOSED || failures >= STREAM_ATTEMPTS)) {
          source.close();
          source = null;
          setConnection("polling");
          void poll();
        }
      });
    }
    const onReturn = () => {
      if (document.visibilityState === "visible") void readNow();
    };
    window.addEventListener("online", onReturn);
    document.addEventListener("visibilitychange", onReturn);
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(pollTimer);
      window.removeEventListener("online", onReturn);
      document.removeEventListener("visibilitychange", onReturn);
    };
  }, [sessionId, initial.status]);

  return { state, connection };
}
