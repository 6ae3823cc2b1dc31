/**
 * What a verified launch leads to. A resource link: the person's account,
 * their class and (for a deep-linked link) the assignment, then a one-time
 * ticket that opens closeread signed in. A deep-linking request: a ticket
 * for the picker, which creates the assignment.
 */
import "server-only";
import { addClassTeacher } from "@/lib/classes/co-teachers";
import { db } from "@/lib/db/client";
import { accountForPerson } from "./accounts";
import { CLAIM, displayNameOf, isTeachingRole } from "./claims";
import { assignmentForLink, classForCourse } from "./courses";
import { deepLinkPayloadColumn, type DeepLinkRequest } from "./deep-linking";
import { LtiError } from "./errors";
import type { VerifiedLaunch } from "./launch";
import { ensureLineItem } from "./line-items";
import { syncRoster } from "./roster";
import { issueTicket } from "./tickets";
import { log, messageOf } from "@/lib/log";
import { activateMembership } from "@/lib/tallied/enrollments";

export type LaunchOutcome =
  /** linkTicket: for an account the launch made, the offer to link an existing closeread account instead (lib/lti/account-link.ts). */
  | { kind: "open"; ticket: string; displayName: string; linkTicket: string | null }
  | { kind: "pick"; ticket: string };

export async function launchOutcome({ platform, claims }: VerifiedLaunch, now = new Date()): Promise<LaunchOutcome> {
  const displayName = displayNameOf(claims);
  const teaching = isTeachingRole(claims[CLAIM.roles]);
  const account = await accountForPerson(platform.id, { sub: claims.sub, displayName, teaching });
  const classroomId = await classForCourse(platform.id, claims, account);
  // A course's other instructors teach its class too (the first one owns it).
  if (teaching) await addClassTeacher(classroomId, account.id);

  if (claims[CLAIM.messageType] === "LtiDeepLinkingRequest") {
    const settings = claims[CLAIM.deepLinkingSettings];
    if (!settings) throw new LtiError("This deep-linking request has no return address.");
    if (!teaching) throw new LtiError("Only a teacher of the course can add closeread readings.", 403);
    const request: DeepLinkRequest = {
      returnUrl: settings.deep_link_return_url,
      data: settings.data,
      deploymentId: claims[CLAIM.deploymentId],
      classroomId,
    };
    const ticket = await issueTicket({ kind: "deep_link", userId: account.id, platformId: platform.id, path: "", payload: deepLinkPayloadColumn.write(request) }, now);
    return { kind: "pick", ticket };
  }

  if (!teaching) await activateMembership(account.id, classroomId);
  else await quietly("LTI roster sync", () => syncRoster(classroomId));
  const linked = await assignmentForLink(platform.id, classroomId, claims);
  if (linked && !linked.lineItemUrl) await quietly("LTI line item", () => ensureLineItem(linked.linkId));
  const path = landingPath(teaching, classroomId, linked?.assignmentId ?? null);
  const ticket = await issueTicket({ kind: "session", userId: account.id, platformId: platform.id, path }, now);
  const launchMade = (await db.user.count({ where: { id: account.id, email: null, passwordHash: null, accounts: { none: {} } } })) > 0;
  const linkTicket = launchMade ? await issueTicket({ kind: "link", userId: account.id, platformId: platform.id, path: "" }, now) : null;
  return { kind: "open", ticket, displayName, linkTicket };
}

function landingPath(teaching: boolean, classroomId: string, assignmentId: string | null): string {
  if (teaching) return assignmentId ? `/teach/assignments/${assignmentId}/report` : `/teach/classes/${classroomId}`;
  return assignmentId ? `/read/${assignmentId}` : "/classes";
}

/**
 * The roster and the gradebook column are conveniences at launch: an LMS
 * without the service, or one that fails, must not stop the person (a
 * missing column is made again before a score is sent, lib/lti/score-outbox.ts).
 */
async function quietly(what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    log.warn({ reason: messageOf(error) }, `${what} failed`);
  }
}
