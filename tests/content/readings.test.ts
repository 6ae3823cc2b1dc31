/**
 * Readings in the database: the built-in library stored idempotently, a
 * teacher's readings versioned (old attempts keep grading against theirs,
 * reports name the versions), visible only to their owner until shared, and
 * carried to another server as one file without losing anything.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getAssignmentReport } from "@/lib/analytics/assignment-report";
import { createAssignment } from "@/lib/assignments/mutations";
import { visibleReadings } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { tinyQuestions, tinyReading } from "@/lib/content/__fixtures__/tiny-reading";
import { bundleToFile } from "@/lib/content/bundle-file";
import { exportReadingFile, importReadingFile, listServerLibrary, publishReadingVersion, shareReading } from "@/lib/content/library";
import { getQuestions, getReading, listReadings, loadContent, syncBuiltInLibrary } from "@/lib/content/load";
import { storedBundle, type ReadingBundle } from "@/lib/content/store";
import { db } from "@/lib/db/client";
import { submitResponse } from "@/lib/reading/answering";
import { ensureAttempt, openAssignmentReading, openPracticeReading } from "@/lib/reading/reader";
import { createUser } from "../reading/support";
import { asShown } from "../support/shown-answers";

type TinyReading = ReturnType<typeof tinyReading>;
type TinyQuestions = ReturnType<typeof tinyQuestions>;

function bundleOf(slug: string, change?: (reading: TinyReading & { rights?: unknown }, questions: TinyQuestions) => void): ReadingBundle {
  const reading = { ...tinyReading(), slug };
  const questions = tinyQuestions();
  change?.(reading, questions);
  return { reading, questions };
}

const openRights = (reading: { rights?: unknown }) => {
  reading.rights = { holder: "Public domain", licence: "public-domain", sourceUrl: "https://example.org/levee", note: "Written for these tests." };
};

async function classOf(teacher: SessionUser, students: SessionUser[]) {
  const classroom = await db.classroom.create({ data: { teacherId: teacher.id, name: "Period 1", joinCode: `V${Date.now()}${Math.random()}` } });
  for (const student of students) await db.enrollment.create({ data: { classroomId: classroom.id, studentId: student.id } });
  return classroom;
}

const SETTINGS = { dueAt: null, feedbackMode: "immediate", unlockInOrder: false, allowPractice: false, attemptsAllowed: 1 } as const;

async function answerSingle(student: SessionUser, attemptId: string, slug: string, version: string, optionId: string) {
  const question = getQuestions((await getReading(slug, version))!).find((q) => q.id === "q-single")!;
  const answer = await asShown(attemptId, question, { optionId });
  return submitResponse(student, attemptId, { questionId: "q-single", answer, confidence: 2, idempotencyKey: `${attemptId}-single` });
}

const fileOf = (bytes: Uint8Array, name = "reading.closeread.zip") => new File([Buffer.from(bytes)], name, { type: "application/zip" });

describe("the built-in library", () => {
  it("stores a folder once, a changed folder as a new version, and a reverted one as its old version again", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-sync-"));
    const write = (bundle: ReadingBundle) => {
      fs.mkdirSync(path.join(dir, "tiny-sync"), { recursive: true });
      fs.writeFileSync(path.join(dir, "tiny-sync", "reading.json"), JSON.stringify(bundle.reading, null, 2));
      fs.writeFileSync(path.join(dir, "tiny-sync", "questions.json"), JSON.stringify(bundle.questions));
    };
    const versions = () => db.readingVersion.count({ where: { reading: { slug: "tiny-sync" } } });
    write(bundleOf("tiny-sync"));
    const [first] = await syncBuiltInLibrary(db, dir);
    expect(first).toMatchObject({ slug: "tiny-sync", created: true });
    expect(await syncBuiltInLibrary(db, dir)).toEqual([{ ...first, created: false }]);
    expect(await versions()).toBe(1);
    expect(await db.reading.findUnique({ where: { slug: "tiny-sync" } })).toMatchObject({ ownerId: null, sharedWithServer: true });

    write(bundleOf("tiny-sync", (reading) => (reading.paragraphs[0]!.sentences[1] = "The river rose in the night.")));
    const [second] = await syncBuiltInLibrary(db, dir);
    expect(second).toMatchObject({ created: true });
    expect(second!.version).not.toBe(first!.version);
    expect(await versions()).toBe(2);
    expect((await getReading("tiny-sync"))!.version).toBe(second!.version);
    expect((await getReading("tiny-sync", first!.version))!.paragraphs[0]!.sentences[1]).toBe("The river rose.");

    write(bundleOf("tiny-sync"));
    expect(await syncBuiltInLibrary(db, dir)).toEqual([{ ...first, created: false }]);
    expect(await versions()).toBe(2);
    expect((await getReading("tiny-sync"))!.version).toBe(first!.version);
  });

  it("changes nothing when content/ is unchanged (as db:migrate runs it on every start)", async () => {
    const before = await db.readingVersion.count();
    const outcomes = await syncBuiltInLibrary(db);
    expect(outcomes.map((outcome) => outcome.slug).sort()).toEqual(loadContent().readings.map((entry) => entry.reading.slug).sort());
    expect(outcomes.every((outcome) => !outcome.created)).toBe(true);
    expect(await db.readingVersion.count()).toBe(before);
  });

  it("refuses a folder whose slug a teacher's reading already has", async () => {
    const teacher = await createUser("teacher");
    await publishReadingVersion(teacher, "tiny-clash", bundleOf("tiny-clash"));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-clash-"));
    fs.mkdirSync(path.join(dir, "tiny-clash"));
    fs.writeFileSync(path.join(dir, "tiny-clash", "reading.json"), JSON.stringify(bundleOf("tiny-clash").reading));
    fs.writeFileSync(path.join(dir, "tiny-clash", "questions.json"), JSON.stringify(tinyQuestions()));
    await expect(syncBuiltInLibrary(db, dir)).rejects.toThrow(/a teacher's reading already has the slug "tiny-clash"/);
  });
});

describe("versions", () => {
  it("keeps each attempt on the version it was given on, for grading and the report", async () => {
    const teacher = await createUser("teacher");
    const [early, late] = [await createUser("student"), await createUser("student")];
    const v1 = await publishReadingVersion(teacher, "tiny-edited", bundleOf("tiny-edited"));
    expect(v1.created).toBe(true);
    expect(await publishReadingVersion(teacher, "tiny-edited", bundleOf("tiny-edited"))).toEqual({ ...v1, created: false });

    const classroom = await classOf(teacher, [early, late]);
    const assignment = await createAssignment(teacher, { ...SETTINGS, classId: classroom.id, readingSlug: "tiny-edited" });
    const { attempt: earlyAttempt } = await ensureAttempt((await openAssignmentReading(early, assignment.id))!);
    expect(earlyAttempt.contentVersion).toBe(v1.version);

    // The teacher changes the key: "b" is now right.
    const v2 = await publishReadingVersion(teacher, "tiny-edited", bundleOf("tiny-edited", (_, questions) => ((questions.questions[0] as { answer: string }).answer = "b")));
    expect(v2).toMatchObject({ created: true });
    expect(v2.version).not.toBe(v1.version);

    // The early student's attempt is still graded against version 1 ("a" right); the late student's against version 2.
    expect((await openAssignmentReading(early, assignment.id))!.reading.version).toBe(v1.version);
    const earlyResult = await answerSingle(early, earlyAttempt.id, "tiny-edited", v1.version, "a");
    expect(earlyResult.response.score).toBe(1);
    const { attempt: lateAttempt } = await ensureAttempt((await openAssignmentReading(late, assignment.id))!);
    expect(lateAttempt.contentVersion).toBe(v2.version);
    const lateResult = await answerSingle(late, lateAttempt.id, "tiny-edited", v2.version, "a");
    expect(lateResult.response.score).toBe(0);

    // Stored versions: only the two; their authors recorded.
    expect(await db.readingVersion.findMany({ where: { reading: { slug: "tiny-edited" } }, select: { createdById: true } })).toEqual([
      { createdById: teacher.id },
      { createdById: teacher.id },
    ]);

    const report = await getAssignmentReport(teacher, assignment.id);
    expect(report.versions.map((use) => use.attempts)).toEqual([1, 1]);
    // Both made today: told apart by the time ("version of Mon, Dec 7, 1:40 AM").
    expect(report.versions.every((use) => /^version of .*\d:\d\d/.test(use.label))).toBe(true);
    expect(new Set(report.versions.map((use) => use.label)).size).toBe(2);
    const byStudent = new Map(report.students.map((row) => [row.studentId, row.version]));
    expect(byStudent.get(early.id)).toBe(report.versions[0]!.label);
    expect(byStudent.get(late.id)).toBe(report.versions[1]!.label);
  });

  it("names no version in a report whose attempts all share one", async () => {
    const teacher = await createUser("teacher");
    const student = await createUser("student");
    await publishReadingVersion(teacher, "tiny-steady", bundleOf("tiny-steady"));
    const classroom = await classOf(teacher, [student]);
    const assignment = await createAssignment(teacher, { ...SETTINGS, classId: classroom.id, readingSlug: "tiny-steady" });
    await ensureAttempt((await openAssignmentReading(student, assignment.id))!);
    const report = await getAssignmentReport(teacher, assignment.id);
    expect(report.versions).toEqual([]);
    expect(report.students[0]!.version).toBeNull();
  });

  it("refuses a version that fails the content checks, with the checker's messages, and stores nothing", async () => {
    const teacher = await createUser("teacher");
    const broken = bundleOf("tiny-broken", (reading) => (reading.chunks[1]!.paragraphIds = ["p03"]));
    await expect(publishReadingVersion(teacher, "tiny-broken", broken)).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { file: expect.arrayContaining([expect.stringContaining("reading.json: p04: is in no chunk")]) },
    });
    expect(await db.reading.count({ where: { slug: "tiny-broken" } })).toBe(0);
  });
});

describe("who sees a teacher's reading", () => {
  it("only its owner until shared; then every teacher, and self-study only when its rights allow", async () => {
    const [ownerA, teacherB] = [await createUser("teacher"), await createUser("teacher")];
    const [studentOfB, learner] = [await createUser("student"), await createUser("learner")];
    await publishReadingVersion(ownerA, "tiny-private", bundleOf("tiny-private", openRights));
    const slugsSeenBy = async (user: SessionUser) => (await listReadings(visibleReadings(user))).map((reading) => reading.slug);

    expect(await slugsSeenBy(ownerA)).toContain("tiny-private");
    expect(await slugsSeenBy(teacherB)).not.toContain("tiny-private");
    expect(await slugsSeenBy(studentOfB)).not.toContain("tiny-private");
    expect(await slugsSeenBy(teacherB)).toContain("gettysburg-address");
    const classOfB = await classOf(teacherB, [studentOfB]);
    await expect(createAssignment(teacherB, { ...SETTINGS, classId: classOfB.id, readingSlug: "tiny-private" })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { readingSlug: ["Choose a reading from the list."] },
    });
    expect(await db.assignment.count({ where: { readingSlug: "tiny-private" } })).toBe(0);
    expect(await openPracticeReading(learner, "tiny-private")).toBeNull();
    expect(await openPracticeReading(studentOfB, "tiny-private")).toBeNull();

    // Only the owner may share it.
    await expect(shareReading(teacherB, "tiny-private", true)).rejects.toMatchObject({ code: "not_found" });
    await expect(shareReading(studentOfB, "tiny-private", true)).rejects.toMatchObject({ code: "forbidden" });
    await shareReading(ownerA, "tiny-private", true);
    expect(await slugsSeenBy(teacherB)).toContain("tiny-private");
    expect((await openPracticeReading(learner, "tiny-private"))?.reading.slug).toBe("tiny-private");
    await createAssignment(teacherB, { ...SETTINGS, classId: classOfB.id, readingSlug: "tiny-private" });

    // Unshared again: gone from others' lists and self-study; B's assignment made meanwhile still opens to B's class.
    await shareReading(ownerA, "tiny-private", false);
    expect(await slugsSeenBy(teacherB)).not.toContain("tiny-private");
    expect(await openPracticeReading(learner, "tiny-private")).toBeNull();
    const assignment = await db.assignment.findFirstOrThrow({ where: { readingSlug: "tiny-private" } });
    expect((await openAssignmentReading(studentOfB, assignment.id))?.reading.slug).toBe("tiny-private");
  });

  it("keeps a shared text that is not public domain out of self-study", async () => {
    const owner = await createUser("teacher");
    const learner = await createUser("learner");
    await publishReadingVersion(owner, "tiny-licensed", bundleOf("tiny-licensed"));
    await shareReading(owner, "tiny-licensed", true);
    expect(await openPracticeReading(learner, "tiny-licensed")).toBeNull();
    expect(await openPracticeReading(learner, "gettysburg-address")).not.toBeNull();
  });
});

describe("one file to another server", () => {
  it("round-trips every built-in reading byte for byte: export, import on a server without it, export again", async () => {
    const teacher = await createUser("teacher");
    for (const { reading } of loadContent().readings) {
      const stored = (await storedBundle({ slug: reading.slug }))!;
      const exported = bundleToFile(reading.slug, stored.bundle);
      // Another server: this one without the reading.
      await db.reading.delete({ where: { slug: reading.slug } });
      expect(await importReadingFile(teacher, fileOf(exported), { slug: "" })).toEqual({ slug: reading.slug, title: reading.title });
      const again = await exportReadingFile(teacher, reading.slug);
      expect(again.fileName).toBe(`${reading.slug}.closeread.zip`);
      expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(exported))).toBe(0);
      expect((await getReading(reading.slug))!.version).toBe(reading.version);
      expect(await db.reading.findUnique({ where: { slug: reading.slug } })).toMatchObject({ ownerId: teacher.id, sharedWithServer: false });
      // Back to this server's built-in reading, for the other tests.
      await db.reading.delete({ where: { slug: reading.slug } });
    }
    await syncBuiltInLibrary(db);
  });

  it("exports a teacher's own readings and the server's copyable texts, nothing else", async () => {
    const [owner, other] = [await createUser("teacher"), await createUser("teacher")];
    const student = await createUser("student");
    await publishReadingVersion(owner, "tiny-export", bundleOf("tiny-export"));
    await publishReadingVersion(owner, "tiny-export-open", bundleOf("tiny-export-open", openRights));

    expect((await exportReadingFile(owner, "tiny-export")).bytes.byteLength).toBeGreaterThan(0);
    await expect(exportReadingFile(other, "tiny-export")).rejects.toMatchObject({ code: "not_found" });
    await expect(exportReadingFile(student, "tiny-export")).rejects.toMatchObject({ code: "forbidden" });
    // Shared: the other teacher may assign it, but may copy it elsewhere only when its licence allows.
    await shareReading(owner, "tiny-export", true);
    await shareReading(owner, "tiny-export-open", true);
    await expect(exportReadingFile(other, "tiny-export")).rejects.toMatchObject({ code: "not_found" });
    expect((await exportReadingFile(other, "tiny-export-open")).fileName).toBe("tiny-export-open.closeread.zip");
    await expect(exportReadingFile(other, "why-the-taliban-wont-quit-al-qaeda")).rejects.toMatchObject({ code: "not_found" });
    await expect(exportReadingFile(other, "gettysburg-address")).resolves.toMatchObject({ fileName: "gettysburg-address.closeread.zip" });
    // The Readings page's list of the server's library: others' shared readings and the built-in ones, with what may be exported.
    const library = await listServerLibrary(other);
    expect(library.map(({ slug, exportable }) => [slug, exportable])).toEqual(
      expect.arrayContaining([
        ["gettysburg-address", true],
        ["why-the-taliban-wont-quit-al-qaeda", false],
        ["tiny-export", false],
        ["tiny-export-open", true],
      ]),
    );
    expect((await listServerLibrary(owner)).map(({ slug }) => slug)).not.toContain("tiny-export");
  });

  it("imports as the teacher's own reading, with field messages for a bad file, bad content or a taken slug", async () => {
    const [teacher, other] = [await createUser("teacher"), await createUser("teacher")];
    const student = await createUser("student");
    const file = fileOf(bundleToFile("tiny-import", bundleOf("tiny-import")));
    const readings = () => db.reading.count();
    const before = await readings();

    await expect(importReadingFile(student, file, { slug: "" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(importReadingFile(teacher, "not a file", { slug: "" })).rejects.toMatchObject({ fieldErrors: { file: [expect.stringMatching(/Choose/)] } });
    await expect(importReadingFile(teacher, fileOf(new TextEncoder().encode("hello")), { slug: "" })).rejects.toMatchObject({
      fieldErrors: { file: [expect.stringMatching(/not a zip file/)] },
    });
    const broken = fileOf(bundleToFile("tiny-import", bundleOf("tiny-import", (reading) => (reading.chunks[1]!.paragraphIds = ["p03"]))));
    await expect(importReadingFile(teacher, broken, { slug: "" })).rejects.toMatchObject({
      fieldErrors: { file: expect.arrayContaining([expect.stringContaining("reading.json: p04: is in no chunk")]) },
    });
    await expect(importReadingFile(teacher, fileOf(bundleToFile("gettysburg-address", bundleOf("gettysburg-address"))), { slug: "" })).rejects.toMatchObject({
      code: "conflict",
      fieldErrors: { slug: [expect.stringMatching(/Choose another/)] },
    });
    expect(await readings()).toBe(before);

    expect(await importReadingFile(teacher, file, { slug: "" })).toEqual({ slug: "tiny-import", title: "A Tiny Reading" });
    expect(await importReadingFile(teacher, file, { slug: "tiny-import-copy" })).toEqual({ slug: "tiny-import-copy", title: "A Tiny Reading" });
    const seenByOther = (await listReadings(visibleReadings(other))).map((reading) => reading.slug);
    expect(seenByOther).not.toContain("tiny-import");
    expect(await db.reading.findMany({ where: { slug: { startsWith: "tiny-import" } }, select: { ownerId: true }, orderBy: { slug: "asc" } })).toEqual([
      { ownerId: teacher.id },
      { ownerId: teacher.id },
    ]);
  });
});
