import type { Metadata } from "next";
import { ButtonForm } from "@/components/forms/button-form";
import { ImportReadingForm } from "@/components/readings/import-reading-form";
import { requireUser } from "@/lib/auth/session";
import { shareReadingAction } from "@/lib/content/actions";
import { listOwnReadings, listServerLibrary } from "@/lib/content/library";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Readings" };

const exportHref = (slug: string) => `/teach/readings/${slug}/export`;

export default async function ReadingsPage() {
  const user = await requireUser(["teacher"]);
  const [own, library] = await Promise.all([listOwnReadings(user), listServerLibrary(user)]);
  return (
    <div className="page stack">
      <h1>Readings</h1>
      <section aria-labelledby="own-heading">
        <h2 id="own-heading">Your readings</h2>
        {own.length === 0 ? (
          <p className="lede">None yet. Import one below: only you see it until you share it.</p>
        ) : (
          <ul className="class-list">
            {own.map((reading) => (
              <li key={reading.slug} className="card stack">
                <h3>{reading.title}</h3>
                <p className="muted">
                  {reading.slug} · {reading.versions} version{reading.versions === 1 ? "" : "s"} · changed {formatDate(reading.updatedAt)} ·{" "}
                  {reading.shared ? "shared with every teacher on this server" : "only you"}
                </p>
                <p>
                  <a href={exportHref(reading.slug)} download>
                    Export as a file<span className="visually-hidden">: {reading.title}</span>
                  </a>
                </p>
                <ButtonForm
                  action={shareReadingAction}
                  label={`Sharing of ${reading.title}`}
                  hidden={{ slug: reading.slug, shared: reading.shared ? "no" : "yes" }}
                  buttons={[{ label: reading.shared ? "Stop sharing" : "Share with this server" }]}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card form-card" aria-labelledby="import-heading">
        <h2 id="import-heading">Import a reading</h2>
        <ImportReadingForm />
      </section>
      <section aria-labelledby="library-heading">
        <h2 id="library-heading">This server&apos;s library</h2>
        <p className="muted">Readings any teacher here may assign. Only texts anyone may copy (public domain, open licence) can be exported.</p>
        <ul className="stack">
          {library.map((reading) => (
            <li key={reading.slug}>
              <strong>{reading.title}</strong>, {reading.author}
              {reading.exportable ? (
                <>
                  {" "}
                  · <a href={exportHref(reading.slug)} download>
                    Export<span className="visually-hidden">: {reading.title}</span>
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
