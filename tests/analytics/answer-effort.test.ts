/**
 * Effort read from the answers (issue #18 item 3): a run of first-shown
 * options (shown as this attempt shuffled them, not as authored) and
 * "idk"-like written answers, flagged on the class overview, the report's
 * "who needs help" and rows, and in the grading queue.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { latestAttemptEffort } from "@/lib/analytics/answer-effort";
import { getAssignmentReport } from "@/lib/analytics/assignment-report";
import { getClassOverview } from "@/lib/analytics/class-overview";
import { longestRun, lowEffortWriting } from "@/lib/analytics/effort";
import type { SessionUser } from "@/lib/auth/current-user";
import { presentationOf } from "@/lib/content/presentation";
import type { Question } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { getGradingQueue } from "@/lib/grading/queue";
import { SLUG, makeClass, makeTeacher, respond, startAttempt } from "./support";
import { builtInReading } from "../support/content";

describe("the rules", () => {
  it("takes the longest run of first-shown picks", () => {
    expect(longestRun([])).toBe(0);
    expect(longestRun([true, true, false, true, true, true, false])).toBe(3);
    expect(longestRun([false, false])).toBe(0);
  });

  it("tells a refusal, a very short answer and a copied question from an answer", () => {
    const prompt = "Was the council to blame? Use the text.";
    for (const text of ["idk", "IDK.", "I don't know", "i dont know!!", "?", "??", "", "no idea", "Not sure."]) {
      expect(lowEffortWriting(text, prompt), text).toBe("refusal");
    }
    expect(lowEffortWriting("yes", prompt)).toBe("very-short");
    expect(lowEffortWriting("the council", prompt)).toBe("very-short");
    expect(lowEffortWriting("Was the council to blame?", prompt)).toBe("copied-prompt");
    expect(lowEffortWriting("was the council to blame use the text yes", prompt)).toBe("copied-prompt");
    expect(lowEffortWriting("Yes: the council ignored the flood warnings in the second paragraph.", prompt)).toBeNull();
    expect(lowEffortWriting("No, the builders cut corners.", prompt)).toBeNull();
  });
});

let teacher: SessionUser;
let classId: string;
let assignmentId: string;
let ids: Record<string, string>;
const question = (id: string) => builtInReading(SLUG).questions.find((q: Question) => q.id === id)!;

beforeAll(async () => {
  teacher = await makeTeacher();
  const made = await makeClass(teacher, ["Fay First", "Nia Noted", "Ida Idk"]);
  classId = made.classroom.id;
  assignmentId = made.assignment.id;
  ids = Object.fromEntries(made.students.map((s) => [s.displayName.split(" ")[0]!, s.id]));
  const single = question("q-single");
  const tf = question("q-tf");
  if (single.type !== "single_choice" || tf.type !== "true_false") throw new Error("fixture changed");
  // Fay picks the option her attempt showed first, twice; Nia the one shown last.
  for (const [name, at] of [["Fay", 0], ["Nia", -1]] as const) {
    const attempt = await startAttempt(ids[name]!, assignmentId, { submittedAt: new Date() });
    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { id: true, shuffleSeed: true } });
    const shown = presentationOf(stored);
    await respond(attempt.id, "q-single", { optionId: shown.order(single.id, "options", single.options).at(at)!.id }, 0);
    await respond(attempt.id, "q-tf", { value: true, whyOptionId: shown.order(tf.id, "why", tf.why.options).at(at)!.id }, 0);
    await respond(attempt.id, "q-written", { text: "The council ignored the warnings, so the dam failed in spring." }, null);
  }
  const ida = await startAttempt(ids.Ida!, assignmentId, { submittedAt: new Date() });
  await respond(ida.id, "q-written", { text: "idk" }, null);
});

describe("effort from the answers", () => {
  it("counts picks of the first option as each attempt showed it", async () => {
    const made = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    const efforts = await latestAttemptEffort(classId, [made], assignmentId);
    const run = Object.fromEntries(efforts.map((effort) => [Object.entries(ids).find(([, id]) => id === effort.userId)![0], effort.firstRun]));
    expect(run).toEqual({ Fay: 2, Nia: 0, Ida: 0 });
  });

  it("flags the 'idk' on the overview, the report and in the grading queue, and only that answer", async () => {
    const overview = await getClassOverview(teacher, classId);
    const flagged = overview.attention.flatMap((entry) => entry.flags.filter((flag) => flag.kind === "low-effort-writing").map((flag) => [entry.displayName, flag.value]));
    expect(flagged).toEqual([["Ida Idk", 1]]);

    const report = await getAssignmentReport(teacher, assignmentId);
    expect(Object.fromEntries(report.students.map((row) => [row.displayName, row.lowEffortWriting]))).toEqual({ "Fay First": 0, "Ida Idk": 1, "Nia Noted": 0 });
    expect(report.flags.filter((flag) => flag.kind === "low-effort-writing").map((flag) => flag.displayName)).toEqual(["Ida Idk"]);

    const queue = await getGradingQueue(teacher, assignmentId);
    expect(Object.fromEntries(queue.items.map((item) => [item.displayName, item.lowEffort]))).toEqual({ "Fay First": null, "Ida Idk": "refusal", "Nia Noted": null });
  });
});
