import { assignableReadings } from "@/lib/assignments/readings";
import { completeDeepLink, deepLinkChoiceSchema } from "@/lib/lti/deep-linking";
import { htmlResponse, ltiHandler, requestFields } from "@/lib/lti/http";
import { deepLinkReplyPage, pickerPage } from "@/lib/lti/pages";
import { toolOrigin, toolUrls } from "@/lib/lti/urls";

/** The picker's form post: creates the assignment and returns the signed reply to the LMS. */
export const POST = ltiHandler(async (request) => {
  const fields = await requestFields(request);
  const origin = toolOrigin(request.url);
  const choice = deepLinkChoiceSchema.safeParse(fields);
  if (!choice.success) {
    const message = choice.error.issues[0]?.message ?? "Check the form.";
    return htmlResponse(pickerPage(await assignableReadings(), fields.ticket ?? "", `${origin}/api/lti/deep-link`, message), 400);
  }
  const reply = await completeDeepLink(choice.data, toolUrls(origin).launch);
  return htmlResponse(deepLinkReplyPage(reply.returnUrl, reply.jwt), 200, { formTargets: [new URL(reply.returnUrl).origin] });
});
