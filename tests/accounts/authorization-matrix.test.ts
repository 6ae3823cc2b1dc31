/**
 * The authorization matrix: every page, route handler, server action and data
 * function of accounts, classes and assignments, called as each kind of
 * actor. A refusal must also leave the database exactly as it was.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ACTORS, createWorld, form, snapshot, type Actor, type World } from "./world";
import { outcomeOf, type Outcome } from "./outcome";

const session = vi.hoisted(() => {
  // What next.config.ts's experimental.authInterrupts sets in the app: forbidden() renders the 403 page.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { current: null as null | { userId: string; sessionId: string; signedInAt: number; expiresAt: number } };
});

vi.mock("@/lib/auth/session-token", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session-token")>()),
  sessionClaims: async () => session.current,
}));
vi.mock("@/lib/auth/next-auth", () => ({
  // Signing in only sets a cookie; the tests check what happens before and after.
  signIn: async () => undefined,
  signOut: async () => undefined,
  CredentialsSignin: class CredentialsSignin extends Error {},
  RateLimitedSignIn: class RateLimitedSignIn extends Error {},
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "school.test", "x-closeread-client-address": "203.0.113.7" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/content/load", () => {
  const reading = {
    slug: "test-reading",
    title: "A Test Reading",
    author: "A. Author",
    readingMinutes: 9,
    published: true,
    version: "0",
    paragraphs: [{ id: "p01", sentences: ["A short test sentence."] }],
    chunks: [],
  };
  const find = (slug: string) => (slug === reading.slug ? reading : undefined);
  return { listReadings: () => [reading], getReading: find, getQuestions: () => [] };
});

// Imported after the mocks are registered.
const { canAccessAssignment } = await import("@/lib/auth/owned");
const classActions = await import("@/lib/classes/actions");
const studentActions = await import("@/lib/students/actions");
const assignmentActions = await import("@/lib/assignments/actions");
const accountActions = await import("@/lib/accounts/actions");
const classQueries = await import("@/lib/classes/queries");
const studentQueries = await import("@/lib/students/queries");
const assignmentQueries = await import("@/lib/assignments/queries");
const classMutations = await import("@/lib/classes/mutations");
const studentMutations = await import("@/lib/students/mutations");
const assignmentMutations = await import("@/lib/assignments/mutations");
const { default: TeachPage } = await import("@/app/(teacher)/teach/page");
const { default: ClassPage } = await import("@/app/(teacher)/teach/classes/[classId]/page");
const { default: CardsPage } = await import("@/app/(teacher)/teach/classes/[classId]/cards/page");
const { default: NewAssignmentPage } = await import("@/app/(teacher)/teach/classes/[classId]/assignments/new/page");
const { default: StudentPage } = await import("@/app/(teacher)/teach/classes/[classId]/students/[studentId]/page");
const { GET: exportStudent } = await import("@/app/(teacher)/teach/classes/[classId]/students/[studentId]/export/route");
const { default: AssignmentSettingsPage } = await import("@/app/(teacher)/teach/assignments/[assignmentId]/settings/page");
const { default: StudentClassesPage } = await import("@/app/(student)/classes/page");
const { default: AccountPage } = await import("@/app/(auth)/account/page");
const { GET: exportOwnData } = await import("@/app/(auth)/account/export/route");
const { hashPassword } = await import("@/lib/auth/password");
const { db } = await import("@/lib/db/client");

type Expectation = Record<Actor, Outcome>;

/** Teacher pages and data: only the owning teacher; another teacher sees "not found", never "forbidden" (no existence leak). */
const OWNER_ONLY_PAGE: Expectation = {
  anonymous: "sign-in",
  student: "forbidden",
  otherStudent: "forbidden",
  learner: "forbidden",
  teacher: "allowed",
  otherTeacher: "not-found",
};
/** Teacher actions on one record: the same, but a refusal is a message in the form. */
const OWNER_ONLY_ACTION: Expectation = { ...OWNER_ONLY_PAGE, otherTeacher: "refused" };
const ANY_TEACHER: Expectation = { ...OWNER_ONLY_PAGE, otherTeacher: "allowed" };
const ANY_STUDENT: Expectation = {
  anonymous: "sign-in",
  student: "allowed",
  otherStudent: "allowed",
  learner: "forbidden",
  teacher: "forbidden",
  otherTeacher: "forbidden",
};
const ANYONE_SIGNED_IN: Expectation = { ...ANY_TEACHER, student: "allowed", otherStudent: "allowed", learner: "allowed" };

