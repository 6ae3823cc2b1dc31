/**
 * How a live lesson paces its reading: while a lesson is active the class
 * reads exactly the chunks the teacher has released; after it ended, the
 * chunks it released stay open (homework goes on from where the class got
 * to). The released chunk only moves forward (see ./state), so a session's
 * chunkIndex is the furthest chunk it released.
 */
import type { Prisma } from "@/lib/generated/prisma/client";

export type LivePace = {
  /** A lesson is running: nothing beyond its released chunk is open. */
  active: boolean;
  /** 0-based: the active lesson's released chunk, or the furthest an ended lesson released. */
  releasedChunkIndex: number;
};

/**
 * The one session row that sets an assignment's pace, to fold into a query
 * that already reads the assignment: the active session ("active" sorts
 * before "ended": first in the LiveSessionStatus enum, which PostgreSQL
 * orders by, and in the alphabet, which SQLite does), else the ended one
 * that got furthest.
 */
export const pacingSession = {
  select: { status: true, chunkIndex: true },
  orderBy: [{ status: "asc" }, { chunkIndex: "desc" }],
  take: 1,
} satisfies Prisma.Assignment$liveSessionsArgs;

/** The pace of an assignment from its pacingSession rows; null when it never had a live lesson. */
export function livePaceOf(sessions: readonly { status: string; chunkIndex: number }[]): LivePace | null {
  const session = sessions[0];
  return session ? { active: session.status === "active", releasedChunkIndex: session.chunkIndex } : null;
}
