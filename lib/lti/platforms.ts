/**
 * Registering LMS platforms. Only admins may: the people whose email is in
 * CLOSEREAD_ADMINS (comma-separated), since a registered platform can sign
 * anyone in to closeread as one of its users.
 */
import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";

export function adminEmails(env: Record<string, string | undefined> = process.env): string[] {
  return (env.CLOSEREAD_ADMINS ?? "").split(",").map((email) => email.trim().toLowerCase()).filter(Boolean);
}

export async function isAdmin(user: SessionUser): Promise<boolean> {
  const admins = adminEmails();
  if (!admins.length) return false;
  const row = await db.user.findUnique({ where: { id: user.id }, select: { email: true } });
  return !!row?.email && admins.includes(row.email.toLowerCase());
}

export async function assertAdmin(user: SessionUser): Promise<void> {
  if (!(await isAdmin(user))) throw new AppError("forbidden", "Only closeread admins (CLOSEREAD_ADMINS) can register an LMS.");
}

const httpsOrLocal = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(500)
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), `Enter the ${label} as a full https:// address.`);

export const platformSchema = z.object({
  name: z.string().trim().min(1, "Name the LMS (for your own list).").max(100),
  issuer: httpsOrLocal("issuer"),
  clientId: z.string().trim().min(1, "Enter the client id the LMS gave closeread.").max(255),
  authLoginUrl: httpsOrLocal("authentication request URL"),
  tokenUrl: httpsOrLocal("access token URL"),
  jwksUrl: httpsOrLocal("keyset (JWKS) URL"),
  deploymentIds: z
    .string()
    .max(2000)
    .transform((text) => [...new Set(text.split(/[\s,]+/).map((id) => id.trim()).filter(Boolean))])
    .refine((ids) => ids.length > 0, "Enter at least one deployment id."),
});

export async function registerPlatform(actor: SessionUser, input: z.output<typeof platformSchema>): Promise<{ id: string }> {
  await assertAdmin(actor);
  const { deploymentIds, ...platform } = input;
  try {
    return await db.ltiPlatform.create({
      data: { ...platform, deployments: { create: deploymentIds.map((deploymentId) => ({ deploymentId })) } },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "This issuer and client id are already registered.", { clientId: ["Already registered for this issuer."] });
    throw error;
  }
}

export async function listPlatforms(actor: SessionUser) {
  await assertAdmin(actor);
  return db.ltiPlatform.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, issuer: true, clientId: true, deployments: { select: { deploymentId: true } } },
  });
}
