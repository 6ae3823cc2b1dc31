import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

/** What the signed-in user's account page shows about them. */
export async function getOwnAccount(actor: SessionUser) {
  const account = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      email: true,
      username: true,
      passwordHash: true,
      accounts: { select: { provider: true } },
      passwordResets: { orderBy: { createdAt: "desc" }, take: 10, select: { resetByName: true, createdAt: true } },
    },
  });
  return {
    signInName: account.email ?? account.username ?? "",
    signsInWithEmail: account.email !== null,
    hasPassword: account.passwordHash !== null,
    providers: account.accounts.map((linked) => linked.provider),
    /** Teachers' resets of this student's password, newest first: a student sees who could have signed in as them. */
    passwordResets: account.passwordResets,
  };
}
