import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { DEMO_CLASS, DEMO_STUDENTS, seedDemo } from "../../lib/db/seed";
import { SIMULATED_STUDENTS } from "../../lib/db/demo-activity";
import { verifyPassword } from "../../lib/auth/password";
import { DEMO_PASSWORD, DEMO_TEACHER } from "../../lib/db/seed";

async function counts() {
  return {
    users: await db.user.count(),
    classes: await db.classroom.count(),
    enrollments: await db.enrollment.count(),
    assignments: await db.assignment.count(),
  };
}

describe("demo seed", () => {
  it("loads a teacher, a class with its join code, students and assignments, and is idempotent", async () => {
    await seedDemo(db, ["reading-a", "reading-b"]);
    const first = await counts();
    // Two classes (the demo students', and the simulated one), each with both readings.
    expect(first).toEqual({
      users: DEMO_STUDENTS.length + SIMULATED_STUDENTS.length + 2,
      classes: 2,
      enrollments: DEMO_STUDENTS.length + SIMULATED_STUDENTS.length,
      assignments: 4,
    });

    await seedDemo(db, ["reading-a", "reading-b"]);
    expect(await counts()).toEqual(first);

    const classroom = await db.classroom.findUniqueOrThrow({ where: { joinCode: DEMO_CLASS.joinCode } });
    const teacher = await db.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER.email } });
    expect(classroom.teacherId).toBe(teacher.id);
    expect(teacher.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(teacher.passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(teacher.passwordHash!, "wrong password")).toBe(false);
  });
});
