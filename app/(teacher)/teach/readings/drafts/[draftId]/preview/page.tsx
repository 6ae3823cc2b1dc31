import { redirect } from "next/navigation";
import { loadOwnDraft } from "@/lib/authoring/pages";
import { requireUser } from "@/lib/auth/current-user";

/** The preview opens on the draft's first chunk. */
export default async function DraftPreviewStart({ params }: { params: Promise<{ draftId: string }> }) {
  const { draftId } = await params;
  const stored = await loadOwnDraft(await requireUser(["teacher"]), draftId);
  const first = stored.draft.reading.chunks[0];
  redirect(first ? `/teach/readings/drafts/${draftId}/preview/${first.id}` : `/teach/readings/drafts/${draftId}`);
}
