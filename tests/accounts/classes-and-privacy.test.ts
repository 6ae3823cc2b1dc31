/** What teachers and students do with classes, rosters and assignments, and what happens to students' data. */
import { describe, expect, it, vi } from "vitest";
import { createWorld } from "./world";

vi.mock("@/lib/content/load", () => {
  const reading = { slug: "test-reading", title: "A Test Reading", author: "A. Author", readingMinutes: 9, published: true };
  const draft = { ...reading, slug: "draft-reading", published: false };
  return {
    listReadings: () => [reading, draft],
    getReading: (slug: string) => [reading, draft].find((r) => r.slug === slug),
    // No questions: the report tallies count these answers without a question type.
    getQuestions: () => [],
  };
});

const { joinAsNewStudent, joinAsStudent, createAccount, changePassword } = await import("@/lib/accounts/mutations");
const { canAccessAssignment } = await import("@/lib/auth/owned");
const { verifyPassword, hashPassword } = await import("@/lib/auth/password");
const { listStudentClasses, listTeacherClassrooms } = await import("@/lib/classes/queries");
const classes = await import("@/lib/classes/mutations");
const students = await import("@/lib/students/mutations");
const { exportStudentData } = await import("@/lib/students/queries");
const { createAssignment } = await import("@/lib/assignments/mutations");
const { db } = await import("@/lib/db/client");

const PASSWORD = "lamp orbit tulip";
let address = 0;
const nextAddress = () => `198.18.0.${++address}`;
const newStudent = (code: string, username: string) =>
  joinAsNewStudent({ code, displayName: "New Student", username, password: PASSWORD, confirmPassword: PASSWORD }, nextAddress());

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => ({ code: "resolved" }),
    (error: { code?: string; message: string; fieldErrors?: unknown }) => ({ code: error.code, message: error.message, fieldErrors: error.fieldErrors }),
  );
}

describe("joining a class", () => {
  it("creates a student with only a display name and username, in the class", async () => {
    const world = await createWorld();
    expect(await newStudent(world.classroom.joinCode, `ava-${world.tag}`)).toEqual({ classroomName: "Class A", status: "active" });
    const user = await db.user.findUniqueOrThrow({ where: { username: `ava-${world.tag}` }, include: { enrollments: true } });
    expect(user).toMatchObject({ role: "student", email: null, displayName: "New Student" });
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(user.enrollments).toMatchObject([{ classroomId: world.classroom.id, status: "active" }]);
  });

  it("waits for approval when the teacher asks for it, and shows nothing of the class until then", async () => {
    const world = await createWorld();
    await classes.updateJoinSettings(world.sessionUsers.teacher, world.classroom.id, { requireApproval: true });
    expect(await joinAsStudent(world.sessionUsers.otherStudent, world.classroom.joinCode, nextAddress())).toEqual({
      classroomName: "Class A",
      status: "pending",
    });
    const before = await listStudentClasses(world.sessionUsers.otherStudent);
    expect(before.find((c) => c.id === world.classroom.id)).toMatchObject({ pending: true, assignments: [] });
    expect(await canAccessAssignment(world.sessionUsers.otherStudent, world.assignment.id)).toBeNull();

    const [teacherView] = await listTeacherClassrooms(world.sessionUsers.teacher);
    expect(teacherView).toMatchObject({ studentCount: 1, pendingCount: 2 });

    await students.approveStudent(world.sessionUsers.teacher, world.classroom.id, world.otherStudent.id);
    const after = await listStudentClasses(world.sessionUsers.otherStudent);
    expect(after.find((c) => c.id === world.classroom.id)).toMatchObject({ pending: false, assignments: [{ id: world.assignment.id }] });
    expect(await canAccessAssignment(world.sessionUsers.otherStudent, world.assignment.id)).toMatchObject({ id: world.assignment.id });
  });

  it("refuses closed, archived and replaced codes with the same message, on the code field", async () => {
    const world = await createWorld();
    const oldCode = world.classroom.joinCode;
    await classes.regenerateJoinCode(world.sessionUsers.teacher, world.classroom.id);
    const refused = { code: "invalid", message: "No open class has this code. Check it with your teacher." };
    expect(await rejection(newStudent(oldCode, `a-${world.tag}`))).toMatchObject({ ...refused, fieldErrors: { code: [refused.message] } });

    const { joinCode } = await db.classroom.findUniqueOrThrow({ where: { id: world.classroom.id } });
    expect(joinCode).not.toBe(oldCode);
    await classes.updateJoinSettings(world.sessionUsers.teacher, world.classroom.id, { joinOpen: false });
    expect(await rejection(newStudent(joinCode, `b-${world.tag}`))).toMatchObject(refused);
    await classes.updateJoinSettings(world.sessionUsers.teacher, world.classroom.id, { joinOpen: true });
    await classes.setClassroomArchived(world.sessionUsers.teacher, world.classroom.id, true);
    expect(await rejection(newStudent(joinCode, `c-${world.tag}`))).toMatchObject(refused);
    expect(await db.user.count({ where: { username: { in: [`a-${world.tag}`, `b-${world.tag}`, `c-${world.tag}`] } } })).toBe(0);
  });

  it("says so when the username is taken, on the username field", async () => {
    const world = await createWorld();
    expect(await rejection(newStudent(world.classroom.joinCode, world.student.username!))).toMatchObject({
      code: "conflict",
      fieldErrors: { username: ["That username is taken. Try adding a number or your last initial."] },
    });
  });

  it("does not let teachers or learners join as students", async () => {
    const world = await createWorld();
    for (const actor of [world.sessionUsers.teacher, world.sessionUsers.learner]) {
      expect(await rejection(joinAsStudent(actor, world.otherClassroom.joinCode, nextAddress()))).toMatchObject({ code: "forbidden" });
    }
  });
});

