/**
 * Names and Role Provisioning: the course's members read from the LMS and
 * put in the class, each mapped to an account (made on first sight), so
 * nobody signs up; the course's other instructors become co-teachers. Runs
 * at a teacher's launch; members who left the course stay in the class
 * (their work stays with the teacher).
 */
import "server-only";
import { z } from "zod";
import { addClassTeacher } from "@/lib/classes/co-teachers";
import { db } from "@/lib/db/client";
import { accountForPerson } from "./accounts";
import { displayNameOf, isTeachingRole, SCOPE } from "./claims";
import { serviceToken } from "./service-token";
import { activateMembership } from "@/lib/tallied/enrollments";

const membershipSchema = z.object({
  members: z.array(
    z.object({
      user_id: z.string().min(1).max(255),
      roles: z.array(z.string()),
      status: z.string().optional(),
      name: z.string().max(200).optional(),
      given_name: z.string().max(200).optional(),
      family_name: z.string().max(200).optional(),
    }),
  ),
});

/** A next page of members, from the Link header's rel="next". */
function nextPage(link: string | null): string | null {
  const match = link?.match(/<([^>]+)>\s*;\s*rel="?next"?/);
  return match?.[1] ?? null;
}

/** Returns how many students the class has from the LMS after the sync. */
export async function syncRoster(classroomId: string): Promise<number> {
  const course = await db.ltiContext.findUnique({ where: { classroomId }, include: { platform: true } });
  if (!course?.membershipsUrl) return 0;
  const token = await serviceToken(course.platform, [SCOPE.memberships]);
  let students = 0;
  for (let url: string | null = course.membershipsUrl, pages = 0; url && pages < 100; pages++) {
    const response: Response = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: "application/vnd.ims.lti-nrps.v2.membershipcontainer+json" },
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) throw new Error(`The LMS answered ${response.status} to the roster request.`);
    const { members } = membershipSchema.parse(await response.json());
    for (const member of members) {
      if (member.status && member.status !== "Active") continue;
      const teaching = isTeachingRole(member.roles);
      const account = await accountForPerson(course.platformId, { sub: member.user_id, displayName: displayNameOf(member), teaching });
      if (teaching) await addClassTeacher(classroomId, account.id);
      else {
        await activateMembership(account.id, classroomId);
        students++;
      }
    }
    url = nextPage(response.headers.get("link"));
  }
  return students;
}
