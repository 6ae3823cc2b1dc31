/** The replayable log of a live lesson (LiveEvent), read by streams and their watchers. */
import "server-only";
import { db } from "@/lib/db/client";
import { liveEventPayloadColumn, type LiveState } from "./state";

export type LiveEventRecord = { seq: number; state: LiveState };

/** The log after a seq, oldest first: what a stream replays to a follower who was away (callers check access first). */
export async function liveEventsAfter(sessionId: string, afterSeq: number): Promise<LiveEventRecord[]> {
  const rows = await db.liveEvent.findMany({ where: { sessionId, seq: { gt: afterSeq } }, orderBy: { seq: "asc" }, select: { seq: true, payload: true } });
  return rows.map((row) => ({ seq: row.seq, state: liveEventPayloadColumn.read(row.payload) }));
}
