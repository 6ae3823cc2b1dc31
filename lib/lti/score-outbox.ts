/**
 * Grade passback that is never lost. A submit or a grade writes an outbox
 * row in its own transaction (queueScore); after commit, and again from a
 * timer (instrumentation.ts) for anything that failed, deliverScores posts
 * each due row's current score to the LMS line item (AGS), and retries with
 * growing delays until the LMS accepts it.
 */
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { attemptScore } from "./attempt-score";
import { SCOPE } from "./claims";
import { ensureLineItem } from "./line-items";
import { serviceToken } from "./service-token";
import { log, messageOf } from "@/lib/log";

/** 1 min, 2, 4, ... capped at 6 hours between tries. */
export function retryDelayMs(tries: number): number {
  return Math.min(60_000 * 2 ** Math.max(tries - 1, 0), 6 * 60 * 60 * 1000);
}

/** Inside the caller's transaction: a score to send, if this attempt's assignment is linked to an LMS gradebook column (or one closeread can make). */
export async function queueScore(tx: Prisma.TransactionClient, attemptId: string): Promise<boolean> {
  const column = { OR: [{ lineItemUrl: { not: null } }, { assignment: { classroom: { ltiContext: { lineItemsUrl: { not: null } } } } }] };
  const linked = await tx.attempt.findFirst({
    where: { id: attemptId, assignment: { ltiResourceLink: column }, user: { ltiUser: { isNot: null } } },
    select: { id: true },
  });
  if (!linked) return false;
  await tx.ltiScoreOutbox.create({ data: { attemptId } });
  return true;
}

/** Sends what is due; returns how many rows were delivered. Errors are recorded on the row, never thrown. */
export async function deliverScores(now = new Date(), limit = 50): Promise<number> {
  const due = await db.ltiScoreOutbox.findMany({
    where: { deliveredAt: null, nextAttemptAt: { lte: now } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, attemptId: true, tries: true },
  });
  let delivered = 0;
  for (const row of due) {
    try {
      await sendScore(row.attemptId, now);
      // Older rows for the same attempt are covered by this send: it carries the current score.
      await db.ltiScoreOutbox.updateMany({ where: { attemptId: row.attemptId, deliveredAt: null, createdAt: { lte: now } }, data: { deliveredAt: now } });
      delivered++;
    } catch (error) {
      const tries = row.tries + 1;
      await db.ltiScoreOutbox.update({
        where: { id: row.id },
        data: { tries, lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500), nextAttemptAt: new Date(now.getTime() + retryDelayMs(tries)) },
      });
    }
  }
  return delivered;
}

/** After the caller's transaction committed: try at once, without making the person wait or fail. */
export function deliverScoresSoon(): void {
  void deliverScores().catch((error) => log.warn({ reason: messageOf(error) }, "LTI score delivery failed"));
}

/** The retry timer (from instrumentation.ts): scores that failed are tried again when due, whatever the traffic. */
export function startScoreRetries(intervalMs = 60_000): void {
  setInterval(deliverScoresSoon, intervalMs).unref();
}

async function sendScore(attemptId: string, now: Date): Promise<void> {
  const attempt = await db.attempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      user: { select: { ltiUser: { select: { sub: true, platformId: true } } } },
      assignment: { select: { ltiResourceLink: { select: { id: true, platform: true } } } },
    },
  });
  const link = attempt.assignment?.ltiResourceLink;
  const person = attempt.user.ltiUser;
  if (!link || !person || person.platformId !== link.platform.id) return;
  const lineItemUrl = await ensureLineItem(link.id);
  if (!lineItemUrl) return;
  const score = await attemptScore(attemptId);
  if (!score) return;
  const token = await serviceToken(link.platform, [SCOPE.score]);
  const lineItem = new URL(lineItemUrl);
  // The scores service is the line item's URL with /scores added to its path (its query kept).
  lineItem.pathname = `${lineItem.pathname.replace(/\/$/, "")}/scores`;
  const response = await fetch(lineItem, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/vnd.ims.lis.v1.score+json" },
    body: JSON.stringify({ userId: person.sub, ...score, timestamp: now.toISOString() }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`The LMS answered ${response.status} to a score: ${(await response.text()).slice(0, 300)}`);
}
