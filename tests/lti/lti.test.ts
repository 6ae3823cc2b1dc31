/**
 * LTI 1.3 end to end against a test LMS (./platform.ts) on a local port:
 * login and launch, deep linking, grade passback through the outbox (with
 * retries), the roster, and the launches a tool must refuse.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { respond, SLUG, startAttempt } from "../analytics/support";
import { decodeJwt, generateKeyPair, jwtVerify, createLocalJWKSet } from "jose";
import { GET as loginRoute } from "@/app/api/lti/login/route";
import { POST as launchRoute } from "@/app/api/lti/launch/route";
import { POST as deepLinkRoute } from "@/app/api/lti/deep-link/route";
import { GET as sessionRoute } from "@/app/api/lti/session/route";
import type { SessionUser } from "@/lib/auth/current-user";
import { checkTallies } from "@/lib/analytics/tally-check";
import { db } from "@/lib/db/client";
import { gradeWrittenAnswer } from "@/lib/grading/grade";
import { CLAIM } from "@/lib/lti/claims";
import { platformSchema, registerPlatform } from "@/lib/lti/platforms";
import { deliverScores } from "@/lib/lti/score-outbox";
import { submitAttempt } from "@/lib/reading/attempts";
import { removeStudent } from "@/lib/students/mutations";
import { INSTRUCTOR, LEARNER, TestPlatform } from "./platform";
import { launch as launchThrough, ticketIn, TOOL, toolJwks, until } from "./tool";

const platform = new TestPlatform(toolJwks);
const teacherPerson = { sub: "lms-teacher-1", name: "Ms. Okafor" };
const studentPerson = { sub: "lms-student-1", name: "Sam Lee", roles: [LEARNER] };
const launch = (claims: (nonce: string) => Promise<string>, options: { replay?: boolean } = {}) => launchThrough(platform, claims, options);

let assignmentId: string;

beforeAll(async () => {
  await platform.start();
  process.env.CLOSEREAD_ADMINS = "admin@example.org";
  const admin = await db.user.create({ data: { role: "teacher", displayName: "Admin", email: "admin@example.org" } });
  await registerPlatform({ id: admin.id, role: "teacher", displayName: "Admin" }, platformSchema.parse(platform.registration));
});

afterAll(() => platform.stop());

describe("registration", () => {
  it("is for admins only", async () => {
    const teacher = await db.user.create({ data: { role: "teacher", displayName: "T", email: "t@example.org" } });
    await expect(
      registerPlatform({ id: teacher.id, role: "teacher", displayName: "T" }, platformSchema.parse({ ...platform.registration, clientId: "other" })),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("deep linking", () => {
  it("lets the teacher pick a reading inside the LMS, creating the assignment and a signed reply", async () => {
    const picker = await launch((nonce) => platform.idToken({ ...platform.deepLinkingLaunch(teacherPerson), nonce }));
    expect(picker.status).toBe(200);
    const html = await picker.text();
    expect(html).toContain(`value="${SLUG}"`);
    expect(picker.headers.get("content-security-policy")).toContain(`frame-ancestors 'self' ${platform.issuer}`);
    expect(picker.headers.get("x-frame-options")).toBeNull();
    const ticket = ticketIn(html, "ticket")!;

    const choose = (fields: Record<string, string>) =>
      deepLinkRoute(new Request(`${TOOL}/api/lti/deep-link`, { method: "POST", body: new URLSearchParams(fields), headers: { "content-type": "application/x-www-form-urlencoded" } }));
    const invalid = await choose({ ticket, readingSlug: SLUG, feedbackMode: "sometimes", attemptsAllowed: "1" });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).toContain("Choose when students see feedback.");

    const reply = await choose({ ticket, readingSlug: SLUG, feedbackMode: "after_submit", attemptsAllowed: "2", unlockInOrder: "on", dueAt: "" });
    expect(reply.status).toBe(200);
    const replyHtml = await reply.text();
    expect(replyHtml).toContain(`action="${platform.url("/deep-link-return")}"`);
    expect(reply.headers.get("content-security-policy")).toContain(`form-action 'self' ${platform.issuer}`);
    const jwt = replyHtml.match(/name="JWT" value="([^"]+)"/)![1]!;
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(await toolJwks()), { issuer: platform.clientId, audience: platform.issuer });
    expect(payload[CLAIM.messageType]).toBe("LtiDeepLinkingResponse");
    expect(payload[CLAIM.deploymentId]).toBe(platform.deploymentId);
    expect(payload[CLAIM.deepLinkingData]).toBe("opaque-123");
    const [item] = payload[CLAIM.deepLinkingContentItems] as { type: string; url: string; custom: { closeread_assignment: string }; lineItem: { scoreMaximum: number } }[];
    expect(item).toMatchObject({ type: "ltiResourceLink", url: `${TOOL}/api/lti/launch`, lineItem: { scoreMaximum: 9 } });
    assignmentId = item!.custom.closeread_assignment;
    const assignment = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId }, include: { classroom: { include: { ltiContext: true, teacher: true } } } });
    expect(assignment).toMatchObject({ readingSlug: SLUG, feedbackMode: "after_submit", attemptsAllowed: 2 });
    expect(assignment.classroom).toMatchObject({ name: "English 10", joinOpen: false, teacher: { displayName: "Ms. Okafor", role: "teacher" } });

    // The picker's ticket is spent.
    const again = await choose({ ticket, readingSlug: SLUG, feedbackMode: "immediate", attemptsAllowed: "1" });
    expect(again.status).toBe(401);
  });
});

describe("a student's launch and grade passback", () => {
  let student: SessionUser;
  let attemptId: string;

  it("signs the student in through a one-time ticket, in the class, at the linked assignment", async () => {
    const page = await launch((nonce) => platform.idToken({ ...platform.resourceLaunch(studentPerson, { closeread_assignment: assignmentId }), nonce }));
    expect(page.status).toBe(200);
    const ticket = ticketIn(await page.text(), "ticket")!;
    const open = () => sessionRoute(new Request(`${TOOL}/api/lti/session?ticket=${ticket}`));
    const signedIn = await open();
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("location")).toBe(`${TOOL}/read/${assignmentId}`);
    expect(signedIn.headers.get("set-cookie")).toMatch(/^authjs\.session-token=[^;]+; Path=\/; .*HttpOnly; SameSite=Lax/);
    expect((await open()).status).toBe(401);

    const link = await db.ltiUser.findUniqueOrThrow({ where: { platformId_sub: { platformId: (await db.ltiPlatform.findFirstOrThrow()).id, sub: studentPerson.sub } }, include: { user: true } });
    expect(link.user).toMatchObject({ role: "student", displayName: "Sam Lee", email: null, username: null });
    student = { id: link.user.id, role: "student", displayName: link.user.displayName };
    const assignment = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId }, include: { ltiResourceLink: true } });
    expect(assignment.ltiResourceLink?.lineItemUrl).toBe(platform.lineItemUrl);
    expect(await db.enrollment.count({ where: { classroomId: assignment.classroomId, studentId: student.id, status: "active" } })).toBe(1);
  });

  it("sends the score on submit, pending manual grading while a written answer waits, retrying until the LMS accepts", async () => {
    const attempt = await startAttempt(student.id, assignmentId);
    attemptId = attempt.id;
    await respond(attemptId, "q-single", { optionId: "a" }, 1, { status: "graded" });
    await respond(attemptId, "q-written", { text: "Because the levee failed." }, null);
    platform.failScores = 1;
    await submitAttempt(student, attemptId);
    const row = () => db.ltiScoreOutbox.findFirstOrThrow({ where: { attemptId } });
    // The first try (right after the submit) meets a 503: the row stays, due again later.
    await until(async () => (await row()).tries === 1);
    expect(await row()).toMatchObject({ deliveredAt: null, tries: 1, lastError: expect.stringContaining("503") });
    expect(platform.scores).toHaveLength(0);
    expect(await deliverScores()).toBe(0);

    expect(await deliverScores(new Date(Date.now() + 2 * 60_000))).toBe(1);
    expect((await row()).deliveredAt).not.toBeNull();
    // The one score (lib/scoring/score-summary.ts): the written answer awaiting review is out of both earned and possible (9 − 3).
    expect(platform.scores).toEqual([
      expect.objectContaining({ userId: studentPerson.sub, scoreGiven: 1, scoreMaximum: 6, activityProgress: "Completed", gradingProgress: "PendingManual" }),
    ]);
    expect(platform.tokenRequests).toContain("https://purl.imsglobal.org/spec/lti-ags/scope/score");
  });

  it("sends the score again when the teacher grades the written answer", async () => {
    const teacher = await db.classroom.findFirstOrThrow({ where: { assignments: { some: { id: assignmentId } } }, include: { teacher: true } });
    const written = await db.response.findFirstOrThrow({ where: { attemptId, questionId: "q-written" } });
    await gradeWrittenAnswer({ id: teacher.teacherId, role: "teacher", displayName: teacher.teacher.displayName }, { responseId: written.id, criteria: { claim: 1, evidence: 2 }, comment: "" });
    await until(async () => platform.scores.length === 2);
    expect(platform.scores[1]).toMatchObject({ scoreGiven: 4, scoreMaximum: 9, gradingProgress: "FullyGraded" });
  });

  it("counts a removed student's work in the reports again when a launch puts them back in the class", async () => {
    const classroom = await db.classroom.findFirstOrThrow({ where: { assignments: { some: { id: assignmentId } } }, include: { teacher: true } });
    await removeStudent({ id: classroom.teacherId, role: "teacher", displayName: classroom.teacher.displayName }, classroom.id, student.id);
    const answered = () => db.answerTally.aggregate({ where: { assignmentId, questionId: "q-single" }, _sum: { count: true } });
    expect((await answered())._sum.count).toBe(0);

    const page = await launch((nonce) => platform.idToken({ ...platform.resourceLaunch(studentPerson, { closeread_assignment: assignmentId }), nonce }));
    expect(page.status).toBe(200);
    expect((await answered())._sum.count).toBe(1);
    expect((await checkTallies(db, [assignmentId])).differences).toEqual([]);
  });
});

describe("roster (NRPS)", () => {
  it("puts the course's students in the class at a teacher's launch, without sign-up", async () => {
    platform.members = [
      { user_id: teacherPerson.sub, roles: [INSTRUCTOR], name: teacherPerson.name },
      { user_id: "lms-student-2", roles: [LEARNER], name: "Ada Brook" },
      { user_id: "lms-student-3", roles: ["Learner"], name: "Gone", status: "Inactive" },
    ];
    const page = await launch((nonce) => platform.idToken({ ...platform.resourceLaunch({ ...teacherPerson, roles: [INSTRUCTOR] }), nonce }));
    expect(page.status).toBe(200);
    const classroom = await db.classroom.findFirstOrThrow({ where: { assignments: { some: { id: assignmentId } } } });
    const students = await db.enrollment.findMany({ where: { classroomId: classroom.id }, select: { student: { select: { displayName: true } } } });
    expect(students.map((row) => row.student.displayName).sort()).toEqual(["Ada Brook", "Sam Lee"]);
    expect(platform.tokenRequests).toContain("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
  });
});

describe("launches closeread refuses, each with a page saying why (never a 500)", () => {
  const student = (nonce: string) => ({ ...platform.resourceLaunch(studentPerson), nonce });

  it.each([
    ["a token signed with another key", async (nonce: string) => platform.idToken(student(nonce), { key: (await generateKeyPair("RS256")).privateKey }), 401, "signature"],
    ["an expired token", (nonce: string) => platform.idToken(student(nonce), { expiresAt: Math.floor(Date.now() / 1000) - 600 }), 401, "expired"],
    ["a token for another tool", (nonce: string) => platform.idToken(student(nonce), { audience: "someone-else" }), 401, "wrong audience"],
    ["a nonce from another login", () => platform.idToken(student("not-the-nonce")), 401, "wrong nonce"],
    ["an unknown deployment", (nonce: string) => platform.idToken({ ...student(nonce), [CLAIM.deploymentId]: "rogue" }), 403, "deployment"],
  ])("%s", async (_name, token, status, reason) => {
    const refused = await launch(token);
    expect(refused.status).toBe(status);
    expect(await refused.text()).toContain(reason);
  });

  it("a replayed launch (same state, nonce and token posted twice)", async () => {
    const replayed = await launch((nonce) => platform.idToken({ ...platform.resourceLaunch(studentPerson, { closeread_assignment: assignmentId }), nonce }), { replay: true });
    expect(replayed.status).toBe(401);
    expect(await replayed.text()).toContain("already used");
  });

  it("a login from an LMS nobody registered", async () => {
    const refused = await loginRoute(new Request(`${TOOL}/api/lti/login?iss=https://rogue.example&login_hint=x`));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("not registered");
  });

  it("a launch with a state closeread never issued", async () => {
    const token = await platform.idToken(student("n"));
    const refused = await launchRoute(
      new Request(`${TOOL}/api/lti/launch`, { method: "POST", body: new URLSearchParams({ id_token: token, state: "made-up" }), headers: { "content-type": "application/x-www-form-urlencoded" } }),
    );
    expect(refused.status).toBe(401);
    expect(decodeJwt(token).iss).toBe(platform.issuer);
  });
});