describe("a student in several classes", () => {
  it("sees each class's assignments with their own progress, and nothing of archived classes", async () => {
    const world = await createWorld();
    await joinAsStudent(world.sessionUsers.student, world.otherClassroom.joinCode, nextAddress());
    const due = new Date(Date.now() + 86_400_000);
    await db.assignment.update({ where: { id: world.otherAssignment.id }, data: { dueAt: due } });
    await db.attempt.create({
      data: { userId: world.student.id, assignmentId: world.otherAssignment.id, readingSlug: "test-reading", contentVersion: "v1", submittedAt: new Date(), late: true },
    });
    // Someone else's attempt does not count as this student's.
    await db.attempt.create({ data: { userId: world.otherStudent.id, assignmentId: world.assignment.id, readingSlug: "test-reading", contentVersion: "v1" } });

    const view = await listStudentClasses(world.sessionUsers.student);
    expect(view.map((c) => c.name)).toEqual(["Class A", "Class B"]);
    expect(view[0]?.assignments).toMatchObject([{ id: world.assignment.id, latestAttempt: null }]);
    expect(view[1]?.assignments).toMatchObject([{ id: world.otherAssignment.id, dueAt: due, latestAttempt: { late: true } }]);
    expect(view[1]).toMatchObject({ teacherName: "OtherTeacher" });

    await classes.setClassroomArchived(world.sessionUsers.otherTeacher, world.otherClassroom.id, true);
    expect((await listStudentClasses(world.sessionUsers.student)).map((c) => c.name)).toEqual(["Class A"]);
  });
});

describe("roster", () => {
  it("resets a student's password to a readable one that works, and the old one stops working", async () => {
    const world = await createWorld(await hashPassword(PASSWORD));
    const password = await students.resetStudentPassword(world.sessionUsers.teacher, world.classroom.id, world.student.id);
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const user = await db.user.findUniqueOrThrow({ where: { id: world.student.id } });
    expect(await verifyPassword(user.passwordHash!, password)).toBe(true);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(false);
    expect(user).toMatchObject({ mustChangePassword: true });
  });

  it("removing keeps the student's account; declining deletes a new account nothing else holds", async () => {
    const world = await createWorld();
    await students.removeStudent(world.sessionUsers.teacher, world.classroom.id, world.student.id);
    expect(await db.user.count({ where: { id: world.student.id } })).toBe(1);
    expect(await canAccessAssignment(world.sessionUsers.student, world.assignment.id)).toBeNull();

    await students.declineStudent(world.sessionUsers.teacher, world.classroom.id, world.pendingStudent.id);
    expect(await db.user.count({ where: { id: world.pendingStudent.id } })).toBe(0);
    expect(await rejection(students.declineStudent(world.sessionUsers.teacher, world.classroom.id, world.pendingStudent.id))).toMatchObject({
      code: "not_found",
    });
  });

  it("declines every pending request at once, but keeps accounts that are in another class", async () => {
    const world = await createWorld();
    await classes.updateJoinSettings(world.sessionUsers.teacher, world.classroom.id, { requireApproval: true });
    await joinAsStudent(world.sessionUsers.otherStudent, world.classroom.joinCode, nextAddress());
    expect(await students.declineAllPending(world.sessionUsers.teacher, world.classroom.id)).toBe(2);
    expect(await db.user.count({ where: { id: world.pendingStudent.id } })).toBe(0);
    expect(await db.user.count({ where: { id: world.otherStudent.id } })).toBe(1);
    expect(await db.enrollment.count({ where: { classroomId: world.classroom.id, status: "pending" } })).toBe(0);
  });
});

