import type { Metadata } from "next";
import Link from "next/link";
import { DraftEditor } from "@/components/editor/draft-editor";
import { checkDraft } from "@/lib/authoring/checks";
import { loadOwnDraft } from "@/lib/authoring/pages";
import { requireUser } from "@/lib/auth/current-user";
import { listTeacherClassrooms } from "@/lib/classes/queries";

export const metadata: Metadata = { title: "Edit reading" };

export default async function DraftPage({ params }: { params: Promise<{ draftId: string }> }) {
  const user = await requireUser(["teacher"]);
  const stored = await loadOwnDraft(user, (await params).draftId);
  const classes = (await listTeacherClassrooms(user)).filter((classroom) => !classroom.archivedAt).map(({ id, name }) => ({ id, name }));
  return (
    <div className="page stack">
      <p className="breadcrumb">
        <Link href="/teach/readings">Readings</Link>
      </p>
      <DraftEditor
        draftId={stored.id}
        draft={stored.draft}
        revision={stored.revision}
        issues={checkDraft(stored.draft)}
        editsPublished={stored.editsPublished}
        classes={classes}
      />
    </div>
  );
}
