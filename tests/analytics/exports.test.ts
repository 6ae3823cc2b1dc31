import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradebookCsv } from "@/lib/export/gradebook";
import { responsesCsv } from "@/lib/export/responses";
import type { SessionUser } from "@/lib/auth/current-user";
import { makeClass, makeTeacher, respond, startAttempt } from "./support";

let teacher: SessionUser;
let assignmentId: string;

const savedZone = process.env.SCHOOL_TIME_ZONE;
afterAll(() => {
  if (savedZone === undefined) delete process.env.SCHOOL_TIME_ZONE;
  else process.env.SCHOOL_TIME_ZONE = savedZone;
});

beforeAll(async () => {
  process.env.SCHOOL_TIME_ZONE = "Europe/Berlin";
  teacher = await makeTeacher();
  const { students, assignment } = await makeClass(teacher, ["Okafor, Ben \"Benny\"", "=HYPERLINK(\"x\")", "Ava"]);
  assignmentId = assignment.id;
  const ben = await startAttempt(students[0]!.id, assignment.id, { submittedAt: new Date("2026-02-01T10:00:00Z"), late: true });
  await respond(ben.id, "q-single", { optionId: "a" }, 1);
  await respond(ben.id, "q-tf", { value: true, whyOptionId: "w2" }, 0.5);
  await respond(ben.id, "q-written", { text: "-1 is my answer, \"quoted\"" }, 2, { status: "graded", confidence: 3 });
  const evil = await startAttempt(students[1]!.id, assignment.id);
  await respond(evil.id, "q-order", { itemIds: ["e2", "e1", "e3"] }, 2 / 3);
  await respond(evil.id, "q-single", { optionId: "b" }, null, { status: "draft" });
});

describe("gradebook CSV", () => {
  it("has one row per student, a column per question, the score, pending work, and times in the school's zone; blanks for no grade", async () => {
    const { csv, filename } = await gradebookCsv(teacher, assignmentId);
    expect(filename).toBe("dash-reading-gradebook.csv");
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "Student,Username,Q1 (q-single),Q2 (q-multi),Q3 (q-tf),Q4 (q-evidence),Q5 (q-order),Q6 (q-match),Q7 (q-written),Total,Possible,Percent,Pending review,Pending points,Status,Late,Submitted at",
    );
    // Sorted by name: "=HYPERLINK" < "Ava" < "Okafor" (the formula is neutralised, then quoted for its quotes).
    // In progress: a score so far, over what is scored. Not started: nothing counts. Submitted: every question counts.
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""x""\)",s-[^,]+,,,,,0\.67,,,0\.67,1,66\.7,0,0,in progress,no,$/);
    expect(lines[2]).toMatch(/^Ava,s-[^,]+,,,,,,,,0,0,,0,0,not started,,$/);
    expect(lines[3]).toMatch(/^"Okafor, Ben ""Benny""",s-[^,]+,1,,0\.5,,,,2,3\.5,9,38\.9,0,0,submitted,yes,2026-02-01T11:00:00\+01:00$/);
    expect(lines[4]).toBe("");
    expect(lines).toHaveLength(5);
  });
});

describe("long-format responses CSV", () => {
  it("streams one row per answer, in words, drafts left out, formulas neutralised", async () => {
    const { stream } = await responsesCsv(teacher, assignmentId);
    const text = await new Response(stream).text();
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "Student,Username,Attempt,Late,Question,Question id,Chunk,Skill,Type,Answer,Score,Max score,Status,Confidence,Submitted at,Graded at,Teacher comment",
    );
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""x""\)",s-[^,]+,1,no,5,q-order,c2,literal,ordering,Levee built → River rose → Levee failed,0\.6666666666666666,1,scored,,/);
    expect(lines[2]).toMatch(/^"Okafor, Ben ""Benny""",s-[^,]+,1,yes,1,q-single,c1,literal,single_choice,A\. A levee,1,1,scored,,/);
    expect(lines[3]).toContain("true_false,True; why: B. It never flooded,0.5,1,scored");
    expect(lines[4]).toContain(`short_answer,"'-1 is my answer, ""quoted""",2,3,scored,3,`);
    // Times carry the school's offset.
    expect(lines[4]).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00,/);
  });
});