const PASSWORD = "correct horse battery";
let passwordHash = "";
beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

const params = <T,>(value: T) => Promise.resolve(value);
const noSearch = params({});

type Row = { name: string; expect: Expectation; run: (world: World) => Promise<unknown> };

const classId = (world: World) => world.classroom.id;
const pendingIds = (world: World) => ({ classId: world.classroom.id, studentId: world.pendingStudent.id });
const studentIds = (world: World) => ({ classId: world.classroom.id, studentId: world.student.id });

const pagesAndRoutes: Row[] = [
  { name: "page /teach", expect: ANY_TEACHER, run: () => TeachPage() },
  {
    name: "page /teach/classes/[classId]",
    expect: OWNER_ONLY_PAGE,
    run: (w) => ClassPage({ params: params({ classId: classId(w) }), searchParams: noSearch }),
  },
  { name: "page /teach/classes/[classId]/cards", expect: OWNER_ONLY_PAGE, run: (w) => CardsPage({ params: params({ classId: classId(w) }) }) },
  {
    name: "page /teach/classes/[classId]/assignments/new",
    expect: OWNER_ONLY_PAGE,
    run: (w) => NewAssignmentPage({ params: params({ classId: classId(w) }) }),
  },
  {
    name: "page /teach/classes/[classId]/students/[studentId]",
    expect: OWNER_ONLY_PAGE,
    run: (w) => StudentPage({ params: params(studentIds(w)) }),
  },
  {
    name: "route /teach/classes/[classId]/students/[studentId]/export",
    expect: OWNER_ONLY_PAGE,
    run: (w) => exportStudent(new Request("http://school.test/export"), { params: params(studentIds(w)) }),
  },
  {
    name: "page /teach/assignments/[assignmentId]/settings",
    expect: OWNER_ONLY_PAGE,
    run: (w) => AssignmentSettingsPage({ params: params({ assignmentId: w.assignment.id }) }),
  },
  { name: "page /classes", expect: ANY_STUDENT, run: () => StudentClassesPage({ searchParams: noSearch }) },
  { name: "page /account", expect: ANYONE_SIGNED_IN, run: () => AccountPage() },
  { name: "route /account/export", expect: ANYONE_SIGNED_IN, run: () => exportOwnData(new Request("http://school.test/account/export")) },
];

