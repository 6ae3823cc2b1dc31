/**
 * Co-teachers through the one teacher scope (lib/auth/scopes.ts
 * teacherClasses): a co-teacher sees the class, its assignments, reports
 * and answers to grade; once removed, nothing; another teacher never. Only
 * the owner adds or removes co-teachers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { makeClass, makeTeacher, respond, SLUG, startAttempt } from "../analytics/support";
import type { SessionUser } from "@/lib/auth/current-user";
import { canAccessAssignment, ownedAssignment, ownedClass, ownedEnrollment } from "@/lib/auth/owned";
import { teacherResponses } from "@/lib/auth/scopes";
import { addCoTeacher, listCoTeachers, removeCoTeacher } from "@/lib/classes/co-teachers";
import { getTeacherClassroom, listTeacherClassrooms } from "@/lib/classes/queries";
import { createAssignment } from "@/lib/assignments/mutations";
import { db } from "@/lib/db/client";

let owner: SessionUser;
let coTeacher: SessionUser;
let other: SessionUser;
let classId: string;
let assignmentId: string;
let studentId: string;

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: { code?: string }) => error.code,
  );

/** Everything a teacher's scope lets them reach in the class, as booleans. */
async function reach(teacher: SessionUser) {
  return {
    listed: (await listTeacherClassrooms(teacher)).some((row) => row.id === classId),
    classPage: (await getTeacherClassroom(teacher, classId)) !== null,
    ownedClass: (await rejection(ownedClass(teacher, classId))) === "resolved",
    assignment: (await rejection(ownedAssignment(teacher, assignmentId))) === "resolved",
    opens: (await canAccessAssignment(teacher, assignmentId)) !== null,
    student: (await rejection(ownedEnrollment(teacher, classId, studentId))) === "resolved",
    answersToGrade: (await db.response.count({ where: teacherResponses(teacher) })) > 0,
  };
}
const ALL = { listed: true, classPage: true, ownedClass: true, assignment: true, opens: true, student: true, answersToGrade: true };
const NONE = { listed: false, classPage: false, ownedClass: false, assignment: false, opens: false, student: false, answersToGrade: false };

beforeAll(async () => {
  owner = await makeTeacher("Owner");
  coTeacher = await makeTeacher("Co Teacher");
  other = await makeTeacher("Other");
  const made = await makeClass(owner, ["Ava"]);
  classId = made.classroom.id;
  assignmentId = made.assignment.id;
  studentId = made.students[0]!.id;
  const attempt = await startAttempt(studentId, assignmentId);
  await respond(attempt.id, "q-written", { text: "An answer." }, null);
});

describe("co-teachers", () => {
  it("before being added, a teacher reaches nothing of the class", async () => {
    expect(await reach(coTeacher)).toEqual(NONE);
    expect(await reach(owner)).toEqual(ALL);
  });

  it("the owner adds a co-teacher by email, who then sees the class, its assignments, students and grading", async () => {
    const email = (await db.user.findUniqueOrThrow({ where: { id: coTeacher.id } })).email!;
    expect(await addCoTeacher(owner, classId, email.toUpperCase())).toBe("Co Teacher");
    expect(await reach(coTeacher)).toEqual(ALL);
    expect(await reach(other)).toEqual(NONE);
    // A co-teacher teaches: they can assign a reading in the class.
    await createAssignment(coTeacher, { classId, readingSlug: SLUG, feedbackMode: "immediate", attemptsAllowed: 1, unlockInOrder: true, allowPractice: false, dueAt: null });
    expect(await listCoTeachers(coTeacher, classId)).toMatchObject({ owner: "Owner", isOwner: false, coTeachers: [{ displayName: "Co Teacher" }] });
  });

  it("only the owner adds or removes co-teachers", async () => {
    expect(await rejection(addCoTeacher(coTeacher, classId, "whoever@example.org"))).toBe("not_found");
    expect(await rejection(addCoTeacher(other, classId, (await db.user.findUniqueOrThrow({ where: { id: other.id } })).email!))).toBe("not_found");
    expect(await rejection(removeCoTeacher(coTeacher, classId, coTeacher.id))).toBe("not_found");
    expect(await rejection(removeCoTeacher(other, classId, coTeacher.id))).toBe("not_found");
    expect(await reach(coTeacher)).toEqual(ALL);
    expect(await reach(other)).toEqual(NONE);
  });

  it("refuses students, unknown people and the owner as co-teachers, with a message on the field", async () => {
    const student = await db.user.findUniqueOrThrow({ where: { id: studentId } });
    await expect(addCoTeacher(owner, classId, student.username!)).rejects.toMatchObject({ code: "not_found", fieldErrors: { identifier: [expect.any(String)] } });
    await expect(addCoTeacher(owner, classId, "nobody@example.org")).rejects.toMatchObject({ code: "not_found" });
    const ownEmail = (await db.user.findUniqueOrThrow({ where: { id: owner.id } })).email!;
    await expect(addCoTeacher(owner, classId, ownEmail)).rejects.toMatchObject({ code: "conflict" });
  });

  it("a removed co-teacher reaches nothing of the class again", async () => {
    await removeCoTeacher(owner, classId, coTeacher.id);
    expect(await reach(coTeacher)).toEqual(NONE);
    expect(await reach(owner)).toEqual(ALL);
  });
});
