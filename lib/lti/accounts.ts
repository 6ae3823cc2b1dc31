/**
 * Platform people as closeread accounts, made without asking anyone to sign
 * up: one account per (platform, sub), a teacher for teaching roles, a
 * student otherwise. No email or username is taken from the LMS, so an LMS
 * account never collides with (or takes over) an existing closeread one.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/auth/roles";

export type LtiPerson = { sub: string; displayName: string; teaching: boolean };

type Client = Prisma.TransactionClient | typeof db;

/** The account for this platform user, made on first sight; a student who now teaches the course becomes a teacher. */
export async function accountForPerson(platformId: string, person: LtiPerson, client: Client = db): Promise<{ id: string; role: Role }> {
  const linked = await client.ltiUser.findUnique({ where: { platformId_sub: { platformId, sub: person.sub } }, select: { user: { select: { id: true, role: true } } } });
  if (linked) {
    if (person.teaching && linked.user.role === "student") {
      await client.user.update({ where: { id: linked.user.id }, data: { role: "teacher" } });
      return { id: linked.user.id, role: "teacher" };
    }
    return { id: linked.user.id, role: linked.user.role };
  }
  const role: Role = person.teaching ? "teacher" : "student";
  try {
    const user = await client.user.create({
      data: { role, displayName: person.displayName, ltiUser: { create: { platformId, sub: person.sub } } },
      select: { id: true },
    });
    return { id: user.id, role };
  } catch (error) {
    // Two launches of a new person at once: the other one made the account.
    if (!isUniqueViolation(error) || client !== db) throw error;
    return accountForPerson(platformId, person, client);
  }
}
