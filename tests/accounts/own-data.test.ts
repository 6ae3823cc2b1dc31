/**
 * A person's own data from the account page: the export (everything theirs,
 * nobody else's, nothing the reading page would not show yet) and deleting
 * the account (their answers leave the class reports, sessions end, a
 * teacher with students is refused). Both name nobody: the acting user is
 * the only subject, so no one can reach another's data through them.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ current: null as null | { userId: string; sessionId: string; signedInAt: number; expiresAt: number } }));

vi.mock("@/lib/auth/session-token", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session-token")>()),
  sessionClaims: async () => session.current,
}));
vi.mock("@/lib/auth/next-auth", () => ({
  signIn: async () => undefined,
  signOut: async () => undefined,
  CredentialsSignin: class CredentialsSignin extends Error {},
  RateLimitedSignIn: class RateLimitedSignIn extends Error {},
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "school.test", "x-closeread-client-address": "203.0.113.9" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));

const { useReadingUnderTest, assign, createUser, key, questionOfType, start, SLUG } = await import("../reading/support");
const { asShown } = await import("../support/shown-answers");
const { outcomeOf } = await import("./outcome");
const { form } = await import("./world");
const { exportOwnData, deleteOwnAccount } = await import("@/lib/accounts/own-data");
const { deleteAccountAction } = await import("@/lib/accounts/actions");
const { GET: exportRoute } = await import("@/app/(auth)/account/export/route");
const { submitResponse } = await import("@/lib/reading/answering");
const { submitAttempt } = await import("@/lib/reading/attempts");
const { syncReviewCards } = await import("@/lib/review/cards");
const { ensureAttempt, openPracticeReading } = await import("@/lib/reading/reader");
const { hashPassword } = await import("@/lib/auth/password");
const { checkTallies } = await import("@/lib/analytics/tally-check");
const { db } = await import("@/lib/db/client");
type SessionUser = import("@/lib/auth/current-user").SessionUser;

beforeAll(useReadingUnderTest);

const PASSWORD = "quiet meadow lantern";
let passwordHash = "";
beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

async function withPassword(user: SessionUser): Promise<SessionUser> {
  await db.user.update({ where: { id: user.id }, data: { passwordHash } });
  return user;
}

async function signInAs(user: SessionUser | null) {
  if (!user) {
    session.current = null;
    return;
  }
  const { id: sessionId } = await db.session.create({ data: { userId: user.id } });
  session.current = { userId: user.id, sessionId, signedInAt: Date.now(), expiresAt: Date.now() + 3_600_000 };
}

/** A class with two students who each answered one question of an after_submit assignment (feedback not yet released). */
async function classWithWork() {
  const student = await withPassword(await createUser("student"));
  const assignment = await assign(student, { feedbackMode: "after_submit" });
  const classroom = await db.classroom.findUniqueOrThrow({ where: { id: assignment.classroomId } });
  const teacher: SessionUser = { id: classroom.teacherId, role: "teacher", displayName: (await db.user.findUniqueOrThrow({ where: { id: classroom.teacherId } })).displayName };
  await withPassword(teacher);
  const classmate = await createUser("student");
  await db.enrollment.create({ data: { classroomId: classroom.id, studentId: classmate.id } });
  const question = questionOfType("single_choice");
  const answered = [];
  for (const who of [student, classmate]) {
    const { attempt } = await start(who, assignment.id);
    const wrong = { optionId: question.options.find((option) => option.id !== question.answer)!.id };
    await submitResponse(who, attempt.id, { questionId: question.id, answer: await asShown(attempt.id, question, wrong), idempotencyKey: key() });
    answered.push({ attemptId: attempt.id, wrong });
  }
  return { student, classmate, teacher, classroom, assignment, question, studentAttemptId: answered[0]!.attemptId, wrong: answered[0]!.wrong };
}

describe("exporting one's own data", () => {
  it("gives a student their profile, classes and answers as the reading page shows them, and nothing of a classmate", async () => {
    const world = await classWithWork();
    const data = await exportOwnData(world.student);
    expect(data.profile).toMatchObject({ role: "student", displayName: world.student.displayName });
    expect(data.enrollments).toEqual([expect.objectContaining({ className: "Class", status: "active" })]);
    expect(data.attempts).toHaveLength(1);
    const [attempt] = data.attempts;
    expect(attempt).toMatchObject({ className: "Class", practice: false, feedbackReleased: false });
    // Feedback is not released: no score, no feedback, and the answer in the ids the page showed (never the authored ones).
    const [response] = attempt!.responses;
    expect(response).toMatchObject({ questionId: world.question.id, status: "submitted", answer: await asShown(world.studentAttemptId, world.question, world.wrong) });
    expect(response).not.toHaveProperty("score");
    expect(response).not.toHaveProperty("feedback");
    expect(JSON.stringify(data)).not.toContain(`"${world.wrong.optionId}"`);
    expect(JSON.stringify(data)).not.toContain(world.classmate.id);
    expect(JSON.stringify(data)).not.toContain(world.classmate.displayName);

    // Once submitted, the score and feedback come too, as on the results page.
    await submitAttempt(world.student, world.studentAttemptId);
    const released = (await exportOwnData(world.student)).attempts[0]!;
    expect(released.feedbackReleased).toBe(true);
    expect(released.responses[0]).toMatchObject({ status: "graded", score: 0 });
    expect(released.responses[0]).toHaveProperty("feedback");
  });

  it("gives a teacher their classes and assignments with a count of students, not the students", async () => {
    const world = await classWithWork();
    const data = await exportOwnData(world.teacher);
    expect(data.classesTaught).toEqual([
      expect.objectContaining({ name: "Class", joinCode: world.classroom.joinCode, studentCount: 2, assignments: [expect.objectContaining({ readingSlug: SLUG, feedbackMode: "after_submit" })] }),
    ]);
    const text = JSON.stringify(data);
    for (const student of [world.student, world.classmate]) {
      expect(text).not.toContain(student.id);
      expect(text).not.toContain(student.displayName);
    }
    expect(data.attempts).toEqual([]);
  });

  it("gives a learner their review cards with their history", async () => {
    const learner = await createUser("learner");
    const { attempt } = await ensureAttempt((await openPracticeReading(learner, SLUG))!);
    const question = questionOfType("single_choice");
    const wrong = { optionId: question.options.find((option) => option.id !== question.answer)!.id };
    await submitResponse(learner, attempt.id, { questionId: question.id, answer: await asShown(attempt.id, question, wrong), idempotencyKey: key() });
    await syncReviewCards(learner);
    const data = await exportOwnData(learner);
    expect(data.attempts[0]).toMatchObject({ practice: true, feedbackReleased: true });
    expect(data.reviewCards).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "question", itemId: question.id, history: [] })]));
  });

  it("is a download of the signed-in user's own data only: anyone else is sent to sign in, and the route names no one", async () => {
    const world = await classWithWork();
    await signInAs(null);
    expect((await outcomeOf(() => exportRoute(new Request("http://school.test/account/export")))).outcome).toBe("sign-in");
    for (const who of [world.student, world.classmate, world.teacher]) {
      await signInAs(who);
      // A query naming someone else is ignored: there is no parameter to name them by.
      const response = await exportRoute(new Request(`http://school.test/account/export?userId=${world.student.id}`));
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="closeread-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
      const data = (await response.json()) as { profile: { displayName: string } };
      expect(data.profile.displayName).toBe(who.displayName);
    }
  });
});

