import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** What the signed-in user's account page shows about them. */
export async function getOwnAccount(actor: SessionUser) {
  const account = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, username: true, passwordHash: true, accounts: { select: { provider: true } } },
  });
  return {
    signInName: account.email ?? account.username ?? "",
    signsInWithEmail: account.email !== null,
    hasPassword: account.passwordHash !== null,
    providers: account.accounts.map((linked) => linked.provider),
  };
}
