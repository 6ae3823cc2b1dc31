/**
 * One-time, short-lived, single-use tickets carried in a URL, for the steps
 * after a launch that cannot rely on cookies: opening closeread in a new
 * tab signed in (kind "session"), the deep-linking picker (kind
 * "deep_link"), linking an existing account (kind "link"), and an admin's
 * one-time dynamic registration URL (kind "registration"). Only the SHA-256 of a ticket is stored; spending it is one
 * conditional update, so of two uses only one succeeds.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { LtiTicketKind } from "@/lib/generated/prisma/client";
import { LtiError } from "./errors";

export type TicketKind = LtiTicketKind;

/**
 * Long enough to click "open in a new tab", pick a reading, sign in to link an
 * account, or paste a registration URL into the LMS; short enough that a
 * leaked URL is soon worthless.
 */
export const TICKET_TTL_MS: Record<TicketKind, number> = {
  session: 2 * 60 * 1000,
  deep_link: 30 * 60 * 1000,
  link: 15 * 60 * 1000,
  registration: 24 * 60 * 60 * 1000,
};

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

export async function issueTicket(
  input: { kind: TicketKind; userId: string; platformId: string | null; path: string; payload?: string },
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.ltiTicket.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.ltiTicket.create({ data: { ...input, tokenHash: hashOf(token), expiresAt: new Date(now.getTime() + TICKET_TTL_MS[input.kind]) } });
  return token;
}

export type SpentTicket = { userId: string; platformId: string | null; path: string; payload: string | null };

export async function spendTicket(kind: TicketKind, token: string, now = new Date()): Promise<SpentTicket> {
  const tokenHash = hashOf(token);
  const { count } = await db.ltiTicket.updateMany({ where: { tokenHash, kind, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (count === 0) throw new LtiError("This link has expired or was already used. Open the activity again from your course.", 401);
  const ticket = await db.ltiTicket.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, platformId: true, path: true, payload: true } });
  return ticket;
}
