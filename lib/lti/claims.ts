/**
 * The LTI 1.3 id-token claims closeread reads (LTI Core 1.3, Deep Linking
 * 2.0, AGS 2.0, NRPS 2.0), parsed with zod after jose has checked the
 * signature. Unknown claims are ignored.
 */
import { z } from "zod";

const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  deepLinkingSettings: "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
  deepLinkingContentItems: "https://purl.imsglobal.org/spec/lti-dl/claim/content_items",
  deepLinkingData: "https://purl.imsglobal.org/spec/lti-dl/claim/data",
  deepLinkingMessage: "https://purl.imsglobal.org/spec/lti-dl/claim/msg",
  agsEndpoint: "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
  nrpsService: "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
} as const;

export const SCOPE = {
  lineItem: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
  score: "https://purl.imsglobal.org/spec/lti-ags/scope/score",
  memberships: "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
} as const;

/** Roles that make someone a teacher of the course; anyone else is a student. */
const TEACHING_ROLES = [
  "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
  "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper",
  "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant",
  "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor",
  "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
];
/** NRPS may answer with the short forms ("Instructor"). */
const SHORT_TEACHING_ROLES = ["Instructor", "ContentDeveloper", "TeachingAssistant", "Administrator"];

export function isTeachingRole(roles: readonly string[]): boolean {
  return roles.some((role) => TEACHING_ROLES.includes(role) || SHORT_TEACHING_ROLES.includes(role));
}

const url = z.url({ protocol: /^https?$/ });

export const launchClaimsSchema = z.object({
  sub: z.string().min(1).max(255),
  name: z.string().max(200).optional(),
  given_name: z.string().max(200).optional(),
  family_name: z.string().max(200).optional(),
  email: z.string().max(320).optional(),
  [CLAIM.messageType]: z.enum(["LtiResourceLinkRequest", "LtiDeepLinkingRequest"]),
  [CLAIM.version]: z.literal("1.3.0"),
  [CLAIM.deploymentId]: z.string().min(1).max(255),
  [CLAIM.roles]: z.array(z.string()),
  [CLAIM.context]: z.object({ id: z.string().min(1).max(255), title: z.string().max(200).optional(), label: z.string().max(200).optional() }).optional(),
  [CLAIM.resourceLink]: z.object({ id: z.string().min(1).max(255), title: z.string().max(200).optional() }).optional(),
  [CLAIM.custom]: z.record(z.string(), z.unknown()).optional(),
  [CLAIM.deepLinkingSettings]: z
    .object({ deep_link_return_url: url, accept_types: z.array(z.string()).optional(), data: z.string().optional() })
    .optional(),
  [CLAIM.agsEndpoint]: z.object({ scope: z.array(z.string()).optional(), lineitems: url.optional(), lineitem: url.optional() }).optional(),
  [CLAIM.nrpsService]: z.object({ context_memberships_url: url }).optional(),
});

export type LaunchClaims = z.infer<typeof launchClaimsSchema>;

/** The person's name as the platform gives it, or a neutral stand-in. */
export function displayNameOf(claims: { name?: string; given_name?: string; family_name?: string }): string {
  const name = claims.name?.trim() || [claims.given_name, claims.family_name].filter(Boolean).join(" ").trim();
  return name || "LMS user";
}
