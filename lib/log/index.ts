/**
 * closeread's log: one JSON object a line on standard output (pino), with
 * the level as a word and the time in ISO 8601, ready for journald or any
 * log shipper (docs/self-hosting.md). A line written while a request is
 * handled carries that request's id (`requestId`), from the context
 * server.ts opens around each request (lib/log/requests.ts). LOG_LEVEL sets
 * the least level written (default info).
 *
 * Not server-only: server.ts, scripts and tests log through it outside
 * Next.js. The logger and the context live on globalThis because server.ts
 * and Next's server bundle each load their own copy of this module.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type DestinationStream, type Logger } from "pino";

type RequestContext = { requestId: string };

const shared = globalThis as unknown as { closereadLog?: { context: AsyncLocalStorage<RequestContext>; log?: Logger } };
const state = (shared.closereadLog ??= { context: new AsyncLocalStorage<RequestContext>() });

/** A logger writing to `destination` (standard output by default) that stamps each line with the current request's id. */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL?.trim() || "info",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = state.context.getStore()?.requestId;
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

export const log: Logger = (state.log ??= createLogger());

/** Runs `work` (a request's handling) so that every line logged inside it carries `requestId`. */
export function inRequest<T>(requestId: string, work: () => T): T {
  return state.context.run({ requestId }, work);
}

/** A message for a value thrown that may not be an Error. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