describe("a student's data", () => {
  async function studentInBothClasses() {
    const world = await createWorld();
    await joinAsStudent(world.sessionUsers.student, world.otherClassroom.joinCode, nextAddress());
    for (const assignmentId of [world.assignment.id, world.otherAssignment.id]) {
      const attempt = await db.attempt.create({
        data: { userId: world.student.id, assignmentId, readingSlug: "test-reading", contentVersion: "v1" },
      });
      await db.response.create({
        data: { attemptId: attempt.id, questionId: `q-${assignmentId}`, chunkId: "c1", contentVersion: "v1", answer: '{"optionId":"b"}', maxScore: 1 },
      });
      await db.readingEvent.create({ data: { userId: world.student.id, attemptId: attempt.id, readingSlug: "test-reading", chunkId: "c1", visibleMs: 4200 } });
    }
    return world;
  }

  it("exports what belongs to the teacher's classes, and nothing of another teacher's", async () => {
    const world = await studentInBothClasses();
    const data = await exportStudentData(world.sessionUsers.teacher, world.classroom.id, world.student.id);
    expect(data).toMatchObject({
      student: { displayName: "Student", username: world.student.username },
      classes: [{ name: "Class A", status: "active" }],
      attempts: [
        {
          className: "Class A",
          responses: [{ questionId: `q-${world.assignment.id}`, answer: { optionId: "b" } }],
          readingTime: [{ chunkId: "c1", visibleMs: 4200 }],
        },
      ],
    });
    expect(JSON.stringify(data)).not.toContain("Class B");
    expect(JSON.stringify(data)).not.toContain(world.otherAssignment.id);
  });

  it("deletes the teacher's part and keeps the account another teacher's class still holds", async () => {
    const world = await studentInBothClasses();
    expect(await rejection(students.deleteStudentData(world.sessionUsers.teacher, world.classroom.id, world.student.id, "wrong-name"))).toMatchObject({
      code: "invalid",
    });
    expect(await students.deleteStudentData(world.sessionUsers.teacher, world.classroom.id, world.student.id, world.student.username!)).toEqual({
      accountDeleted: false,
    });
    expect(await db.attempt.count({ where: { userId: world.student.id, assignmentId: world.assignment.id } })).toBe(0);
    expect(await db.attempt.count({ where: { userId: world.student.id, assignmentId: world.otherAssignment.id } })).toBe(1);
    expect(await db.enrollment.count({ where: { studentId: world.student.id } })).toBe(1);

    expect(
      await students.deleteStudentData(world.sessionUsers.otherTeacher, world.otherClassroom.id, world.student.id, world.student.username!),
    ).toEqual({ accountDeleted: true });
    expect(await db.user.count({ where: { id: world.student.id } })).toBe(0);
    expect(await db.response.count({ where: { attempt: { userId: world.student.id } } })).toBe(0);
    expect(await db.readingEvent.count({ where: { userId: world.student.id } })).toBe(0);
  });
});

describe("assigning", () => {
  const settings = { dueAt: null, feedbackMode: "immediate" as const, unlockInOrder: true, allowPractice: false, attemptsAllowed: 1 };

  it("assigns a published reading with its settings", async () => {
    const world = await createWorld();
    const dueAt = new Date(Date.now() + 86_400_000);
    const { id } = await createAssignment(world.sessionUsers.teacher, {
      ...settings,
      classId: world.classroom.id,
      readingSlug: "test-reading",
      dueAt,
      feedbackMode: "after_submit",
      attemptsAllowed: 3,
    });
    expect(await db.assignment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      classroomId: world.classroom.id,
      dueAt,
      feedbackMode: "after_submit",
      attemptsAllowed: 3,
      closedAt: null,
    });
  });

  it("refuses drafts, unknown readings, past due dates and archived classes", async () => {
    const world = await createWorld();
    const assign = (input: Partial<Parameters<typeof createAssignment>[1]>) =>
      rejection(createAssignment(world.sessionUsers.teacher, { ...settings, classId: world.classroom.id, readingSlug: "test-reading", ...input }));
    expect(await assign({ readingSlug: "draft-reading" })).toMatchObject({ code: "invalid", fieldErrors: { readingSlug: ["Choose a reading from the list."] } });
    expect(await assign({ readingSlug: "no-such-reading" })).toMatchObject({ code: "invalid" });
    expect(await assign({ dueAt: new Date(Date.now() - 1000) })).toMatchObject({ code: "invalid", fieldErrors: { dueAt: ["Choose a due date in the future, or none."] } });
    await classes.setClassroomArchived(world.sessionUsers.teacher, world.classroom.id, true);
    expect(await assign({})).toMatchObject({ code: "conflict" });
  });
});

describe("accounts", () => {
  it("refuses a second account with the same email, on the email field", async () => {
    const world = await createWorld();
    const input = { role: "teacher" as const, displayName: "Dup", email: world.teacher.email!, password: PASSWORD, confirmPassword: PASSWORD };
    expect(await rejection(createAccount(input, nextAddress()))).toMatchObject({
      code: "conflict",
      fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
    });
  });

  it("changes a password only with the current one, and marks when", async () => {
    const world = await createWorld(await hashPassword(PASSWORD));
    const change = (currentPassword: string) =>
      changePassword(
        world.sessionUsers.learner,
        { currentPassword, password: "a new passphrase", confirmPassword: "a new passphrase" },
        { sessionId: null, address: nextAddress() },
      );
    expect(await rejection(change("not it"))).toMatchObject({ code: "invalid", fieldErrors: { currentPassword: ["That is not your current password."] } });
    await change(PASSWORD);
    const user = await db.user.findUniqueOrThrow({ where: { id: world.learner.id } });
    expect(await verifyPassword(user.passwordHash!, "a new passphrase")).toBe(true);
    expect(user.passwordChangedAt).not.toBeNull();
  });
});
