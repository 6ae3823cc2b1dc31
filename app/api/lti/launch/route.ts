import { assignableReadings } from "@/lib/assignments/readings";
import { htmlResponse, ltiHandler, requestFields } from "@/lib/lti/http";
import { verifyLaunch } from "@/lib/lti/launch";
import { launchOutcome } from "@/lib/lti/launch-flow";
import { openPage, pickerPage } from "@/lib/lti/pages";
import { toolOrigin } from "@/lib/lti/urls";

/** The platform's form post of the id token (resource link launches and deep-linking requests). */
export const POST = ltiHandler(async (request) => {
  const outcome = await launchOutcome(await verifyLaunch(await requestFields(request)));
  const origin = toolOrigin(request.url);
  if (outcome.kind === "pick") return htmlResponse(pickerPage(await assignableReadings(), outcome.ticket, `${origin}/api/lti/deep-link`));
  const linkUrl = outcome.linkTicket ? `${origin}/link-lms?ticket=${encodeURIComponent(outcome.linkTicket)}` : null;
  return htmlResponse(openPage(outcome.displayName, `${origin}/api/lti/session?ticket=${encodeURIComponent(outcome.ticket)}`, linkUrl));
});
