/**
 * `npm run db:check-tallies` (lib/analytics/tally-check.ts) and the
 * recorded, resumable first count of the tallies that `npm run db:migrate`
 * runs (lib/db/maintenance.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkTallies } from "@/lib/analytics/tally-check";
import { COUNT_EXISTING_WORK_STEP } from "@/lib/tallied/tallies";
import { db } from "@/lib/db/client";
import { runMaintenanceSteps } from "@/lib/db/maintenance";
import { makeClass, makeTeacher, respond, startAttempt } from "./support";

let assignmentIds: string[];
let attemptIds: string[];

beforeAll(async () => {
  const teacher = await makeTeacher();
  assignmentIds = [];
  attemptIds = [];
  for (let i = 0; i < 3; i++) {
    const { assignment, students } = await makeClass(teacher, ["Ann", "Ben"]);
    assignmentIds.push(assignment.id);
    for (const [j, student] of students.entries()) {
      const attempt = await startAttempt(student.id, assignment.id, { submittedAt: new Date() });
      attemptIds.push(attempt.id);
      await respond(attempt.id, "q-single", { optionId: j ? "b" : "a" }, j ? 0 : 1, { confidence: 3 });
      // Ben's written answer awaits review: it counts in the attempt's pendingMax.
      await respond(attempt.id, "q-written", { text: `Answer ${j}` }, j ? null : 2);
    }
  }
  assignmentIds.sort();
});

/** Empties every tally, as stored work was before the tallies existed. */
async function forgetTallies() {
  await db.answerTally.deleteMany();
  await db.questionTally.deleteMany();
  await db.attempt.updateMany({ data: { answeredCount: 0, scoredCount: 0, points: 0, scoredMax: 0, pendingMax: 0, confidentWrongCount: 0 } });
}

describe("checkTallies", () => {
  it("finds nothing when the tallies were kept at write time", async () => {
    expect(await checkTallies(db)).toEqual({ assignments: 3, differences: [] });
  });

  it("lists each number that differs from a recount, with where it is kept", async () => {
    const [first] = assignmentIds;
    const attempt = await db.attempt.findFirstOrThrow({ where: { assignmentId: first } });
    await db.attempt.update({ where: { id: attempt.id }, data: { points: { increment: 1 } } });
    await db.answerTally.update({
      where: { assignmentId_questionId_answer: { assignmentId: first!, questionId: "q-written", answer: "" } },
      data: { count: { increment: 2 } },
    });
    const { differences } = await checkTallies(db);
    expect(differences).toEqual(
      expect.arrayContaining([
        { assignmentId: first, table: "Attempt", row: attempt.id, field: "points", stored: attempt.points + 1, recounted: attempt.points },
        { assignmentId: first, table: "AnswerTally", row: 'q-written answer ""', field: "count", stored: 4, recounted: 2 },
      ]),
    );
    // The correlation sums use the attempt's recounted points, so only what was changed differs.
    expect(differences).toHaveLength(2);
  });
});

describe("the tallies' first count, run by db:migrate", () => {
  it("counts stored work once, resumes after the last assignment done when stopped, and then never runs again", async () => {
    await forgetTallies();
    await db.maintenanceStep.deleteMany();
    expect((await checkTallies(db)).differences.length).toBeGreaterThan(0);

    // Stopped (a crash) while counting the second assignment.
    const counted: string[] = [];
    const crashing = {
      ...COUNT_EXISTING_WORK_STEP,
      doItem: async (database: typeof db, id: string) => {
        if (counted.length === 1) throw new Error("killed");
        counted.push(id);
        await COUNT_EXISTING_WORK_STEP.doItem(database, id);
      },
    };
    await expect(runMaintenanceSteps(db, [crashing])).rejects.toThrow("killed");
    expect(await db.maintenanceStep.findUnique({ where: { name: COUNT_EXISTING_WORK_STEP.name } })).toMatchObject({
      cursor: assignmentIds[0],
      finishedAt: null,
    });

    const resumed: string[] = [];
    const recorded = {
      ...COUNT_EXISTING_WORK_STEP,
      doItem: async (database: typeof db, id: string) => {
        resumed.push(id);
        await COUNT_EXISTING_WORK_STEP.doItem(database, id);
      },
    };
    expect(await runMaintenanceSteps(db, [recorded])).toEqual([COUNT_EXISTING_WORK_STEP.name]);
    expect(resumed).toEqual(assignmentIds.slice(1));
    expect(await checkTallies(db)).toEqual({ assignments: 3, differences: [] });

    expect(await runMaintenanceSteps(db, [recorded])).toEqual([]);
    expect(resumed).toHaveLength(2);
  });
});
