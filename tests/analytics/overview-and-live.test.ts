import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getClassOverview } from "@/lib/analytics/class-overview";
import { getLiveProgress } from "@/lib/analytics/live-progress";
import type { SessionUser } from "@/lib/auth/current-user";
import { recordChunkOpened } from "@/lib/reading/attempts";
import { ensureAttempt, openAssignmentReading } from "@/lib/reading/reader";
import { SLUG, makeClass, makeTeacher, respond, startAttempt } from "./support";

const NOW = new Date("2026-05-10T12:00:00Z");
const hours = (n: number) => new Date(NOW.getTime() + n * 3600_000);

let teacher: SessionUser;
let classId: string;
let dueSoonId: string;
let pastDueId: string;
let student: Record<string, string>;

beforeAll(async () => {
  teacher = await makeTeacher();
  // The class's first assignment is due in 24 hours: near enough to flag students who have not started.
  const { classroom, students, assignment } = await makeClass(teacher, ["Ana", "Bo", "Cy", "Di"], { dueAt: hours(24) });
  classId = classroom.id;
  dueSoonId = assignment.id;
  student = Object.fromEntries(students.map((s) => [s.displayName, s.id]));
  const pastDue = await db.assignment.create({ data: { classroomId: classId, readingSlug: SLUG, dueAt: hours(-48) } });
  pastDueId = pastDue.id;

  // Ana: low score (1 of 4) and sure of three wrong answers.
  const ana = await startAttempt(student.Ana!, dueSoonId, { currentChunkId: "c2", lastActiveAt: hours(-0.01) });
  await respond(ana.id, "q-single", { optionId: "b" }, 0, { confidence: 3 });
  await respond(ana.id, "q-multi", { optionIds: ["c"] }, 0, { confidence: 3 });
  await respond(ana.id, "q-tf", { value: false, whyOptionId: "w2" }, 0, { confidence: 3 });
  await respond(ana.id, "q-evidence", { sentenceIds: ["p02.s1"] }, 1, { confidence: 1 });
  // Bo: doing well (every question right, the written one graded in full), finished, late on the past-due one.
  const bo = await startAttempt(student.Bo!, dueSoonId, { submittedAt: hours(-1), currentChunkId: "c2", lastActiveAt: hours(-1) });
  for (const q of ["q-single", "q-multi", "q-tf", "q-evidence", "q-order", "q-match"] as const) await respond(bo.id, q, {}, 1, { confidence: 3 });
  await respond(bo.id, "q-written", { text: "All of it." }, 3, { status: "graded" });
  await startAttempt(student.Bo!, pastDueId, { submittedAt: hours(-1), late: true });
  // Cy: opened the reading (an attempt) but answered nothing; idle for an hour.
  await startAttempt(student.Cy!, dueSoonId, { currentChunkId: "c1", lastActiveAt: hours(-1) });
  // Di: nothing at all.
});

describe("getClassOverview", () => {
  it("gives each assignment's completion, average, late and missing work", async () => {
    const overview = await getClassOverview(teacher, classId, NOW);
    expect(overview.enrolled).toBe(4);
    const soon = overview.assignments.find((a) => a.id === dueSoonId)!;
    expect(soon).toMatchObject({ started: 2, finished: 1, late: 0, missing: 0, completion: 0.25, title: "A Test Reading for Dashboards" });
    expect(soon.averageScore).toBeCloseTo((1 / 4 + 1) / 2, 6);
    const past = overview.assignments.find((a) => a.id === pastDueId)!;
    // Bo submitted it blank: once submitted, unanswered questions count as 0.
    expect(past).toMatchObject({ finished: 1, late: 1, missing: 3, averageScore: 0 });
  });

  it("flags students for attention, with the reason", async () => {
    const overview = await getClassOverview(teacher, classId, NOW);
    const reasons = Object.fromEntries(
      overview.attention.map((entry) => [entry.displayName, entry.flags.map((flag) => `${flag.kind}@${flag.assignmentId === dueSoonId ? "soon" : "past"}`).sort()]),
    );
    expect(reasons).toEqual({
      Ana: ["confident-wrong@soon", "low-score@soon", "missing@past"],
      Cy: ["missing@past", "not-started@soon"],
      Di: ["missing@past", "not-started@soon"],
    });
    const ana = overview.attention.find((entry) => entry.displayName === "Ana")!;
    expect(ana.flags.find((flag) => flag.kind === "low-score")!.value).toBeCloseTo(0.25, 6);
    expect(ana.flags.find((flag) => flag.kind === "confident-wrong")!.value).toBe(3);
  });
});

describe("getLiveProgress", () => {
  it("says who is on which chunk, how far along and how well, read fresh from the database", async () => {
    const live = await getLiveProgress(teacher, dueSoonId, NOW);
    const byName = Object.fromEntries(live.students.map((s) => [s.displayName, s]));
    expect(byName.Ana).toMatchObject({ state: "reading", chunkId: "c2", chunkNumber: 2, answered: 4, score: { earned: 1, possible: 4, percent: 25 } });
    expect(byName.Bo).toMatchObject({ state: "finished", answered: 7, score: { earned: 9, possible: 9, percent: 100 } });
    expect(byName.Cy).toMatchObject({ state: "idle", chunkId: "c1", answered: 0, score: { percent: null } });
    expect(byName.Di).toMatchObject({ state: "not-started", chunkId: null });
    expect(live.chunks.map((chunk) => [chunk.id, chunk.readers])).toEqual([
      ["c1", 1],
      ["c2", 1],
    ]);

    // A student opens the next chunk (before answering anything there): the next read shows it, nothing cached in between.
    const cy: SessionUser = { id: student.Cy!, role: "student", displayName: "Cy" };
    await recordChunkOpened(await ensureAttempt((await openAssignmentReading(cy, dueSoonId))!), "c2", NOW);
    const later = await getLiveProgress(teacher, dueSoonId, NOW);
    expect(later.students.find((s) => s.displayName === "Cy")).toMatchObject({ state: "reading", chunkId: "c2" });
    expect(later.chunks.map((chunk) => chunk.readers)).toEqual([0, 2]);
  });
});

describe("getClassOverview with two students of the same name", () => {
  it("names the flagged students with their usernames", async () => {
    const { classroom, students } = await makeClass(teacher, ["Sam Lee", "Sam Lee", "Zoe"], { dueAt: hours(-24) });
    const overview = await getClassOverview(teacher, classroom.id, NOW);
    expect(overview.attention.map((entry) => entry.displayName).sort()).toEqual(
      [`Sam Lee (${students[0]!.username})`, `Sam Lee (${students[1]!.username})`, "Zoe"].sort(),
    );
  });
});
