/**
 * Linking an LMS identity to an existing closeread account. A launch makes
 * a fresh account for every new LMS person (lib/lti/accounts.ts) and never
 * matches by email, so a person who already has closeread would end up with
 * two. From the launch page they may link instead: a one-time ticket (kind
 * "link", issued only to the launch's own browser) names the LMS identity,
 * and they prove the closeread account is theirs by entering its password
 * here — a session already in the browser counts for nothing, so whoever
 * else is signed in on a shared computer cannot receive the link. From then
 * on the LMS opens that account; the launch-made account's classes and
 * memberships move to it and the launch-made account goes.
 */
import "server-only";
import { credentialsSchema, verifyCredentials, WRONG_CREDENTIALS, type SignInOrigin } from "@/lib/auth/credentials";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { moveMemberships } from "@/lib/tallied/enrollments";
import { z } from "zod";
import { spendTicket, TICKET_TTL_MS } from "./tickets";

export const linkAccountSchema = credentialsSchema.extend({ ticket: z.string().min(1).max(100) });

const NO_TICKET = `This link has expired or was already used (it lasts ${TICKET_TTL_MS.link / 60_000} minutes). Open the activity again from your course.`;

/** Links the launch's LMS identity to the account whose password was given; returns that account's name. */
export async function linkLmsIdentity(input: z.output<typeof linkAccountSchema>, origin: SignInOrigin, now = new Date()): Promise<string> {
  // The ticket is spent only once the password is right, so a typo does not burn it.
  const verified = await verifyCredentials({ identifier: input.identifier, password: input.password }, origin, now);
  if (!verified) throw new AppError("unauthorized", WRONG_CREDENTIALS, { password: [WRONG_CREDENTIALS] });
  const ticket = await spendTicket("link", input.ticket, now).catch(() => {
    throw new AppError("invalid", NO_TICKET);
  });
  if (!ticket.platformId) throw new AppError("invalid", NO_TICKET);
  const launchAccount = ticket.userId;
  const target = await db.user.findUniqueOrThrow({ where: { id: verified.id }, select: { id: true, role: true, displayName: true, ltiUser: { select: { platformId: true } } } });
  if (target.id === launchAccount) return target.displayName;
  return db.$transaction(async (tx) => {
    const identity = await tx.ltiUser.findUnique({ where: { userId: launchAccount }, select: { platformId: true, sub: true, user: { select: { role: true } } } });
    if (!identity) throw new AppError("invalid", NO_TICKET);
    if (target.ltiUser) throw new AppError("conflict", "That closeread account is already linked to an LMS account.");
    if (identity.user.role !== target.role) {
      throw new AppError("conflict", `Your course knows you as a ${identity.user.role}, but that closeread account is a ${target.role} account: they cannot be linked.`);
    }
    const work =
      (await tx.attempt.count({ where: { userId: launchAccount } })) +
      (await tx.gradeRevision.count({ where: { gradedById: launchAccount } }));
    if (work > 0) throw new AppError("conflict", "You have already worked in closeread from your course, so it can no longer be linked to another account.");

    // What a launch gave the launch-made account moves to the person's own account.
    await tx.classroom.updateMany({ where: { teacherId: launchAccount }, data: { teacherId: target.id } });
    await tx.classTeacher.deleteMany({ where: { teacherId: target.id, classroom: { teacherId: target.id } } });
    for (const row of await tx.classTeacher.findMany({ where: { teacherId: launchAccount }, select: { classroomId: true } })) {
      const owns = await tx.classroom.count({ where: { id: row.classroomId, teacherId: target.id } });
      if (!owns) await tx.classTeacher.upsert({ where: { classroomId_teacherId: { classroomId: row.classroomId, teacherId: target.id } }, create: { classroomId: row.classroomId, teacherId: target.id }, update: {} });
    }
    await moveMemberships(tx, launchAccount, target.id);
    // The identity is re-pointed before the launch-made account (and with it its sessions and tickets) is deleted.
    await tx.ltiUser.update({ where: { platformId_sub: { platformId: identity.platformId, sub: identity.sub } }, data: { userId: target.id } });
    await tx.user.delete({ where: { id: launchAccount } });
    return target.displayName;
  });
}
