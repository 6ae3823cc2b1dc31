/**
 * The reading store on PostgreSQL, as several app instances use it: two
 * instances storing the same changed folder at once make one version, one
 * instance sees another's publish at once (nothing current is cached), and
 * a teacher's reading stays private until shared. Modules are imported after
 * DATABASE_URL points at the throwaway database.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tinyQuestions, tinyReading } from "@/lib/content/__fixtures__/tiny-reading";
import { appDatabaseOnThrowawayPostgres } from "../support/postgres";

let cleanUp: (() => Promise<void>) | undefined;

beforeAll(async () => {
  cleanUp = await appDatabaseOnThrowawayPostgres();
});

afterAll(async () => {
  await cleanUp?.();
});

function folderWith(slug: string, lastSentence: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-pg-content-"));
  const reading = { ...tinyReading(), slug };
  reading.paragraphs[0]!.sentences[1] = lastSentence;
  fs.mkdirSync(path.join(dir, slug));
  fs.writeFileSync(path.join(dir, slug, "reading.json"), JSON.stringify(reading));
  fs.writeFileSync(path.join(dir, slug, "questions.json"), JSON.stringify(tinyQuestions()));
  return dir;
}

describe("readings on PostgreSQL", () => {
  it("stores the built-in library once, even when two instances store a changed folder at the same moment", async () => {
    const { db, createDatabase } = await import("@/lib/db/client");
    const { syncBuiltInLibrary, getReading } = await import("@/lib/content/load");
    expect((await syncBuiltInLibrary(db)).every((outcome) => !outcome.created)).toBe(true);

    const instances = [createDatabase(process.env.DATABASE_URL), createDatabase(process.env.DATABASE_URL)];
    try {
      await syncBuiltInLibrary(instances[0], folderWith("tiny-pg", "The river rose."));
      const changed = folderWith("tiny-pg", "The river rose in the night.");
      const outcomes = await Promise.all(instances.map((instance) => syncBuiltInLibrary(instance, changed)));
      expect(outcomes.flat().filter((outcome) => outcome.created)).toHaveLength(1);
      expect(new Set(outcomes.flat().map((outcome) => outcome.version)).size).toBe(1);
      expect(await db.readingVersion.count({ where: { reading: { slug: "tiny-pg" } } })).toBe(2);
      expect((await getReading("tiny-pg"))!.paragraphs[0]!.sentences[1]).toBe("The river rose in the night.");
    } finally {
      await Promise.all(instances.map((instance) => instance.$disconnect()));
    }
  });

  it("shows another instance's publish at once, keeps old versions, and keeps a teacher's reading private until shared", async () => {
    const { db, createDatabase } = await import("@/lib/db/client");
    const { getReading, listReadings } = await import("@/lib/content/load");
    const { publishReadingVersion, shareReading } = await import("@/lib/content/library");
    const { visibleReadings } = await import("@/lib/auth/scopes");
    const user = async (role: "teacher" | "learner") => {
      const row = await db.user.create({ data: { role, displayName: role, email: `${role}-${Math.random()}@example.org` } });
      return { id: row.id, role, displayName: row.displayName } as const;
    };
    const [owner, other] = [await user("teacher"), await user("teacher")];

    const first = await publishReadingVersion(owner, "tiny-teacher", { reading: { ...tinyReading(), slug: "tiny-teacher" }, questions: tinyQuestions() });
    expect((await getReading("tiny-teacher"))!.version).toBe(first.version);
    // Another instance (its own client) publishes a new version: this one sees it on its next lookup.
    const otherInstance = createDatabase(process.env.DATABASE_URL);
    try {
      const edited = { ...tinyReading(), slug: "tiny-teacher", title: "The Levee, revised" };
      const { saveVersion, validateBundle } = await import("@/lib/content/store");
      const bundle = { reading: edited, questions: tinyQuestions() };
      const second = await saveVersion(otherInstance, bundle, validateBundle(bundle).loaded!, { ownerId: owner.id, sharedWithServer: false }, owner.id);
      expect((await getReading("tiny-teacher"))!.title).toBe("The Levee, revised");
      expect((await getReading("tiny-teacher", first.version))!.title).toBe("A Tiny Reading");
      expect(second.version).not.toBe(first.version);
    } finally {
      await otherInstance.$disconnect();
    }

    const seenBy = async (teacher: typeof owner) => (await listReadings(visibleReadings(teacher))).map((reading) => reading.slug);
    expect(await seenBy(owner)).toContain("tiny-teacher");
    expect(await seenBy(other)).not.toContain("tiny-teacher");
    await shareReading(owner, "tiny-teacher", true);
    expect(await seenBy(other)).toContain("tiny-teacher");
  });
});
