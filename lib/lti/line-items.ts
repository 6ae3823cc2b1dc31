/**
 * A gradebook column (AGS line item) for a linked assignment that has none:
 * the LMS did not make one from the deep-linking reply, and its launches
 * carry no `lineitem`. closeread makes it through the course's line items
 * service (scope lineitem) and remembers it on the link. It looks for its
 * own column first (by resourceId, the assignment id), so a retry after a
 * lost reply never makes a second one.
 */
import "server-only";
import { z } from "zod";
import { possiblePointsOf } from "@/lib/analytics/catalogue";
import { readingTitle } from "@/lib/assignments/readings";
import { db } from "@/lib/db/client";
import { SCOPE } from "./claims";
import { serviceToken } from "./service-token";

const LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
const lineItemSchema = z.object({ id: z.url() });

/** The link's line item URL, made if the course has a line items service and the reading has points; null otherwise. */
export async function ensureLineItem(resourceLinkId: string): Promise<string | null> {
  const link = await db.ltiResourceLink.findUniqueOrThrow({
    where: { id: resourceLinkId },
    include: { platform: true, assignment: { select: { id: true, readingSlug: true, questionIds: true, classroom: { select: { ltiContext: { select: { lineItemsUrl: true } } } } } } },
  });
  if (link.lineItemUrl) return link.lineItemUrl;
  const lineItemsUrl = link.assignment.classroom.ltiContext?.lineItemsUrl;
  const scoreMaximum = await possiblePointsOf(link.assignment);
  if (!lineItemsUrl || scoreMaximum <= 0) return null;

  const token = await serviceToken(link.platform, [SCOPE.lineItem]);
  const headers = { authorization: `Bearer ${token}` };
  const mine = new URL(lineItemsUrl);
  mine.searchParams.set("resource_id", link.assignment.id);
  const listed = await fetch(mine, { headers: { ...headers, accept: "application/vnd.ims.lis.v2.lineitemcontainer+json" }, signal: AbortSignal.timeout(15_000) });
  if (!listed.ok) throw new Error(`The LMS answered ${listed.status} to the line items request.`);
  let [lineItem] = z.array(lineItemSchema.extend({ resourceId: z.string().optional() })).parse(await listed.json()).filter((item) => item.resourceId === link.assignment.id);
  if (!lineItem) {
    const created = await fetch(lineItemsUrl, {
      method: "POST",
      headers: { ...headers, "content-type": LINE_ITEM_TYPE, accept: LINE_ITEM_TYPE },
      body: JSON.stringify({ scoreMaximum, label: await readingTitle(link.assignment.readingSlug), resourceId: link.assignment.id, resourceLinkId: link.resourceLinkId }),
      signal: AbortSignal.timeout(15_000),
    });
    if (!created.ok) throw new Error(`The LMS answered ${created.status} when closeread made a gradebook column: ${(await created.text()).slice(0, 300)}`);
    lineItem = lineItemSchema.parse(await created.json());
  }
  // Another request may have saved one meanwhile (the same column, found by resourceId): keep the first.
  await db.ltiResourceLink.updateMany({ where: { id: link.id, lineItemUrl: null }, data: { lineItemUrl: lineItem.id } });
  return (await db.ltiResourceLink.findUniqueOrThrow({ where: { id: link.id }, select: { lineItemUrl: true } })).lineItemUrl;
}
