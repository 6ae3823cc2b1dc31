/**
 * A teacher's drafts in the database: only their owner sees, saves or
 * discards them, a save from a stale copy is refused, publishing makes a
 * reading (then a new version of it) through publishReadingVersion, and
 * discarding drops the draft, never the published reading.
 */
import { describe, expect, it } from "vitest";
import type { ReadingDraft } from "@/lib/authoring/draft";
import { createDraftFromImport, discardDraft, getDraft, listDrafts, openDraftOfReading, publishDraft, saveDraft } from "@/lib/authoring/drafts";
import { tinyQuestions, tinyReading } from "@/lib/content/__fixtures__/tiny-reading";
import { storedBundle } from "@/lib/content/store";
import type { Question, Reading } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { createUser } from "../reading/support";

const tiny = () => ({ ...tinyReading(), title: "Rain and the Levee" }) as Reading;

async function saveWhole(teacher: Awaited<ReturnType<typeof createUser>>, draftId: string, change: (draft: ReadingDraft) => void) {
  const { draft, revision } = await getDraft(teacher, draftId);
  change(draft);
  return saveDraft(teacher, draftId, { draft, revision });
}

describe("reading drafts", () => {
  it("are the owner's alone: another teacher's draft is not found, to read or to save", async () => {
    const [owner, other] = [await createUser("teacher"), await createUser("teacher")];
    const draftId = await createDraftFromImport(owner, tiny());
    expect((await getDraft(owner, draftId)).slug).toBe("rain-and-the-levee");
    await expect(getDraft(other, draftId)).rejects.toMatchObject({ code: "not_found" });
    const { draft } = await getDraft(owner, draftId);
    await expect(saveDraft(other, draftId, { draft, revision: 1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(publishDraft(other, draftId)).rejects.toMatchObject({ code: "not_found" });
    await expect(discardDraft(other, draftId)).rejects.toMatchObject({ code: "not_found" });
    expect(await listDrafts(other)).toEqual([]);
    await expect(getDraft(await createUser("student"), draftId)).rejects.toMatchObject({ code: "forbidden" });
    await expect(discardDraft(await createUser("student"), draftId)).rejects.toMatchObject({ code: "forbidden" });
    expect((await getDraft(owner, draftId)).draft.reading.title).toBe("Rain and the Levee");
  });

  it("refuses a save made from an older revision instead of overwriting the newer one", async () => {
    const teacher = await createUser("teacher");
    const draftId = await createDraftFromImport(teacher, tiny());
    const first = await getDraft(teacher, draftId);
    const saved = await saveDraft(teacher, draftId, { draft: { ...first.draft, reading: { ...first.draft.reading, title: "Tab one" } }, revision: first.revision });
    expect(saved.revision).toBe(first.revision + 1);
    await expect(saveDraft(teacher, draftId, { draft: { ...first.draft, reading: { ...first.draft.reading, title: "Tab two" } }, revision: first.revision })).rejects.toMatchObject({
      code: "conflict",
    });
    expect((await getDraft(teacher, draftId)).draft.reading.title).toBe("Tab one");
  });

  it("gives an imported draft a slug no reading uses yet", async () => {
    const teacher = await createUser("teacher");
    const first = await getDraft(teacher, await createDraftFromImport(teacher, tiny()));
    const second = await getDraft(teacher, await createDraftFromImport(teacher, tiny()));
    expect(second.slug).not.toBe(first.slug);
  });

  it("publishes a draft that passes the checks, lists what stops one that does not, and publishes an edit as a new version", async () => {
    const teacher = await createUser("teacher");
    const draftId = await createDraftFromImport(teacher, { ...tiny(), author: "" });
    await expect(publishDraft(teacher, draftId)).rejects.toMatchObject({ code: "invalid", fieldErrors: { file: [expect.stringContaining("author")] } });
    expect(await db.reading.count({ where: { ownerId: teacher.id } })).toBe(0);
    await saveWhole(teacher, draftId, (draft) => {
      draft.reading.author = "Ada Author";
      draft.questions = tinyQuestions().questions as Question[];
    });
    const published = await publishDraft(teacher, draftId);
    expect(published).toMatchObject({ slug: (await getDraft(teacher, draftId)).slug, created: true });
    const stored = await storedBundle({ slug: published.slug, ownerId: teacher.id });
    expect((stored!.bundle.reading as Reading).published).toBe(true);

    // "Edit" on the reading reopens this draft rather than making another.
    expect(await openDraftOfReading(teacher, published.slug)).toBe(draftId);
    await saveWhole(teacher, draftId, (draft) => {
      draft.reading.paragraphs[0]!.sentences[1] = "The river rose in the night.";
    });
    expect(await publishDraft(teacher, draftId)).toMatchObject({ created: true });
    expect(await db.readingVersion.count({ where: { reading: { slug: published.slug } } })).toBe(2);
  });

  it("opens a draft of the current version of the teacher's own reading, and of nobody else's", async () => {
    const [owner, other] = [await createUser("teacher"), await createUser("teacher")];
    const published = await publishDraft(owner, await createDraftFromImport(owner, tiny()).then(async (id) => {
      await saveWhole(owner, id, (draft) => {
        draft.questions = tinyQuestions().questions as Question[];
      });
      return id;
    }));
    await db.readingDraft.deleteMany({ where: { ownerId: owner.id } });
    const reopened = await getDraft(owner, await openDraftOfReading(owner, published.slug));
    expect(reopened.draft.reading.title).toBe("Rain and the Levee");
    expect(reopened.draft.questions).toHaveLength(tinyQuestions().questions.length);
    expect(reopened.editsPublished).toBe(true);
    await expect(openDraftOfReading(other, published.slug)).rejects.toMatchObject({ code: "not_found" });
  });

  it("discards a draft that was never published, and it is gone", async () => {
    const teacher = await createUser("teacher");
    const draftId = await createDraftFromImport(teacher, tiny());
    expect(await discardDraft(teacher, draftId)).toEqual({ published: false });
    await expect(getDraft(teacher, draftId)).rejects.toMatchObject({ code: "not_found" });
    expect(await listDrafts(teacher)).toEqual([]);
    await expect(discardDraft(teacher, draftId)).rejects.toMatchObject({ code: "not_found" });
  });

  it("discards only the draft of a published reading: the reading and its versions stay as published", async () => {
    const teacher = await createUser("teacher");
    const draftId = await createDraftFromImport(teacher, tiny());
    await saveWhole(teacher, draftId, (draft) => {
      draft.questions = tinyQuestions().questions as Question[];
    });
    const published = await publishDraft(teacher, draftId);
    const before = await storedBundle({ slug: published.slug, ownerId: teacher.id });
    await saveWhole(teacher, draftId, (draft) => {
      draft.reading.title = "A change never published";
    });

    expect(await discardDraft(teacher, draftId)).toEqual({ published: true });
    await expect(getDraft(teacher, draftId)).rejects.toMatchObject({ code: "not_found" });
    expect(await storedBundle({ slug: published.slug, ownerId: teacher.id })).toEqual(before);
    expect(await db.readingVersion.count({ where: { reading: { slug: published.slug } } })).toBe(1);
    // "Edit" starts again from the published version.
    const reopened = await getDraft(teacher, await openDraftOfReading(teacher, published.slug));
    expect(reopened.draft.reading.title).toBe("Rain and the Levee");
  });

  it("publishes a reading without a source link (a teacher's own text)", async () => {
    const teacher = await createUser("teacher");
    const draftId = await createDraftFromImport(teacher, { ...tiny(), sourceUrl: "" });
    expect(JSON.stringify((await getDraft(teacher, draftId)).draft)).not.toContain("sourceUrl");
    await saveWhole(teacher, draftId, (draft) => {
      draft.questions = tinyQuestions().questions as Question[];
    });
    const published = await publishDraft(teacher, draftId);
    const stored = await storedBundle({ slug: published.slug, ownerId: teacher.id });
    expect(stored!.bundle.reading).not.toHaveProperty("sourceUrl");
  });
});
