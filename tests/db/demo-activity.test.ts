/**
 * The demo shows the product: with the readings in content/, the simulated
 * class has work on every dashboard (submitted, in progress, late, missing,
 * written answers graded and waiting, a rapid guesser), the demo students'
 * own class stays untouched for the browser tests, the learner has a review
 * history, and seeding again adds nothing.
 */
import { describe, expect, it } from "vitest";
import { getAssignmentReport } from "@/lib/analytics/assignment-report";
import { getClassOverview } from "@/lib/analytics/class-overview";
import { rebuildTallies } from "@/lib/tallied/tallies";
import { listReadings } from "@/lib/content/load";
import { db } from "@/lib/db/client";
import { SIMULATED_STUDENTS } from "@/lib/db/demo-activity";
import { DEMO_ACTIVE_CLASS, DEMO_CLASS, DEMO_LEARNER, DEMO_TEACHER, seedDemo } from "@/lib/db/seed";

async function counts() {
  return {
    attempts: await db.attempt.count(),
    responses: await db.response.count(),
    revisions: await db.gradeRevision.count(),
    events: await db.readingEvent.count(),
    cards: await db.reviewCard.count(),
    logs: await db.reviewLog.count(),
  };
}

describe("demo activity", () => {
  it("gives every dashboard something to show, through the app's grading, once", async () => {
    const slugs = (await listReadings()).map((reading) => reading.slug);
    await seedDemo(db, slugs);
    const first = await counts();

    const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER.email } });
    const viewer = { id: teacher.id, role: "teacher" as const, displayName: teacher.displayName };
    const active = await db.classroom.findUniqueOrThrow({ where: { joinCode: DEMO_ACTIVE_CLASS.joinCode } });
    const quiet = await db.classroom.findUniqueOrThrow({ where: { joinCode: DEMO_CLASS.joinCode } });
    expect(await db.attempt.count({ where: { assignment: { classroomId: quiet.id } } })).toBe(0);

    for (const assignment of await db.assignment.findMany({ where: { classroomId: active.id } })) {
      const report = await getAssignmentReport(viewer, assignment.id);
      const withPlan = SIMULATED_STUDENTS.filter((student) => student.plan);
      expect(report.summary).toMatchObject({ enrolled: SIMULATED_STUDENTS.length, started: withPlan.length, late: 1, pastDue: true });
      expect(report.summary.finished).toBe(withPlan.filter((student) => student.plan!.submitted).length);
      expect(report.summary.missing).toBeGreaterThan(0);
      expect(report.summary.averageScore).toBeGreaterThan(0.3);
      expect(report.summary.averageScore).toBeLessThan(0.9);
      // Strong readers outscore struggling ones; the guesser reads nothing.
      const row = (username: string) => report.students.find((student) => student.username === username)!;
      expect(row("amara.o").score.percent!).toBeGreaterThan(row("omar.f").score.percent!);
      expect(row("tyler.j").visibleMs).toBeLessThan(row("amara.o").visibleMs / 10);
      const hasWritten = report.students.some((student) => student.awaitingReview > 0);
      const written = await db.response.count({ where: { attempt: { assignmentId: assignment.id }, gradeId: { not: null } } });
      if (hasWritten) expect(written).toBeGreaterThan(0);
    }
    const overview = await getClassOverview(viewer, active.id);
    const flagged = (kind: string) =>
      overview.attention.filter((entry) => entry.flags.some((flag) => flag.kind === kind)).map((entry) => entry.displayName);
    // The one who clicked the first option without reading is flagged, and no one else is.
    const guesser = SIMULATED_STUDENTS.find((student) => student.plan?.profile === "guesser")!.displayName;
    expect(flagged("rapid")).toEqual([guesser]);
    // Always the first option shown (each attempt shuffles its own), and "idk" for every written answer.
    expect(flagged("first-position")).toContain(guesser);
    expect(flagged("low-effort-writing")).toContain(guesser);
    expect(flagged("missing").length).toBeGreaterThan(0);
    expect(flagged("low-score").length).toBeGreaterThan(0);

    // The totals the seed counted are those the app keeps: a recount changes nothing.
    const before = await db.attempt.findMany({ select: { id: true, points: true, scoredMax: true, pendingMax: true, answeredCount: true }, orderBy: { id: "asc" } });
    for (const assignment of await db.assignment.findMany()) await rebuildTallies(assignment.id);
    expect(await db.attempt.findMany({ select: { id: true, points: true, scoredMax: true, pendingMax: true, answeredCount: true }, orderBy: { id: "asc" } })).toEqual(before);

    const learner = await db.user.findUniqueOrThrow({ where: { email: DEMO_LEARNER.email } });
    expect(await db.reviewCard.count({ where: { userId: learner.id } })).toBeGreaterThan(0);
    expect(await db.reviewLog.count({ where: { card: { userId: learner.id } } })).toBeGreaterThan(0);

    await seedDemo(db, slugs);
    expect(await counts()).toEqual(first);
  }, 180_000);
});
