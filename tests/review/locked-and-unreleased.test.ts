/**
 * Review never tells what the reading still keeps back: a flashcard quotes
 * no sentence of a part locked to the learner, and the progress page's
 * mastery leaves out answers whose feedback is not released.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { syncReviewCards } from "@/lib/review/cards";
import { getReviewProgress } from "@/lib/review/progress";
import { getReviewQueue, type ReviewItem } from "@/lib/review/queue";
import { createUser, openReading, SLUG, storeResponse } from "./support";

const TZ = "UTC";
const now = new Date("2026-03-02T09:00:00Z");

/** The fixture reading with one more glossary term, used only in its second (locked) part. */
beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-review-locked-"));
  fs.cpSync(path.join(import.meta.dirname, "fixtures/content", SLUG), path.join(dir, SLUG), { recursive: true });
  const file = path.join(dir, SLUG, "reading.json");
  const reading = JSON.parse(fs.readFileSync(file, "utf8"));
  reading.glossary.push({ id: "museum", term: "museums", definition: "Places that keep things to be looked at." });
  fs.writeFileSync(file, JSON.stringify(reading));
  process.env.CONTENT_DIR = dir;
});

function flashcard(items: ReviewItem[], term: string) {
  const item = items.find((candidate) => candidate.kind === "glossary" && candidate.term === term);
  if (!item || item.kind !== "glossary") throw new Error(`no flashcard for ${term}`);
  return item;
}

describe("review and what is not open yet", () => {
  it("quotes a term only from a part the learner has open", async () => {
    const student = await createUser("student");
    // An assignment that opens parts in order, nothing answered: part 2 is locked.
    const attempt = await openReading(student.id, { feedbackMode: "immediate" });
    await syncReviewCards(student, now);
    const locked = await getReviewQueue(student, now, TZ);
    expect(flashcard(locked.items, "museums").inContext).toBeNull();
    expect(flashcard(locked.items, "wicks").inContext).toBe("Keepers trimmed the wicks every night.");
    expect(JSON.stringify(locked.items)).not.toContain("Today a few lights are museums.");

    // Every question of part 1 answered: part 2 opens, and its sentence may be quoted.
    for (const questionId of ["q-single", "q-tf", "q-evidence"]) await storeResponse(attempt.id, questionId, { score: 1 });
    expect(flashcard((await getReviewQueue(student, now, TZ)).items, "museums").inContext).toBe("Today a few lights are museums.");
  });

  it("quotes nothing from a part the teacher has not released in a live lesson, answered or not", async () => {
    const student = await createUser("student");
    const attempt = await openReading(student.id, { feedbackMode: "immediate" });
    await db.assignment.update({ where: { id: attempt.assignmentId! }, data: { unlockInOrder: false } });
    const lesson = await db.liveSession.create({ data: { assignmentId: attempt.assignmentId!, seq: 1 } });
    for (const questionId of ["q-single", "q-tf", "q-evidence"]) await storeResponse(attempt.id, questionId, { score: 1 });
    await syncReviewCards(student, now);
    expect(flashcard((await getReviewQueue(student, now, TZ)).items, "museums").inContext).toBeNull();

    // The teacher releases part 2: now it may be quoted.
    await db.liveSession.update({ where: { id: lesson.id }, data: { chunkIndex: 1, seq: 2 } });
    expect(flashcard((await getReviewQueue(student, now, TZ)).items, "museums").inContext).toBe("Today a few lights are museums.");
  });

  it("leaves answers whose feedback is not released out of mastery", async () => {
    const student = await createUser("student");
    const attempt = await openReading(student.id, { feedbackMode: "after_submit" });
    await storeResponse(attempt.id, "q-single", { score: 0 });
    expect((await getReviewProgress(student, now, TZ)).mastery).toEqual([]);

    await db.attempt.update({ where: { id: attempt.id }, data: { submittedAt: now } });
    const released = await getReviewProgress(student, now, TZ);
    expect(released.mastery[0]?.skills.find((skill) => skill.questions === 1)?.mastery).toBe(0);
  });
});