const actions: Row[] = [
  { name: "createClassroomAction", expect: ANY_TEACHER, run: () => classActions.createClassroomAction({ status: "idle" }, form({ name: "New class" })) },
  {
    name: "renameClassroomAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) => classActions.renameClassroomAction({ status: "idle" }, form({ classId: classId(w), name: "Renamed" })),
  },
  {
    name: "archiveClassroomAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) => classActions.archiveClassroomAction({ status: "idle" }, form({ classId: classId(w), archived: "true" })),
  },
  {
    name: "regenerateJoinCodeAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) => classActions.regenerateJoinCodeAction({ status: "idle" }, form({ classId: classId(w) })),
  },
  {
    name: "updateJoinSettingsAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) => classActions.updateJoinSettingsAction({ status: "idle" }, form({ classId: classId(w), joinOpen: "false" })),
  },
  {
    name: "approveStudentAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) => studentActions.approveStudentAction({ status: "idle" }, form(pendingIds(w))),
  },
  {
    name: "declineStudentAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) => studentActions.declineStudentAction({ status: "idle" }, form(pendingIds(w))),
  },
  {
    name: "declineAllPendingAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) => studentActions.declineAllPendingAction({ status: "idle" }, form({ classId: classId(w) })),
  },
  {
    name: "removeStudentAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) => studentActions.removeStudentAction({ status: "idle" }, form(studentIds(w))),
  },
  {
    name: "resetStudentPasswordAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) => studentActions.resetStudentPasswordAction({ status: "idle" }, form(studentIds(w))),
  },
  {
    name: "deleteStudentDataAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) => studentActions.deleteStudentDataAction({ status: "idle" }, form({ ...studentIds(w), confirmUsername: w.student.username! })),
  },
  {
    name: "createAssignmentAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) =>
      assignmentActions.createAssignmentAction(
        { status: "idle" },
        form({ classId: classId(w), readingSlug: "test-reading", dueAt: "", feedbackMode: "immediate", attemptsAllowed: "2", questionSet: "all" }),
      ),
  },
  {
    name: "updateAssignmentAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) =>
      assignmentActions.updateAssignmentAction(
        { status: "idle" },
        form({ assignmentId: w.assignment.id, dueAt: "2099-01-01T09:00", feedbackMode: "after_submit", attemptsAllowed: "3" }),
      ),
  },
  {
    name: "setAssignmentClosedAction",
    expect: OWNER_ONLY_ACTION,
    run: (w) => assignmentActions.setAssignmentClosedAction({ status: "idle" }, form({ assignmentId: w.assignment.id, closed: "true" })),
  },
  {
    name: "changePasswordAction",
    expect: ANYONE_SIGNED_IN,
    run: () =>
      accountActions.changePasswordAction(
        { status: "idle" },
        form({ currentPassword: PASSWORD, password: "a brand new passphrase", confirmPassword: "a brand new passphrase" }),
      ),
  },
  {
    // One's own account only (it names no one); a teacher whose class has students is refused (lib/accounts/own-data.ts).
    name: "deleteAccountAction",
    expect: { anonymous: "sign-in", student: "allowed", otherStudent: "allowed", learner: "allowed", teacher: "refused", otherTeacher: "refused" },
    run: () => accountActions.deleteAccountAction({ status: "idle" }, form({ currentPassword: PASSWORD })),
  },
  {
    // Anyone may join (anonymous visitors create a student account), a student only once;
    // signed-in teachers and learners are told to sign out first.
    name: "joinClassAction",
    expect: { anonymous: "allowed", student: "refused", otherStudent: "allowed", learner: "refused", teacher: "refused", otherTeacher: "refused" },
    run: (w) =>
      accountActions.joinClassAction(
        { status: "idle" },
        form({
          code: w.classroom.joinCode,
          displayName: "Newcomer",
          username: `new-${w.tag}`,
          password: "a long enough passphrase",
          confirmPassword: "a long enough passphrase",
        }),
      ),
  },
];

/** Data functions take the signed-in user; anonymous callers never reach them, so that column is the page's. */
type DataRow = { name: string; expect: Omit<Expectation, "anonymous">; run: (world: World, actor: World["sessionUsers"]["teacher"]) => Promise<unknown> };
const OWNER_ONLY_DATA = { student: "forbidden", otherStudent: "forbidden", learner: "forbidden", teacher: "allowed", otherTeacher: "not-found" } as const;
const IN_CLASS = { student: "allowed", otherStudent: "not-found", learner: "not-found", teacher: "allowed", otherTeacher: "not-found" } as const;

