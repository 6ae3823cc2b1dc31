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

  it("with a suffix, makes a class of its own beside the demo (what each browser test gets)", async () => {
    const before = await counts();
    const world = await seedDemo(db, ["reading-a"], "x7k2q9");
    expect(world).toEqual({
      teacherEmail: "teacher-x7k2q9@example.org",
      learnerEmail: "learner-x7k2q9@example.org",
      students: { ava: "ava-x7k2q9", ben: "ben-x7k2q9", chen: "chen-x7k2q9", dara: "dara-x7k2q9" },
      joinCode: "X7K2Q9",
    });
    expect(await counts()).toEqual({
      users: before.users + DEMO_STUDENTS.length + 2,
      classes: before.classes + 1,
      enrollments: before.enrollments + DEMO_STUDENTS.length,
      assignments: before.assignments + 1,
    });
    const classroom = await db.classroom.findUniqueOrThrow({ where: { joinCode: world.joinCode }, include: { teacher: true } });
    expect(classroom.teacher.email).toBe(world.teacherEmail);
  });
});
