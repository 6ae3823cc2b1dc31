/**
 * The rest of LTI Advantage against the test LMS (./platform.ts): Dynamic
 * Registration (and its refusal of an issuer that is not where the
 * configuration came from), a gradebook column made through AGS when the
 * LMS gave none, a course's other instructors as co-teachers, linking an
 * LMS identity to an existing closeread account, and the tool's private key
 * encrypted at rest.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { respond, SLUG, startAttempt } from "../analytics/support";
import { GET as registerRoute } from "@/app/api/lti/register/[ticket]/route";
import { GET as sessionRoute } from "@/app/api/lti/session/route";
import type { SessionUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { getTeacherClassroom } from "@/lib/classes/queries";
import { checkTallies } from "@/lib/analytics/tally-check";
import { db } from "@/lib/db/client";
import { linkLmsIdentity } from "@/lib/lti/account-link";
import { CLAIM, SCOPE } from "@/lib/lti/claims";
import { decryptPrivateJwk, toolSigningKey } from "@/lib/lti/keys";
import { createRegistrationUrl } from "@/lib/lti/registration";
import { submitAttempt } from "@/lib/reading/attempts";
import { INSTRUCTOR, LEARNER, TestPlatform } from "./platform";
import { launch as launchThrough, ticketIn, TOOL, toolJwks, until } from "./tool";

const platform = new TestPlatform(toolJwks);
const launch = (claims: (nonce: string) => Promise<string>) => launchThrough(platform, claims);
const owner = { sub: "lms-owner", name: "Ms. Okafor", roles: [INSTRUCTOR] };
const secondInstructor = { sub: "lms-instructor-2", name: "Mr. Diaz", roles: [INSTRUCTOR] };
const PASSWORD = "lamp orbit tulip";
let admin: SessionUser;
let address = 0;
const origin = () => ({ address: `198.18.1.${++address}` });

const register = (url: string, query: Record<string, string>) => registerRoute(new Request(`${url}?${new URLSearchParams(query)}`), { params: Promise.resolve({ ticket: url.split("/").pop()! }) });

beforeAll(async () => {
  await platform.start();
  process.env.CLOSEREAD_ADMINS = "admin@example.org";
  const row = await db.user.create({ data: { role: "teacher", displayName: "Admin", email: "admin@example.org" } });
  admin = { id: row.id, role: "teacher", displayName: "Admin" };
});

afterAll(() => platform.stop());

describe("LTI Dynamic Registration", () => {
  it("is started only by an admin's one-time URL", async () => {
    const teacher = await db.user.create({ data: { role: "teacher", displayName: "T", email: "t@example.org" } });
    await expect(createRegistrationUrl({ id: teacher.id, role: "teacher", displayName: "T" }, TOOL)).rejects.toMatchObject({ code: "forbidden" });
    const refused = await register(`${TOOL}/api/lti/register/made-up`, { openid_configuration: platform.openIdConfigurationUrl, registration_token: platform.registrationToken });
    expect(refused.status).toBe(401);
    expect(platform.registrations).toHaveLength(0);
  });

  it("refuses a platform whose issuer is not where its configuration came from", async () => {
    platform.claimedIssuer = "https://canvas.instructure.com";
    const url = await createRegistrationUrl(admin, TOOL);
    const refused = await register(url, { openid_configuration: platform.openIdConfigurationUrl, registration_token: platform.registrationToken });
    platform.claimedIssuer = null;
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("does not match");
    // The LMS may frame the refusal: it is its own registration window.
    expect(refused.headers.get("content-security-policy")).toContain(`frame-ancestors 'self' ${platform.issuer}`);
    expect(platform.registrations).toHaveLength(0);
    expect(await db.ltiPlatform.count()).toBe(0);
  });

  it("registers closeread with the LMS, stores the platform and tells the LMS window to close", async () => {
    const url = await createRegistrationUrl(admin, TOOL);
    expect(url).toMatch(/^http:\/\/tool\.test\/api\/lti\/register\/[A-Za-z0-9_-]{43}$/);
    const page = await register(url, { openid_configuration: platform.openIdConfigurationUrl, registration_token: platform.registrationToken });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`postMessage({ subject: "org.imsglobal.lti.close" }, "*")`);
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'sha256-[^']+' 'sha256-[^']+'/);

    expect(platform.registrations).toEqual([
      expect.objectContaining({
        application_type: "web",
        response_types: ["id_token"],
        grant_types: ["implicit", "client_credentials"],
        initiate_login_uri: `${TOOL}/api/lti/login`,
        redirect_uris: [`${TOOL}/api/lti/launch`],
        jwks_uri: `${TOOL}/api/lti/jwks`,
        token_endpoint_auth_method: "private_key_jwt",
        scope: expect.stringContaining(SCOPE.lineItem),
        "https://purl.imsglobal.org/spec/lti-tool-configuration": expect.objectContaining({
          domain: "tool.test",
          target_link_uri: `${TOOL}/api/lti/launch`,
          messages: expect.arrayContaining([expect.objectContaining({ type: "LtiDeepLinkingRequest" })]),
        }),
      }),
    ]);
    const stored = await db.ltiPlatform.findFirstOrThrow({ include: { deployments: true } });
    expect(stored).toMatchObject({
      name: "test-lms",
      issuer: platform.issuer,
      clientId: platform.clientId,
      authLoginUrl: platform.url("/auth"),
      tokenUrl: platform.url("/token"),
      jwksUrl: platform.url("/jwks"),
      deployments: [expect.objectContaining({ deploymentId: platform.deploymentId })],
    });
    // The URL works once.
    expect((await register(url, { openid_configuration: platform.openIdConfigurationUrl, registration_token: platform.registrationToken })).status).toBe(401);
  });

  it("a launch from the registered LMS works", async () => {
    const page = await launch((nonce) => platform.idToken({ ...platform.resourceLaunch(owner), nonce }));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Signed in from your course as Ms. Okafor");
  });
});

describe("co-teachers from the course", () => {
  it("a second instructor's launch, or the roster, makes them a co-teacher who sees the class", async () => {
    const classroom = await db.classroom.findFirstOrThrow({ where: { ltiContext: { isNot: null } } });
    expect((await db.ltiUser.findFirstOrThrow({ where: { sub: owner.sub } })).userId).toBe(classroom.teacherId);

    await launch((nonce) => platform.idToken({ ...platform.resourceLaunch(secondInstructor), nonce }));
    const second = await db.ltiUser.findFirstOrThrow({ where: { sub: secondInstructor.sub }, include: { user: true } });
    const asSecond: SessionUser = { id: second.userId, role: "teacher", displayName: second.user.displayName };
    expect(await getTeacherClassroom(asSecond, classroom.id)).not.toBeNull();

    platform.members = [
      { user_id: owner.sub, roles: [INSTRUCTOR], name: owner.name },
      { user_id: "lms-ta", roles: ["http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"], name: "Tess Assistant" },
    ];
    await launch((nonce) => platform.idToken({ ...platform.resourceLaunch(owner), nonce }));
    const assistant = await db.ltiUser.findFirstOrThrow({ where: { sub: "lms-ta" }, include: { user: true } });
    expect(await getTeacherClassroom({ id: assistant.userId, role: "teacher", displayName: "Tess Assistant" }, classroom.id)).not.toBeNull();
    expect(await db.classTeacher.count({ where: { classroomId: classroom.id } })).toBe(2);
    expect(await db.classTeacher.count({ where: { classroomId: classroom.id, teacherId: classroom.teacherId } })).toBe(0);
  });
});

describe("a gradebook column when the LMS gave none", () => {
  let assignmentId: string;
  const student = { sub: "lms-student-col", name: "Col Student", roles: [LEARNER] };
  /** A launch of a linked assignment whose AGS claim has the line items service but no line item. */
  const withoutLineItem = (person: typeof student, nonce: string) => {
    const claims = platform.resourceLaunch(person, { closeread_assignment: assignmentId });
    return platform.idToken({ ...claims, [CLAIM.resourceLink]: { id: "link-no-column" }, [CLAIM.agsEndpoint]: { scope: [SCOPE.lineItem, SCOPE.score], lineitems: platform.url("/courses/c1/lineitems") }, nonce });
  };

  it("is made through AGS at the first launch, once, and scores go to it", async () => {
    const classroom = await db.classroom.findFirstOrThrow({ where: { ltiContext: { isNot: null } } });
    assignmentId = (await db.assignment.create({ data: { classroomId: classroom.id, readingSlug: SLUG } })).id;

    expect((await launch((nonce) => withoutLineItem(student, nonce))).status).toBe(200);
    expect(platform.lineItems).toEqual([expect.objectContaining({ scoreMaximum: 9, resourceId: assignmentId, resourceLinkId: "link-no-column", label: expect.any(String) })]);
    const link = await db.ltiResourceLink.findUniqueOrThrow({ where: { assignmentId } });
    expect(link.lineItemUrl).toBe(platform.lineItems[0]!.id);
    expect(platform.tokenRequests).toContain(SCOPE.lineItem);

    // Another launch finds the column it has; no second one.
    await launch((nonce) => withoutLineItem(student, nonce));
    expect(platform.lineItems).toHaveLength(1);

    const person = await db.ltiUser.findFirstOrThrow({ where: { sub: student.sub }, include: { user: true } });
    const attempt = await startAttempt(person.userId, assignmentId);
    await respond(attempt.id, "q-single", { optionId: "a" }, 1, { status: "graded" });
    await submitAttempt({ id: person.userId, role: "student", displayName: person.user.displayName }, attempt.id);
    await until(async () => platform.scores.some((score) => score.userId === student.sub));
    expect(platform.scoredLineItems.at(-1)).toBe(new URL(platform.lineItems[0]!.id).pathname);
  });

  it("is made before a score is sent when the launch could not make it", async () => {
    const classroom = await db.classroom.findFirstOrThrow({ where: { ltiContext: { isNot: null } } });
    const later = await db.assignment.create({ data: { classroomId: classroom.id, readingSlug: SLUG } });
    const platformId = (await db.ltiPlatform.findFirstOrThrow()).id;
    await db.ltiResourceLink.create({ data: { platformId, resourceLinkId: "link-later", assignmentId: later.id } });
    const person = await db.ltiUser.findFirstOrThrow({ where: { sub: student.sub }, include: { user: true } });
    const attempt = await startAttempt(person.userId, later.id);
    await submitAttempt({ id: person.userId, role: "student", displayName: person.user.displayName }, attempt.id);
    await until(async () => platform.lineItems.length === 2);
    await until(async () => platform.scoredLineItems.length === 2);
    expect(platform.lineItems[1]).toMatchObject({ resourceId: later.id });
    expect(platform.scoredLineItems.at(-1)).toBe(new URL(platform.lineItems[1]!.id).pathname);
  });
});

