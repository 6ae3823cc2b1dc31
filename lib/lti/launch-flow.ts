/**
 * What a verified launch leads to. A resource link: the person's account,
 * their class and (for a deep-linked link) the assignment, then a one-time
 * ticket that opens closeread signed in. A deep-linking request: a ticket
 * for the picker, which creates the assignment.
 */
import "server-only";
import { db } from "@/lib/db/client";
import { accountForPerson } from "./accounts";
import { CLAIM, displayNameOf, isTeachingRole } from "./claims";
import { assignmentForLink, classForCourse, enrolStudent } from "./courses";
import type { DeepLinkRequest } from "./deep-linking";
import { LtiError } from "./errors";
import type { VerifiedLaunch } from "./launch";
import { syncRoster } from "./roster";
import { issueTicket } from "./tickets";
import { log, messageOf } from "@/lib/log";

export type LaunchOutcome =
  | { kind: "open"; ticket: string; displayName: string }
  | { kind: "pick"; ticket: string };

export async function launchOutcome({ platform, claims }: VerifiedLaunch, now = new Date()): Promise<LaunchOutcome> {
  const displayName = displayNameOf(claims);
  const teaching = isTeachingRole(claims[CLAIM.roles]);
  const account = await accountForPerson(platform.id, { sub: claims.sub, displayName, teaching });
  const classroomId = await classForCourse(platform.id, claims, account);

  if (claims[CLAIM.messageType] === "LtiDeepLinkingRequest") {
    const settings = claims[CLAIM.deepLinkingSettings];
    if (!settings) throw new LtiError("This deep-linking request has no return address.");
    if (!teaching) throw new LtiError("Only a teacher of the course can add closeread readings.", 403);
    await ownClass(classroomId, account.id);
    const request: DeepLinkRequest = {
      returnUrl: settings.deep_link_return_url,
      data: settings.data,
      deploymentId: claims[CLAIM.deploymentId],
      classroomId,
    };
    const ticket = await issueTicket({ kind: "deep-link", userId: account.id, platformId: platform.id, path: "", payload: JSON.stringify(request) }, now);
    return { kind: "pick", ticket };
  }

  if (!teaching) await enrolStudent(classroomId, account.id);
  else await syncRosterQuietly(classroomId);
  const assignmentId = await assignmentForLink(platform.id, classroomId, claims);
  const path = landingPath(teaching, classroomId, assignmentId);
  const ticket = await issueTicket({ kind: "session", userId: account.id, platformId: platform.id, path }, now);
  return { kind: "open", ticket, displayName };
}

/** A teacher who is not the class's owner (a co-teacher) cannot add to it yet. */
async function ownClass(classroomId: string, teacherId: string): Promise<void> {
  const owned = await db.classroom.count({ where: { id: classroomId, teacherId } });
  if (!owned) throw new LtiError("Only the teacher who first opened closeread from this course can add readings to it.", 403);
}

function landingPath(teaching: boolean, classroomId: string, assignmentId: string | null): string {
  if (teaching) return assignmentId ? `/teach/assignments/${assignmentId}/report` : `/teach/classes/${classroomId}`;
  return assignmentId ? `/read/${assignmentId}` : "/classes";
}

/** The roster is a convenience at launch: an LMS without NRPS, or one that fails, must not stop the teacher. */
async function syncRosterQuietly(classroomId: string): Promise<void> {
  try {
    await syncRoster(classroomId);
  } catch (error) {
    log.warn({ reason: messageOf(error) }, "LTI roster sync failed");
  }
}