const dataFunctions: DataRow[] = [
  { name: "listTeacherClassrooms", expect: { ...OWNER_ONLY_DATA, otherTeacher: "allowed" }, run: (_w, a) => classQueries.listTeacherClassrooms(a) },
  { name: "getTeacherClassroom", expect: OWNER_ONLY_DATA, run: (w, a) => classQueries.getTeacherClassroom(a, classId(w)) },
  { name: "getStudentInClass", expect: OWNER_ONLY_DATA, run: (w, a) => studentQueries.getStudentInClass(a, classId(w), w.student.id) },
  { name: "exportStudentData", expect: OWNER_ONLY_DATA, run: (w, a) => studentQueries.exportStudentData(a, classId(w), w.student.id) },
  { name: "getTeacherAssignment", expect: OWNER_ONLY_DATA, run: (w, a) => assignmentQueries.getTeacherAssignment(a, w.assignment.id) },
  { name: "canAccessAssignment", expect: IN_CLASS, run: (w, a) => canAccessAssignment(a, w.assignment.id) },
  {
    name: "listStudentClasses",
    expect: { student: "allowed", otherStudent: "allowed", learner: "forbidden", teacher: "forbidden", otherTeacher: "forbidden" },
    run: (_w, a) => classQueries.listStudentClasses(a),
  },
  { name: "renameClassroom", expect: OWNER_ONLY_DATA, run: (w, a) => classMutations.renameClassroom(a, classId(w), "Renamed") },
  { name: "setClassroomArchived", expect: OWNER_ONLY_DATA, run: (w, a) => classMutations.setClassroomArchived(a, classId(w), true) },
  { name: "regenerateJoinCode", expect: OWNER_ONLY_DATA, run: (w, a) => classMutations.regenerateJoinCode(a, classId(w)) },
  { name: "updateJoinSettings", expect: OWNER_ONLY_DATA, run: (w, a) => classMutations.updateJoinSettings(a, classId(w), { requireApproval: true }) },
  { name: "approveStudent", expect: OWNER_ONLY_DATA, run: (w, a) => studentMutations.approveStudent(a, classId(w), w.pendingStudent.id) },
  { name: "declineStudent", expect: OWNER_ONLY_DATA, run: (w, a) => studentMutations.declineStudent(a, classId(w), w.pendingStudent.id) },
  { name: "declineAllPending", expect: OWNER_ONLY_DATA, run: (w, a) => studentMutations.declineAllPending(a, classId(w)) },
  { name: "removeStudent", expect: OWNER_ONLY_DATA, run: (w, a) => studentMutations.removeStudent(a, classId(w), w.student.id) },
  { name: "resetStudentPassword", expect: OWNER_ONLY_DATA, run: (w, a) => studentMutations.resetStudentPassword(a, classId(w), w.student.id) },
  {
    name: "deleteStudentData",
    expect: OWNER_ONLY_DATA,
    run: (w, a) => studentMutations.deleteStudentData(a, classId(w), w.student.id, w.student.username!),
  },
  {
    name: "createAssignment",
    expect: OWNER_ONLY_DATA,
    run: (w, a) =>
      assignmentMutations.createAssignment(a, {
        classId: classId(w),
        readingSlug: "test-reading",
        dueAt: null,
        feedbackMode: "immediate",
        unlockInOrder: true,
        allowPractice: false,
        attemptsAllowed: 1,
      }),
  },
  {
    name: "updateAssignment",
    expect: OWNER_ONLY_DATA,
    run: (w, a) =>
      assignmentMutations.updateAssignment(a, w.assignment.id, { dueAt: null, feedbackMode: "after_submit", unlockInOrder: false, allowPractice: false, attemptsAllowed: 2 }),
  },
  { name: "setAssignmentClosed", expect: OWNER_ONLY_DATA, run: (w, a) => assignmentMutations.setAssignmentClosed(a, w.assignment.id, true) },
];

async function signInAs(world: World, actor: Actor) {
  if (actor === "anonymous") {
    session.current = null;
    return;
  }
  const userId = world.sessionUsers[actor].id;
  const { id: sessionId } = await db.session.create({ data: { userId } });
  session.current = { userId, sessionId, signedInAt: Date.now(), expiresAt: Date.now() + 3_600_000 };
}

describe.each([...pagesAndRoutes, ...actions])("$name", (row) => {
  it.each(ACTORS)("as %s", async (actor) => {
    const world = await createWorld(passwordHash);
    await signInAs(world, actor);
    const before = await snapshot();
    const { outcome, detail } = await outcomeOf(() => row.run(world));
    expect({ outcome, detail }).toMatchObject({ outcome: row.expect[actor] });
    if (outcome !== "allowed") expect(await snapshot()).toBe(before);
  });
});

describe.each(dataFunctions)("data function $name", (row) => {
  it.each(ACTORS.filter((actor) => actor !== "anonymous"))("as %s", async (actor) => {
    const world = await createWorld();
    const user = world.sessionUsers[actor as Exclude<Actor, "anonymous">];
    const before = await snapshot();
    const { outcome, detail } = await outcomeOf(() => row.run(world, user));
    expect({ outcome, detail }).toMatchObject({ outcome: row.expect[actor as Exclude<Actor, "anonymous">] });
    if (outcome !== "allowed") expect(await snapshot()).toBe(before);
  });
});

describe("ids in URLs", () => {
  it("a malformed id is a 404 before any query, for the owning teacher too", async () => {
    const world = await createWorld();
    await signInAs(world, "teacher");
    expect((await outcomeOf(() => ClassPage({ params: params({ classId: "1 OR 1=1" }), searchParams: noSearch }))).outcome).toBe("not-found");
    expect((await outcomeOf(() => AssignmentSettingsPage({ params: params({ assignmentId: "../../etc" }) }))).outcome).toBe("not-found");
  });

  it("ids are cuids: long, random, not sequential", () => {
    return createWorld().then((world) => {
      for (const id of [world.classroom.id, world.assignment.id, world.student.id]) expect(id).toMatch(/^c[a-z0-9]{24}$/);
      expect(world.classroom.id).not.toBe(world.otherClassroom.id);
    });
  });
});
