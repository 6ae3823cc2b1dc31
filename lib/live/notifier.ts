/**
 * How streams on this app instance learn of new events. The truth is the
 * LiveEvent table: for each session with open streams here, one watcher
 * reads the rows after the last seq it saw and hands them to those streams.
 * What wakes a watcher:
 * - a change made through this instance (wakeLiveSession), at once;
 * - on PostgreSQL, a change made through any instance: the writing
 *   transaction NOTIFYs (announceLiveChange, delivered at its commit) and
 *   this instance LISTENs on one dedicated connection while it has streams;
 * - a poll every POLL_MS, the safety net (every LISTEN_POLL_MS while that
 *   connection is up: a notification is a hint, and one sent while the
 *   connection was down is covered by reading every session when it is back).
 * On SQLite (one instance) or with CLOSEREAD_LIVE_NOTIFY=off (a connection
 * pooler that does not pass LISTEN through) the poll is the shared signal.
 * What is kept here is who is listening, never state.
 */
import "server-only";
import pg from "pg";
import { databaseUrl, providerOf } from "@/lib/db/config";
import type { Prisma } from "@/lib/generated/prisma/client";
import { liveEventsAfter, type LiveEventRecord } from "./events";
import { log } from "@/lib/log";

export const POLL_MS = 500;
const LISTEN_POLL_MS = 5_000;
/** The least time between two attempts to (re)open the LISTEN connection. */
const RELISTEN_MS = 5_000;
const CHANNEL = "closeread_live";

type Listener = (events: LiveEventRecord[]) => void;

type Watcher = { listeners: Set<Listener>; lastSeq: number; timer: ReturnType<typeof setTimeout> | null; reading: boolean; again: boolean };

type Notifications = { client: pg.Client | null; connecting: boolean; lastTry: number };

const globalForLive = globalThis as unknown as { closereadLiveWatchers?: Map<string, Watcher>; closereadLiveNotifications?: Notifications };
const watchers = (globalForLive.closereadLiveWatchers ??= new Map());
const notifications = (globalForLive.closereadLiveNotifications ??= { client: null, connecting: false, lastTry: 0 });

/** PostgreSQL NOTIFY carries changes between instances unless CLOSEREAD_LIVE_NOTIFY=off. */
function notifyEnabled(): boolean {
  return providerOf(databaseUrl()) === "postgresql" && process.env.CLOSEREAD_LIVE_NOTIFY?.trim().toLowerCase() !== "off";
}

/** Tells every instance's watchers that `sessionId` has a new event, when `tx` commits (PostgreSQL; elsewhere the poll does). */
export async function announceLiveChange(tx: Prisma.TransactionClient, sessionId: string): Promise<void> {
  if (notifyEnabled()) await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${sessionId})`;
}

/** Calls the listener with each batch of events after `afterSeq`; returns the function that stops it. */
export function watchLiveSession(sessionId: string, afterSeq: number, listener: Listener): () => void {
  let watcher = watchers.get(sessionId);
  if (!watcher) {
    watcher = { listeners: new Set(), lastSeq: afterSeq, timer: null, reading: false, again: false };
    watchers.set(sessionId, watcher);
    listen();
    schedule(sessionId, watcher, pollInterval());
  }
  // A listener that starts further back than the watcher gets its earlier events from its own replay (lib/live/stream.ts).
  watcher.lastSeq = Math.min(watcher.lastSeq, afterSeq);
  watcher.listeners.add(listener);
  return () => {
    watcher.listeners.delete(listener);
    if (watcher.listeners.size === 0) {
      if (watcher.timer) clearTimeout(watcher.timer);
      watchers.delete(sessionId);
      if (watchers.size === 0) unlisten();
    }
  };
}

/** A change was just written (through this instance, or announced by another): read it now rather than at the next poll. */
export function wakeLiveSession(sessionId: string): void {
  const watcher = watchers.get(sessionId);
  if (watcher) schedule(sessionId, watcher, 0);
}

function pollInterval(): number {
  return notifications.client ? LISTEN_POLL_MS : POLL_MS;
}

/** Opens the LISTEN connection, unless it is open, being opened, or failed less than RELISTEN_MS ago. */
function listen(): void {
  if (!notifyEnabled() || notifications.client || notifications.connecting || Date.now() - notifications.lastTry < RELISTEN_MS) return;
  notifications.connecting = true;
  notifications.lastTry = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl() });
  const lost = (error?: Error) => {
    if (notifications.client !== client) return;
    notifications.client = null;
    if (error) log.error({ err: error, pollMs: POLL_MS }, "live: the LISTEN connection failed; polling until it is back");
    for (const [id, watcher] of watchers) schedule(id, watcher, POLL_MS);
  };
  client.on("notification", (message) => {
    if (message.payload) wakeLiveSession(message.payload);
  });
  client.on("error", lost);
  client.on("end", () => lost());
  client
    .connect()
    .then(() => client.query(`LISTEN ${CHANNEL}`))
    .then(() => {
      if (watchers.size === 0) return void client.end().catch(() => {});
      notifications.client = client;
      // Whatever was written before LISTEN took effect was not announced to us: read every session once.
      for (const [id, watcher] of watchers) schedule(id, watcher, 0);
    })
    .catch((error) => {
      log.error({ err: error }, "live: could not LISTEN for lesson changes; polling instead");
      void client.end().catch(() => {});
    })
    .finally(() => {
      notifications.connecting = false;
    });
}

function unlisten(): void {
  const client = notifications.client;
  notifications.client = null;
  if (client) void client.end().catch(() => {});
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
  listen(); // back after a lost connection
  const again = watcher.again;
  watcher.again = false;
  schedule(sessionId, watcher, again ? 0 : pollInterval());
}
