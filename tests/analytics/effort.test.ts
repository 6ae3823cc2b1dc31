/**
 * Rapid guessing (issue #18): a student who answers without reading is
 * flagged on the class overview and the report, by a reading-speed floor
 * over the chunks they reached; an ordinary reader is not.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getAssignmentReport } from "@/lib/analytics/assignment-report";
import { getClassOverview } from "@/lib/analytics/class-overview";
import { RAPID_READING_WPM, readingRate, wordsReached } from "@/lib/analytics/effort";
import type { SessionUser } from "@/lib/auth/current-user";
import { SLUG, makeClass, makeTeacher, readFor, respond, startAttempt, type QuestionId } from "./support";

let teacher: SessionUser;
let classId: string;
let assignmentId: string;
let ids: Record<string, string>;

const FIVE: QuestionId[] = ["q-single", "q-multi", "q-tf", "q-evidence", "q-order"];

beforeAll(async () => {
  teacher = await makeTeacher();
  const made = await makeClass(teacher, ["Gus Guesser", "Rita Reader", "Sol Short"]);
  classId = made.classroom.id;
  assignmentId = made.assignment.id;
  ids = Object.fromEntries(made.students.map((s) => [s.displayName.split(" ")[0]!, s.id]));
  const words = (await wordsReached(SLUG)).get("c2")!;
  // Gus: both chunks and five answers in a tenth of the time reading at the floor would take.
  const gus = await startAttempt(ids.Gus!, assignmentId, { currentChunkId: "c2", submittedAt: new Date() });
  for (const q of FIVE) await respond(gus.id, q, {}, 1);
  await readFor(gus, "c1", Math.round(((words / RAPID_READING_WPM) * 60_000) / 20));
  await readFor(gus, "c2", Math.round(((words / RAPID_READING_WPM) * 60_000) / 20));
  // Rita: the same answers at an ordinary 200 words per minute.
  const rita = await startAttempt(ids.Rita!, assignmentId, { currentChunkId: "c2", submittedAt: new Date() });
  for (const q of FIVE) await respond(rita.id, q, {}, 1);
  await readFor(rita, "c1", Math.round((words / 200) * 60_000));
  // Sol: fast, but only two answers: too few to judge.
  const sol = await startAttempt(ids.Sol!, assignmentId, { currentChunkId: "c1" });
  await respond(sol.id, "q-single", {}, 1);
  await respond(sol.id, "q-multi", {}, 1);
  await readFor(sol, "c1", 500);
});

describe("rapid answering", () => {
  it("is words reached over time on task, judged only after enough answers and some time", () => {
    expect(readingRate({ answered: 5, visibleMs: 60_000, words: 300 })).toBe(300);
    expect(readingRate({ answered: 4, visibleMs: 1_000, words: 300 })).toBeNull();
    expect(readingRate({ answered: 9, visibleMs: 0, words: 300 })).toBeNull();
  });

  it("flags the student who answered without reading on the class overview", async () => {
    const overview = await getClassOverview(teacher, classId);
    const flagged = overview.attention.flatMap((entry) => entry.flags.filter((flag) => flag.kind === "rapid").map(() => entry.displayName));
    expect(flagged).toEqual(["Gus Guesser"]);
    const gus = overview.attention.find((entry) => entry.displayName === "Gus Guesser")!.flags.find((flag) => flag.kind === "rapid")!;
    expect(gus.value).toBeCloseTo(RAPID_READING_WPM * 10, -2);
  });

  it("marks the row on the report, and only that one", async () => {
    const report = await getAssignmentReport(teacher, assignmentId);
    const rapid = Object.fromEntries(report.students.map((row) => [row.displayName.split(" ")[0], row.rapid]));
    expect(rapid).toEqual({ Gus: true, Rita: false, Sol: false });
    expect(report.students.find((row) => row.displayName === "Rita Reader")!.readingRate).toBeCloseTo(200, -1);
  });
});
