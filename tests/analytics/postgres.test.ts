/**
 * The dashboards' SQL is written once for both providers: the same fixtures
 * and figures as the SQLite tests, run against a real PostgreSQL server.
 * The shared client is created from DATABASE_URL on first import, so the
 * modules are imported only after the URL points at the throwaway database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/current-user";
import { appDatabaseOnThrowawayPostgres } from "../support/postgres";

let cleanUp: (() => Promise<void>) | undefined;
let teacher: SessionUser;
let ids: { classId: string; assignmentId: string; ana: string; written: string };

beforeAll(async () => {
  cleanUp = await appDatabaseOnThrowawayPostgres();
  const { makeClass, makeTeacher, readFor, respond, startAttempt } = await import("./support");

  teacher = await makeTeacher("Ms. Pg");
  const { classroom, students, assignment } = await makeClass(teacher, ["Ana", "Bo, \"B\"", "Cy"], { dueAt: new Date(Date.now() - 3600_000) });
  const ana = await startAttempt(students[0]!.id, assignment.id, { submittedAt: new Date(), late: true, currentChunkId: "c2" });
  await respond(ana.id, "q-single", { optionId: "b" }, 0, { confidence: 3 });
  await respond(ana.id, "q-multi", { optionIds: ["c"] }, 0, { confidence: 3 });
  await respond(ana.id, "q-tf", { value: false, whyOptionId: "w2" }, 0, { confidence: 3 });
  const written = await respond(ana.id, "q-written", { text: "Partly." }, null);
  const bo = await startAttempt(students[1]!.id, assignment.id, { submittedAt: new Date() });
  await respond(bo.id, "q-single", { optionId: "a" }, 1);
  await respond(bo.id, "q-multi", { optionIds: ["a", "b"] }, 1);
  await respond(bo.id, "q-tf", { value: true, whyOptionId: "w2" }, 0.5);
  await readFor(bo, "c1", 90_000);
  ids = { classId: classroom.id, assignmentId: assignment.id, ana: students[0]!.id, written: written.id };
}, 120_000);

afterAll(async () => {
  await cleanUp?.();
});

describe("dashboards on PostgreSQL", () => {
  it("assignment report: totals, sorting and time on task", async () => {
    const { getAssignmentReport } = await import("@/lib/analytics/assignment-report");
    const report = await getAssignmentReport(teacher, ids.assignmentId, { sort: "score", direction: "desc" });
    expect(report.summary).toMatchObject({ enrolled: 3, started: 2, finished: 2, late: 1, missing: 1, awaitingReview: 1 });
    // Both submitted: Ana 0 of 6 (her written answer, worth 3, awaits review and is left out), Bo 2.5 of 9.
    expect(report.summary.averageScore).toBeCloseTo((0 + 2.5 / 9) / 2, 6);
    expect(report.students.map((row) => row.displayName)).toEqual(["Bo, \"B\"", "Ana", "Cy"]);
    expect(report.students[0]).toMatchObject({ visibleMs: 90_000, answered: 3, score: { earned: 2.5, possible: 9, percent: 27.8 } });
    expect(report.students[1]!.score).toEqual({ earned: 0, possible: 6, pendingPoints: 3, pendingCount: 1, percent: 0 });
    expect(report.students[1]!.lastActiveAt).toBeInstanceOf(Date);
  });

  it("item analysis: answer counts, and r per question over the 2 finished students", async () => {
    const { getItemAnalysis } = await import("@/lib/analytics/item-analysis");
    const analysis = await getItemAnalysis(teacher, ids.assignmentId);
    expect(analysis.finished).toBe(2);
    const single = analysis.questions.find((item) => item.question.id === "q-single")!.stats;
    expect(single.discrimination.index).toBeCloseTo(1, 6);
    expect(single.options.map((option) => option.count)).toEqual([1, 1, 0]);
    const tf = analysis.questions.find((item) => item.question.id === "q-tf")!.stats;
    // Ana 0 of 0.5 with 0 on the rest, Bo 0.5 with 2 on the rest: two points on a rising line.
    expect(tf.discrimination.index).toBeCloseTo(1, 6);
  });

  it("class overview, live progress, gradebook and grading", async () => {
    const { getClassOverview } = await import("@/lib/analytics/class-overview");
    const overview = await getClassOverview(teacher, ids.classId);
    expect(overview.assignments[0]).toMatchObject({ started: 2, finished: 2, late: 1, missing: 1 });
    expect(overview.attention.map((entry) => [entry.displayName, entry.flags.map((flag) => flag.kind).sort()])).toEqual([
      ["Ana", ["confident-wrong", "low-effort-writing", "low-score"]],
      ["Bo, \"B\"", ["low-score"]],
      ["Cy", ["missing"]],
    ]);

    const { getLiveProgress } = await import("@/lib/analytics/live-progress");
    const live = await getLiveProgress(teacher, ids.assignmentId);
    expect(live.students.map((s) => s.state)).toEqual(["finished", "finished", "not-started"]);

    const { gradebookCsv } = await import("@/lib/export/gradebook");
    const { csv } = await gradebookCsv(teacher, ids.assignmentId);
    expect(csv).toContain('"Bo, ""B""",');
    expect(csv).toMatch(/\r\nAna,s-[^,]+,0,0,0,,,,,0,6,0,1,3,submitted,yes,[-0-9T:+]+\r\n/);

    const { gradeWrittenAnswer } = await import("@/lib/grading/grade");
    const grade = await gradeWrittenAnswer(teacher, { responseId: ids.written, criteria: { claim: 1, evidence: 1 }, comment: "ok" });
    expect(grade).toMatchObject({ score: 2, revision: 1 });
    const { getGradingQueue } = await import("@/lib/grading/queue");
    const queue = await getGradingQueue(teacher, ids.assignmentId);
    expect(queue.questions[0]).toMatchObject({ graded: 1, awaiting: 0 });
  });
});
