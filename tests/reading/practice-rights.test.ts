/**
 * Rights: a published text that is not public domain (the Elias essay is
 * classroom-licensed) is not open to self-study. It is listed and opened
 * only through an assignment to a class.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listPracticeReadings } from "@/lib/reading/practice";
import { openAssignmentReading, openPracticeReading } from "@/lib/reading/reader";
import { createUser, SLUG as PUBLIC_DOMAIN } from "./support";

const LICENSED = "why-the-taliban-wont-quit-al-qaeda";

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-rights-"));
  for (const slug of [PUBLIC_DOMAIN, LICENSED]) fs.cpSync(path.resolve("content", slug), path.join(dir, slug), { recursive: true });
  process.env.CONTENT_DIR = dir;
});

describe("self-study and rights", () => {
  it("lists and opens only the public-domain reading for practice", async () => {
    const learner = await createUser("learner");
    expect((await listPracticeReadings(learner)).map((reading) => reading.slug)).toEqual([PUBLIC_DOMAIN]);
    expect(await openPracticeReading(learner, PUBLIC_DOMAIN)).not.toBeNull();
    expect(await openPracticeReading(learner, LICENSED)).toBeNull();
  });

  it("still opens the licensed reading to a class it is assigned to", async () => {
    const student = await createUser("student");
    const teacher = await createUser("teacher");
    const classroom = await db.classroom.create({ data: { teacherId: teacher.id, name: "Class", joinCode: `L${Date.now()}` } });
    await db.enrollment.create({ data: { classroomId: classroom.id, studentId: student.id } });
    const assignment = await db.assignment.create({ data: { classroomId: classroom.id, readingSlug: LICENSED } });
    expect((await openAssignmentReading(student, assignment.id))?.reading.slug).toBe(LICENSED);
    expect(await openPracticeReading(student, LICENSED)).toBeNull();
  });
});
