/**
 * Deep Linking 2.0: inside the LMS, a teacher picks a reading and its
 * settings; closeread creates the assignment in the course's class and
 * answers with a signed LtiDeepLinkingResponse holding one ltiResourceLink
 * (with a line item, so the LMS makes the gradebook column). The link's
 * custom parameter ties its first launch to the assignment.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { z } from "zod";
import { possiblePointsOf } from "@/lib/analytics/catalogue";
import { createAssignment } from "@/lib/assignments/mutations";
import { createAssignmentSchema } from "@/lib/assignments/schemas";
import { readingTitle } from "@/lib/assignments/readings";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { jsonColumn } from "@/lib/db/json-column";
import { CLAIM } from "./claims";
import { SIGNING_ALGORITHM, toolSigningKey } from "./keys";
import { spendTicket } from "./tickets";
import { LtiError } from "./errors";

/** What the deep-linking ticket remembers of the LMS's request. */
export const deepLinkRequestSchema = z.object({
  returnUrl: z.url(),
  data: z.string().optional(),
  deploymentId: z.string(),
  classroomId: z.string(),
});
export type DeepLinkRequest = z.infer<typeof deepLinkRequestSchema>;

/** LtiTicket.payload of a deep-linking ticket (the only kind with a payload). */
export const deepLinkPayloadColumn = jsonColumn("LtiTicket.payload", deepLinkRequestSchema);

export const deepLinkChoiceSchema = createAssignmentSchema.omit({ classId: true }).extend({ ticket: z.string().min(1).max(100) });

export type DeepLinkReply = { returnUrl: string; jwt: string };

/** Creates the assignment the teacher picked and signs the reply for the LMS. */
export async function completeDeepLink(choice: z.output<typeof deepLinkChoiceSchema>, launchUrl: string, now = new Date()): Promise<DeepLinkReply> {
  const ticket = await spendTicket("deep_link", choice.ticket, now);
  const request = deepLinkPayloadColumn.read(ticket.payload ?? "{}");
  const user = await db.user.findUnique({ where: { id: ticket.userId }, select: { id: true, role: true, displayName: true } });
  if (!user || user.role !== "teacher") throw new LtiError("Only a teacher of the course can add closeread readings.", 403);
  const actor: SessionUser = { id: user.id, role: "teacher", displayName: user.displayName };
  const { ticket: _ticket, readingSlug, ...settings } = choice;
  void _ticket;
  const assignment = await createAssignment(actor, { ...settings, readingSlug, classId: request.classroomId }, now);
  if (!ticket.platformId) throw new LtiError("This link is not from a course. Open the activity again from your course.", 401);
  const platform = await db.ltiPlatform.findUniqueOrThrow({ where: { id: ticket.platformId } });
  const title = await readingTitle(readingSlug);
  const scoreMaximum = await possiblePointsOf(assignment);
  const item = {
    type: "ltiResourceLink",
    title,
    url: launchUrl,
    custom: { closeread_assignment: assignment.id },
    ...(scoreMaximum > 0 ? { lineItem: { scoreMaximum, label: title, resourceId: assignment.id } } : {}),
  };
  return { returnUrl: request.returnUrl, jwt: await signDeepLinkResponse(platform, request, [item], now) };
}

export async function signDeepLinkResponse(
  platform: { clientId: string; issuer: string },
  request: Pick<DeepLinkRequest, "data" | "deploymentId">,
  items: object[],
  now = new Date(),
): Promise<string> {
  const { kid, key } = await toolSigningKey();
  const seconds = Math.floor(now.getTime() / 1000);
  return new SignJWT({
    nonce: randomUUID(),
    [CLAIM.messageType]: "LtiDeepLinkingResponse",
    [CLAIM.version]: "1.3.0",
    [CLAIM.deploymentId]: request.deploymentId,
    [CLAIM.deepLinkingContentItems]: items,
    ...(request.data !== undefined ? { [CLAIM.deepLinkingData]: request.data } : {}),
  })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid, typ: "JWT" })
    .setIssuer(platform.clientId)
    .setAudience(platform.issuer)
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + 600)
    .sign(key);
}
