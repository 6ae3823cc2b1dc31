import { saveDraftBodySchema } from "@/lib/authoring/draft-shape";
import { saveDraft } from "@/lib/authoring/drafts";
import { idParams } from "@/lib/http/params";
import { route } from "@/lib/http/route";

/** The editor's autosave (debounced, and on page hide): a stale revision is 409, never written over the newer draft. */
export const PUT = route(
  { roles: ["teacher"], params: idParams("draftId"), body: saveDraftBodySchema, maxBodyBytes: 1024 * 1024, reply: "json" },
  async ({ user, params, body }) => {
    const saved = await saveDraft(user, params.draftId, body);
    return { revision: saved.revision, savedAt: saved.savedAt.toISOString() };
  },
);
