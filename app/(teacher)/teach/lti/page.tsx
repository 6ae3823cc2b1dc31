import type { Metadata } from "next";
import { headers } from "next/headers";
import { forbidden } from "next/navigation";
import { PlatformForm } from "@/components/lti/platform-form";
import { RegistrationUrl } from "@/components/lti/registration-url";
import { requireUser } from "@/lib/auth/current-user";
import { isAdmin, listPlatforms } from "@/lib/lti/platforms";
import { requestOrigin, toolUrls } from "@/lib/lti/urls";

export const metadata: Metadata = { title: "LMS connections (LTI)" };

/** Admins (CLOSEREAD_ADMINS) register LMS platforms and copy closeread's own LTI addresses into them. */
export default async function LtiAdminPage() {
  const user = await requireUser(["teacher"]);
  if (!(await isAdmin(user))) forbidden();
  const platforms = await listPlatforms(user);
  const urls = toolUrls(requestOrigin(await headers()));
  const rows: [string, string][] = [
    ["OIDC login (initiation) URL", urls.login],
    ["Target link / redirect URL", urls.launch],
    ["Deep linking URL", urls.deepLinking],
    ["Public keyset (JWKS) URL", urls.jwks],
  ];
  return (
    <div className="page stack">
      <h1>LMS connections (LTI 1.3)</h1>
      <section aria-labelledby="tool-urls-heading" className="stack">
        <h2 id="tool-urls-heading">Paste these into your LMS</h2>
        <dl>
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              {/* Long addresses wrap rather than widen a phone's page. */}
              <dd style={{ overflowWrap: "anywhere" }}>
                <code>{value}</code>
              </dd>
            </div>
          ))}
        </dl>
        <p className="muted">Step-by-step for Canvas, Moodle and Schoology: docs/lti.md.</p>
      </section>
      <section aria-labelledby="platforms-heading" className="stack">
        <h2 id="platforms-heading">Registered</h2>
        {platforms.length ? (
          <ul>
            {platforms.map((platform) => (
              <li key={platform.id} style={{ overflowWrap: "anywhere" }}>
                <strong>{platform.name}</strong> — {platform.issuer}, client {platform.clientId}, deployments{" "}
                {platform.deployments.map((deployment) => deployment.deploymentId).join(", ")}
              </li>
            ))}
          </ul>
        ) : (
          <p>No LMS yet.</p>
        )}
      </section>
      <section aria-labelledby="dynamic-registration-heading" className="stack">
        <h2 id="dynamic-registration-heading">Register automatically (LTI Dynamic Registration)</h2>
        <p>
          Moodle, Canvas, Brightspace and others can register closeread themselves: make a one-time URL here and paste it where
          your LMS asks for a tool&apos;s registration URL.
        </p>
        <RegistrationUrl />
      </section>
      <section aria-labelledby="register-platform-heading" className="stack">
        <h2 id="register-platform-heading">Register an LMS by hand</h2>
        <PlatformForm />
      </section>
    </div>
  );
}
