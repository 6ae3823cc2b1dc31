/**
 * How streams on this app instance learn of new events. The truth is the
 * LiveEvent table: for each session with open streams here, one watcher
 * reads the rows after the last seq it saw, every POLL_MS, and hands them to
 * those streams; so a change made through another instance on the same
 * database arrives within POLL_MS. A change made through this instance
 * wakes the watcher at once (wakeLiveSession), a hint only: nothing is lost
 * if it is missed. What is kept here is who is listening, never state.
 */
import "server-only";
import { liveEventsAfter, type LiveEventRecord } from "./events";
import { log } from "@/lib/log";

export const POLL_MS = 500;

type Listener = (events: LiveEventRecord[]) => void;

type Watcher = { listeners: Set<Listener>; lastSeq: number; timer: ReturnType<typeof setTimeout> | null; reading: boolean; again: boolean };

const globalForLive = globalThis as unknown as { closereadLiveWatchers?: Map<string, Watcher> };
const watchers = (globalForLive.closereadLiveWatchers ??= new Map());

/** Calls the listener with each batch of events after `afterSeq`; returns the function that stops it. */
export function watchLiveSession(sessionId: string, afterSeq: number, listener: Listener): () => void {
  let watcher = watchers.get(sessionId);
  if (!watcher) {
    watcher = { listeners: new Set(), lastSeq: afterSeq, timer: null, reading: false, again: false };
    watchers.set(sessionId, watcher);
    schedule(sessionId, watcher, POLL_MS);
  }
  // A listener that starts further back than the watcher gets its earlier events from its own replay (lib/live/stream.ts).
  watcher.lastSeq = Math.min(watcher.lastSeq, afterSeq);
  watcher.listeners.add(listener);
  return () => {
    watcher.listeners.delete(listener);
    if (watcher.listeners.size === 0) {
      if (watcher.timer) clearTimeout(watcher.timer);
      watchers.delete(sessionId);
    }
  };
}

/** A change was just written through this instance: read it now rather than at the next poll. */
export function wakeLiveSession(sessionId: string): void {
  const watcher = watchers.get(sessionId);
  if (watcher) schedule(sessionId, watcher, 0);
}

function schedule(sessionId: string, watcher: Watcher, delay: number): void {
  if (watcher.reading) {
    watcher.again = true;
    return;
  }
  if (watcher.timer) clearTimeout(watcher.timer);
  watcher.timer = setTimeout(() => void read(sessionId, watcher), delay);
}

async function read(sessionId: string, watcher: Watcher): Promise<void> {
  watcher.timer = null;
  watcher.reading = true;
  try {
    const events = await liveEventsAfter(sessionId, watcher.lastSeq);
    if (events.length > 0) {
      watcher.lastSeq = events[events.length - 1]!.seq;
      for (const listener of watcher.listeners) listener(events);
    }
  } catch (error) {
    // A busy or unreachable database: the next poll tries again, and streams resume from their own last seq.
    log.error({ err: error }, "live: reading events failed");
  } finally {
    watcher.reading = false;
  }
  if (watchers.get(sessionId) !== watcher) return;
  const again = watcher.again;
  watcher.again = false;
  schedule(sessionId, watcher, again ? 0 : POLL_MS);
}
