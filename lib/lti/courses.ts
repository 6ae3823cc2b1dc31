/**
 * LMS courses as classes and LMS links as assignments. A course becomes a
 * class at its first teacher's launch (a class needs a teacher); a student
 * who arrives first is asked to wait for one. Members join the class as
 * active students.
 */
import "server-only";
import { generateJoinCode } from "@/lib/classes/join-code";
import { db } from "@/lib/db/client";
import { CLAIM, SCOPE, type LaunchClaims } from "./claims";
import { LtiError } from "./errors";

export async function classForCourse(platformId: string, claims: LaunchClaims, account: { id: string; role: string }): Promise<string> {
  const course = claims[CLAIM.context];
  if (!course) throw new LtiError("This launch names no course: closeread needs one to know the class.");
  const membershipsUrl = claims[CLAIM.nrpsService]?.context_memberships_url ?? null;
  const ags = claims[CLAIM.agsEndpoint];
  // Only a platform that grants the lineitem scope lets closeread make a column.
  const lineItemsUrl = ags?.scope?.includes(SCOPE.lineItem) ? (ags.lineitems ?? null) : null;
  const existing = await db.ltiContext.findUnique({ where: { platformId_contextId: { platformId, contextId: course.id } } });
  if (existing) {
    const changed = {
      ...(membershipsUrl && membershipsUrl !== existing.membershipsUrl ? { membershipsUrl } : {}),
      ...(lineItemsUrl && lineItemsUrl !== existing.lineItemsUrl ? { lineItemsUrl } : {}),
    };
    if (Object.keys(changed).length) await db.ltiContext.update({ where: { id: existing.id }, data: changed });
    return existing.classroomId;
  }
  if (account.role !== "teacher") throw new LtiError("Your teacher has not opened closeread from this course yet. Try again once they have.", 403);
  const name = (course.title || course.label || "LMS course").slice(0, 100);
  const classroom = await db.classroom.create({
    data: {
      teacherId: account.id,
      name,
      joinCode: generateJoinCode(),
      // Members come from the LMS, never through a join code.
      joinOpen: false,
      ltiContext: { create: { platformId, contextId: course.id, membershipsUrl, lineItemsUrl } },
    },
    select: { id: true },
  });
  return classroom.id;
}

export type LinkedAssignment = { assignmentId: string; linkId: string; lineItemUrl: string | null };

/**
 * The assignment behind an LMS link. A deep-linked link carries the
 * assignment id in its custom parameters; the link is tied to it at its
 * first launch, together with its gradebook column (AGS line item) when the
 * launch names one.
 */
export async function assignmentForLink(platformId: string, classroomId: string, claims: LaunchClaims): Promise<LinkedAssignment | null> {
  const link = claims[CLAIM.resourceLink];
  if (!link) return null;
  const lineItemUrl = claims[CLAIM.agsEndpoint]?.lineitem ?? null;
  const known = await db.ltiResourceLink.findUnique({ where: { platformId_resourceLinkId: { platformId, resourceLinkId: link.id } } });
  if (known) {
    if (lineItemUrl && lineItemUrl !== known.lineItemUrl) await db.ltiResourceLink.update({ where: { id: known.id }, data: { lineItemUrl } });
    return { assignmentId: known.assignmentId, linkId: known.id, lineItemUrl: lineItemUrl ?? known.lineItemUrl };
  }
  const custom = claims[CLAIM.custom]?.closeread_assignment;
  if (typeof custom !== "string") return null;
  const assignment = await db.assignment.findFirst({ where: { id: custom, classroomId }, select: { id: true } });
  if (!assignment) return null;
  const row = await db.ltiResourceLink.upsert({
    where: { assignmentId: assignment.id },
    create: { platformId, resourceLinkId: link.id, assignmentId: assignment.id, lineItemUrl },
    update: {},
  });
  return { assignmentId: assignment.id, linkId: row.id, lineItemUrl: row.lineItemUrl };
}
