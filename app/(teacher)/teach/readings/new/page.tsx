import type { Metadata } from "next";
import Link from "next/link";
import { ImportArticle } from "@/components/editor/import-article";
import { requireUser } from "@/lib/auth/current-user";
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES } from "@/lib/content/extract";

export const metadata: Metadata = { title: "New reading" };

export default async function NewReadingPage() {
  await requireUser(["teacher"]);
  return (
    <div className="page stack">
      <p className="breadcrumb">
        <Link href="/teach/readings">Readings</Link>
      </p>
      <h1 id="import-heading">New reading from your own text</h1>
      <p className="lede">
        Paste an article or upload the file you have. We keep the article&apos;s text and leave out what surrounds it on the page; check what we
        left out and put back anything that belongs, then start editing.
      </p>
      <ImportArticle accept={IMPORT_ACCEPT} maxBytes={MAX_IMPORT_BYTES} />
    </div>
  );
}
