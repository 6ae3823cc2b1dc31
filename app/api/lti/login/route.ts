import { ltiHandler, requestFields } from "@/lib/lti/http";
import { platformAuthRedirect } from "@/lib/lti/login";
import { toolOrigin, toolUrls } from "@/lib/lti/urls";

/** OIDC third-party initiated login: platforms send it as a GET or a form POST. */
const login = ltiHandler(async (request) => {
  const target = await platformAuthRedirect(await requestFields(request), toolUrls(toolOrigin(request.url)).launch);
  return new Response(null, { status: 302, headers: { location: target, "cache-control": "no-store" } });
});

export const GET = login;
export const POST = login;
