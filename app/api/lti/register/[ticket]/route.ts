import { htmlResponse, ltiHandler, refusal } from "@/lib/lti/http";
import { registeredPage } from "@/lib/lti/pages";
import { completeRegistration } from "@/lib/lti/registration";
import { toolOrigin, toolUrls } from "@/lib/lti/urls";

/** LTI Dynamic Registration: the LMS opens the admin's one-time URL with its openid_configuration and registration_token. */
export const GET = ltiHandler(async (request, context: { params: Promise<{ ticket: string }> }) => {
  const { ticket } = await context.params;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  // The registering LMS is not registered yet: it may frame these pages (its own window, no cookies, no data).
  const configurationUrl = query.openid_configuration ?? "";
  const lms = URL.canParse(configurationUrl) ? [new URL(configurationUrl).origin] : [];
  try {
    const platform = await completeRegistration(ticket, query, toolUrls(toolOrigin(request.url)));
    return htmlResponse(registeredPage(platform, platform.hasDeployment), 200, { frameAncestors: lms });
  } catch (error) {
    const refused = refusal(error, { frameAncestors: lms });
    if (refused) return refused;
    throw error;
  }
});
