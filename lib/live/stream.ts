/**
 * A live lesson as Server-Sent Events. Event ids are the log's seq, so a
 * browser that reconnects (EventSource sends Last-Event-ID by itself) is
 * replayed what it missed from the database, then follows new events. A
 * comment every HEARTBEAT_MS keeps proxies from closing a quiet stream; the
 * stream ends after the lesson's "ended" event, and when the browser goes.
 */
import "server-only";
import { liveEventsAfter, type LiveEventRecord } from "./events";
import { watchLiveSession } from "./notifier";
import { log } from "@/lib/log";

export const HEARTBEAT_MS = 15_000;
/** How long the browser waits before reconnecting a dropped stream. */
const RETRY_MS = 2_000;

/** The seq a reconnecting browser last received: Last-Event-ID, else `?after=` (a first connection from a page that rendered a state). */
export function resumeSeq(request: Request): number {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after") ?? "0";
  const seq = Number.parseInt(raw, 10);
  return Number.isSafeInteger(seq) && seq >= 0 ? seq : 0;
}

export function formatLiveEvent(event: LiveEventRecord): string {
  return `id: ${event.seq}\nevent: state\ndata: ${JSON.stringify(event.state)}\n\n`;
}

/** The stream of one session's events after `afterSeq` (callers check that the user may follow it). */
export function liveEventStream(sessionId: string, afterSeq: number, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let lastSent = afterSeq;
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        stop();
        try {
          controller.close();
        } catch {
          // already closed by the browser going away
        }
      };
      const send = (events: LiveEventRecord[]) => {
        for (const event of events) {
          if (closed || event.seq <= lastSent) continue;
          lastSent = event.seq;
          controller.enqueue(encoder.encode(formatLiveEvent(event)));
          if (event.state.status === "ended") close();
        }
      };
      // Watch first, then replay: an event written in between arrives twice and is sent once.
      const unwatch = watchLiveSession(sessionId, afterSeq, send);
      const heartbeat = setInterval(() => {
        if (!closed) controller.enqueue(encoder.encode(": heartbeat\n\n"));
      }, HEARTBEAT_MS);
      stop = () => {
        unwatch();
        clearInterval(heartbeat);
      };
      signal.addEventListener("abort", close, { once: true });
      controller.enqueue(encoder.encode(`retry: ${RETRY_MS}\n\n`));
      try {
        send(await liveEventsAfter(sessionId, afterSeq));
      } catch (error) {
        log.error({ err: error }, "live: replay failed");
        close();
      }
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: the production server's compression would otherwise hold events back.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