describe("deleting one's own account", () => {
  it("takes a student's answers out of the class report, ends their sessions, and leaves classmates untouched", async () => {
    const world = await classWithWork();
    await signInAs(world.student);
    const tallyOf = () => db.answerTally.aggregate({ where: { assignmentId: world.assignment.id }, _sum: { count: true } });
    expect((await tallyOf())._sum.count).toBe(2);

    const wrong = await deleteAccountAction({ status: "idle" }, form({ currentPassword: "not my password" }));
    expect(wrong).toMatchObject({ status: "error", fieldErrors: { currentPassword: ["That is not your current password."] } });
    expect(await db.user.count({ where: { id: world.student.id } })).toBe(1);

    expect(await deleteAccountAction({ status: "idle" }, form({ currentPassword: PASSWORD }))).toMatchObject({ status: "success" });
    expect(await db.user.count({ where: { id: world.student.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: world.student.id } })).toBe(0);
    expect(await db.attempt.count({ where: { userId: world.student.id } })).toBe(0);
    expect((await tallyOf())._sum.count).toBe(1);
    expect((await checkTallies(db, [world.assignment.id])).differences).toEqual([]);
    expect(await db.attempt.count({ where: { userId: world.classmate.id } })).toBe(1);
    expect(await db.enrollment.count({ where: { classroomId: world.classroom.id } })).toBe(1);
  });

  it("checks the password of the one signed in: another's password deletes nobody", async () => {
    const world = await classWithWork();
    await withPassword(world.classmate);
    await db.user.update({ where: { id: world.classmate.id }, data: { passwordHash: await hashPassword("a different passphrase") } });
    await signInAs(world.classmate);
    // The student's password, and the student's id in the form: neither reaches the student's account.
    const refused = await deleteAccountAction({ status: "idle" }, form({ currentPassword: PASSWORD, userId: world.student.id }));
    expect(refused).toMatchObject({ status: "error" });
    expect(await db.user.count({ where: { id: { in: [world.student.id, world.classmate.id] } } })).toBe(2);
    await signInAs(null);
    expect((await outcomeOf(() => deleteAccountAction({ status: "idle" }, form({ currentPassword: PASSWORD })))).outcome).toBe("sign-in");
    expect(await db.user.count({ where: { id: world.student.id } })).toBe(1);
  });

  it("refuses a teacher whose class still has students, naming the class; once emptied, the account and the class go", async () => {
    const world = await classWithWork();
    const refusal = await deleteOwnAccount(world.teacher, { currentPassword: PASSWORD }, "203.0.113.10").catch((error: Error & { code: string }) => error);
    expect(refusal).toMatchObject({ code: "conflict", message: expect.stringContaining("“Class”") });
    expect(await db.classroom.count({ where: { id: world.classroom.id } })).toBe(1);

    await db.enrollment.deleteMany({ where: { classroomId: world.classroom.id } });
    await deleteOwnAccount(world.teacher, { currentPassword: PASSWORD }, "203.0.113.10");
    expect(await db.user.count({ where: { id: world.teacher.id } })).toBe(0);
    expect(await db.classroom.count({ where: { id: world.classroom.id } })).toBe(0);
    // The students' accounts are theirs: they stay.
    expect(await db.user.count({ where: { id: { in: [world.student.id, world.classmate.id] } } })).toBe(2);
  });

  it("asks an account without a password (Google, Microsoft) for its email instead", async () => {
    const learner = await createUser("learner");
    const { email } = await db.user.findUniqueOrThrow({ where: { id: learner.id } });
    const refusal = await deleteOwnAccount(learner, { confirmSignInName: "someone@else.org" }, "203.0.113.11").catch((error: Error) => error);
    expect(refusal).toMatchObject({ code: "invalid", fieldErrors: { confirmSignInName: ["Type the email address you sign in with."] } });
    await deleteOwnAccount(learner, { confirmSignInName: ` ${email!.toUpperCase()} ` }, "203.0.113.11");
    expect(await db.user.count({ where: { id: learner.id } })).toBe(0);
  });
});