describe("linking an LMS identity to an existing closeread account", () => {
  const lmsStudent = { sub: "lms-ava", name: "Ava (LMS)", roles: [LEARNER] };
  let ava: { id: string; username: string };
  let linkTicket: string;

  beforeAll(async () => {
    const passwordHash = await hashPassword(PASSWORD);
    ava = await db.user.create({ data: { role: "student", displayName: "Ava Own", username: "ava-own", email: "ava@example.org", passwordHash }, select: { id: true, username: true } }) as { id: string; username: string };
    await db.user.create({ data: { role: "teacher", displayName: "Teacher Own", email: "teacher-own@example.org", passwordHash } });
  });

  it("is never by email: a launch carrying an existing account's email makes a separate account, and offers to link", async () => {
    const page = await launch((nonce) => platform.idToken({ ...platform.resourceLaunch(lmsStudent), email: "ava@example.org", nonce }));
    const html = await page.text();
    linkTicket = ticketIn(html, "link-lms\\?ticket")!;
    expect(html).toContain(`${TOOL}/link-lms?ticket=`);
    expect(linkTicket).toBeTruthy();
    const made = await db.ltiUser.findFirstOrThrow({ where: { sub: lmsStudent.sub } });
    expect(made.userId).not.toBe(ava.id);
  });

  it("needs the account's password: a wrong one (or only being signed in as it) links nothing and keeps the ticket", async () => {
    await expect(linkLmsIdentity({ ticket: linkTicket, identifier: "ava-own", password: "not the password" }, origin())).rejects.toMatchObject({ code: "unauthorized" });
    expect((await db.ltiUser.findFirstOrThrow({ where: { sub: lmsStudent.sub } })).userId).not.toBe(ava.id);
    expect(await db.ltiTicket.count({ where: { kind: "link", usedAt: null } })).toBeGreaterThan(0);
  });

  it("refuses an account of another role", async () => {
    await expect(linkLmsIdentity({ ticket: linkTicket, identifier: "teacher-own@example.org", password: PASSWORD }, origin())).rejects.toMatchObject({ code: "conflict" });
  });

  it("links with the right password: the course opens that account from then on, with its class membership", async () => {
    const launchMade = (await db.ltiUser.findFirstOrThrow({ where: { sub: lmsStudent.sub } })).userId;
    const classroom = await db.classroom.findFirstOrThrow({ where: { ltiContext: { isNot: null } } });
    // Ava asked to join the class with its code earlier and has work there, which counts in no report while she waits.
    const assignment = await db.assignment.create({ data: { classroomId: classroom.id, readingSlug: SLUG } });
    await db.enrollment.create({ data: { classroomId: classroom.id, studentId: ava.id, status: "pending" } });
    const earlier = await startAttempt(ava.id, assignment.id, { submittedAt: new Date() });
    await respond(earlier.id, "q-single", { optionId: "a" }, 1);
    const answered = () => db.answerTally.aggregate({ where: { assignmentId: assignment.id }, _sum: { count: true } });
    expect((await answered())._sum.count).toBe(null);
    const page = await launch((nonce) => platform.idToken({ ...platform.resourceLaunch(lmsStudent), nonce }));
    linkTicket = ticketIn(await page.text(), "link-lms\\?ticket")!;

    expect(await linkLmsIdentity({ ticket: linkTicket, identifier: "AVA-OWN", password: PASSWORD }, origin())).toBe("Ava Own");
    expect((await db.ltiUser.findFirstOrThrow({ where: { sub: lmsStudent.sub } })).userId).toBe(ava.id);
    expect(await db.user.count({ where: { id: launchMade } })).toBe(0);
    expect(await db.enrollment.count({ where: { classroomId: classroom.id, studentId: ava.id, status: "active" } })).toBe(1);
    // Active now through the link: her work counts, and the tallies say so.
    expect((await answered())._sum.count).toBe(1);
    expect((await checkTallies(db, [assignment.id])).differences).toEqual([]);
    // The ticket is spent.
    await expect(linkLmsIdentity({ ticket: linkTicket, identifier: "ava-own", password: PASSWORD }, origin())).rejects.toMatchObject({ code: "invalid" });

    const next = await launch((nonce) => platform.idToken({ ...platform.resourceLaunch(lmsStudent), nonce }));
    const html = await next.text();
    expect(html).not.toContain("link-lms");
    const session = await sessionRoute(new Request(`${TOOL}/api/lti/session?ticket=${ticketIn(html, "ticket")}`));
    expect(session.status).toBe(303);
    const ticketRow = await db.ltiTicket.findFirstOrThrow({ where: { kind: "session" }, orderBy: { expiresAt: "desc" } });
    expect(ticketRow.userId).toBe(ava.id);
  });

  it("another LMS identity cannot take an account that is already linked, even with its password", async () => {
    const page = await launch((nonce) => platform.idToken({ ...platform.resourceLaunch({ sub: "lms-intruder", name: "Intruder", roles: [LEARNER] }), nonce }));
    const ticket = ticketIn(await page.text(), "link-lms\\?ticket")!;
    await expect(linkLmsIdentity({ ticket, identifier: "ava-own", password: PASSWORD }, origin())).rejects.toMatchObject({ code: "conflict" });
    expect((await db.ltiUser.findFirstOrThrow({ where: { sub: lmsStudent.sub } })).userId).toBe(ava.id);
    expect((await db.ltiUser.findFirstOrThrow({ where: { sub: "lms-intruder" } })).userId).not.toBe(ava.id);
  });
});

describe("the tool's private key at rest", () => {
  it("is stored encrypted, readable only with the configured secret; a key stored in the clear is encrypted on first use", async () => {
    await toolSigningKey();
    const row = await db.ltiToolKey.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(row.privateJwk).not.toContain('"d"');
    expect(row.privateJwk.split(".")).toHaveLength(5);
    expect(await decryptPrivateJwk(row.privateJwk)).toMatchObject({ kty: "RSA", d: expect.any(String) });
    expect(await decryptPrivateJwk(row.privateJwk, { CLOSEREAD_LTI_KEY_SECRET: "another secret" })).toBeNull();

    const clear = JSON.stringify(await decryptPrivateJwk(row.privateJwk));
    await db.ltiToolKey.update({ where: { kid: row.kid }, data: { privateJwk: clear } });
    expect((await toolSigningKey()).kid).toBe(row.kid);
    expect((await db.ltiToolKey.findUniqueOrThrow({ where: { kid: row.kid } })).privateJwk).not.toContain('"d"');
  });
});
