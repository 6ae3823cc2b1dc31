import { toolJwks } from "@/lib/lti/keys";

/** The tool's public keys, for the platform to check deep-linking replies and service-token assertions. */
export async function GET(): Promise<Response> {
  return Response.json(await toolJwks(), { headers: { "cache-control": "public, max-age=300" } });
}
