import type { Metadata } from "next";
import Link from "next/link";
import { ButtonForm } from "@/components/forms/button-form";
import { ImportReadingForm } from "@/components/readings/import-reading-form";
import { editReadingAction } from "@/lib/authoring/actions";
import { listDrafts } from "@/lib/authoring/drafts";
import { requireUser } from "@/lib/auth/current-user";
import { shareReadingAction } from "@/lib/content/actions";
import { listOwnReadings, listServerLibrary } from "@/lib/content/library";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Readings" };

const exportHref = (slug: string) => `/teach/readings/${slug}/export`;

/** After "Discard draft" in the editor (lib/authoring/actions.ts): what went, and what stayed. */
const DISCARDED = new Map([
  ["draft", "The draft is discarded."],
  ["changes", "Your unpublished changes are discarded. The published reading is as it was."],
]);

export default async function ReadingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser(["teacher"]);
  const discarded = DISCARDED.get(String((await searchParams).discarded));
  const [own, library, drafts] = await Promise.all([listOwnReadings(user), listServerLibrary(user), listDrafts(user)]);
  const published = new Set(own.map((reading) => reading.slug));
  const unpublished = drafts.filter((draft) => !published.has(draft.slug));
  return (
    <div className="page stack">
      <div className="page-header">
        <h1>Readings</h1>
        <Link className="button" href="/teach/readings/new">
          New reading from your own text
        </Link>
      </div>
      {discarded ? (
        <p className="form-message ok" role="status">
          {discarded}
        </p>
      ) : null}
      {unpublished.length > 0 ? (
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">Drafts</h2>
          <ul className="plain-list">
            {unpublished.map((draft) => (
              <li key={draft.id}>
                <Link href={`/teach/readings/drafts/${draft.id}`}>{draft.title}</Link> <span className="muted">· changed {formatDate(draft.updatedAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="own-heading">
        <h2 id="own-heading">Your readings</h2>
        {own.length === 0 ? (
          <p className="lede">None yet. Start one from your own text, or import a reading file below: only you see it until you share it.</p>
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
                  action={editReadingAction}
                  label={`Edit ${reading.title}`}
                  hidden={{ slug: reading.slug }}
                  buttons={[{ label: "Edit", variant: "secondary" }]}
                />
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
