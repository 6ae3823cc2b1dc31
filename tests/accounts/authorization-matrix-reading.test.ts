/**
 * The authorization matrix, continued for reading, review and grading: every
 * route handler and the data function behind it, called as each kind of
 * actor, the pending student included. Only the attempt's and the card's
 * owner (a student of the class) and the class's teacher get through; a
 * refusal leaves the database exactly as it was.
 *
 * A file of its own because these entry points need a real reading, where
 * authorization-matrix.test.ts stubs the content loader.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { keyAnswer } from "@/lib/scoring/key";
import { builtInReading } from "../support/content";
import { questionOfType, SLUG, useReadingUnderTest } from "../reading/support";
import { asShown, shownKey } from "../support/shown-answers";
import { outcomeOf, type Outcome } from "./outcome";
import { ACTORS, createWorld, type Actor } from "./world";

const session = vi.hoisted(() => {
  // What next.config.ts's experimental.authInterrupts sets in the app: forbidden() renders the 403 page.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { current: null as null | { userId: string; sessionId: string; signedInAt: number; expiresAt: number } };
});

vi.mock("@/lib/auth/session-token", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session-token")>()),
  sessionClaims: async () => session.current,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "school.test" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeAll(useReadingUnderTest);

// Imported after the mocks are registered.
const { ensureAttempt, openAssignmentReading } = await import("@/lib/reading/reader");
const { getAttemptState, recordVisibleTime, startAgain, submitAttempt } = await import("@/lib/reading/attempts");
const { saveDraft, submitResponse } = await import("@/lib/reading/answering");
const { syncReviewCards } = await import("@/lib/review/cards");
const { submitReview } = await import("@/lib/review/review");
const { getGradingQueue } = await import("@/lib/grading/queue");
const { gradeWrittenAnswer } = await import("@/lib/grading/grade");
const { getLiveProgress } = await import("@/lib/analytics/live-progress");
const { getAssignmentReport } = await import("@/lib/analytics/assignment-report");
const { gradebookCsv } = await import("@/lib/export/gradebook");
const { discardDraft, getDraft, publishDraft, saveDraft: saveReadingDraft } = await import("@/lib/authoring/drafts");
const readingDraftRoute = await import("@/app/api/authoring/drafts/[draftId]/route");
const glossaryRoute = await import("@/app/api/authoring/glossary-suggestions/route");
const stateRoute = await import("@/app/api/attempts/[attemptId]/state/route");
const draftRoute = await import("@/app/api/attempts/[attemptId]/drafts/[questionId]/route");
const responsesRoute = await import("@/app/api/attempts/[attemptId]/responses/route");
const eventsRoute = await import("@/app/api/attempts/[attemptId]/events/route");
const submitRoute = await import("@/app/api/attempts/[attemptId]/submit/route");
const restartRoute = await import("@/app/api/attempts/[attemptId]/restart/route");
const reviewRoute = await import("@/app/api/review/cards/[cardId]/reviews/route");
const liveRoute = await import("@/app/api/teach/assignments/[assignmentId]/live/route");
const gradebookRoute = await import("@/app/(teacher)/teach/assignments/[assignmentId]/export/gradebook.csv/route");
const responsesCsvRoute = await import("@/app/(teacher)/teach/assignments/[assignmentId]/export/responses.csv/route");

/** Everyone in authorization-matrix.test.ts, and a student whose request to join is still waiting. */
const READING_ACTORS = [...ACTORS, "pendingStudent"] as const;
type ReadingActor = (typeof READING_ACTORS)[number];

/** A route's outcome: allowed, or refused with its status (a download refuses as a page does). */
type Expected = Outcome | number;
type Expectation = Record<ReadingActor, Expected>;

/** The attempt's or card's owner only; anyone else's request reads as "no such attempt". */
const OWNER_ONLY_JSON: Expectation = {
  anonymous: 401,
  student: "allowed",
  otherStudent: 404,
  pendingStudent: 404,
  learner: 404,
  teacher: 404,
  otherTeacher: 404,
};
const OWNER_ONLY_DATA: Expectation = {
  ...OWNER_ONLY_JSON,
  otherStudent: "not-found",
  pendingStudent: "not-found",
  learner: "not-found",
  teacher: "not-found",
  otherTeacher: "not-found",
};
/** The class's teacher only: other roles are refused before any query, another teacher finds nothing. */
const TEACHER_JSON: Expectation = {
  anonymous: 401,
  student: 403,
  otherStudent: 403,
  pendingStudent: 403,
  learner: 403,
  teacher: "allowed",
  otherTeacher: 404,
};
const TEACHER_DOWNLOAD: Expectation = {
  anonymous: "sign-in",
  student: "forbidden",
  otherStudent: "forbidden",
  pendingStudent: "forbidden",
  learner: "forbidden",
  teacher: "allowed",
  otherTeacher: "not-found",
};
/** Data functions are never called anonymously: the route or page sends the visitor to sign in first. */
const TEACHER_DATA = TEACHER_DOWNLOAD;

async function readingWorld() {
  const world = await createWorld();
  const users = {
    ...world.sessionUsers,
    pendingStudent: { id: world.pendingStudent.id, role: "student" as const, displayName: world.pendingStudent.displayName },
  };
  const assignment = await db.assignment.create({
    data: { classroomId: world.classroom.id, readingSlug: SLUG, unlockInOrder: false, attemptsAllowed: 2 },
  });
  const opened = await openAssignmentReading(users.student, assignment.id);
  const { attempt } = await ensureAttempt(opened!);
  const written = questionOfType("short_answer");
  await submitResponse(users.student, attempt.id, {
    questionId: written.id,
    answer: keyAnswer(written),
    idempotencyKey: `matrix-${world.tag}`,
  });
  const response = await db.response.findFirstOrThrow({ where: { attemptId: attempt.id, questionId: written.id }, select: { id: true } });
  // Glossary flashcards are an opt-in: this student takes them, so the review route has a card to rate.
  await db.user.update({ where: { id: users.student.id }, data: { glossaryCards: true } });
  await syncReviewCards(users.student);
  const card = await db.reviewCard.findFirstOrThrow({ where: { userId: users.student.id, kind: "glossary" } });
  // The teacher's reading being written in the editor: a finished one, ready to publish.
  const finished = builtInReading("gettysburg-address");
  const reading: Record<string, unknown> = { ...finished.reading, slug: `matrix-draft-${world.tag}` };
  delete reading.version; // the loader's content hash, not part of reading.json
  const readingDraft = { reading: reading as typeof finished.reading, questions: finished.questions };
  const { id: draftId } = await db.readingDraft.create({
    data: { ownerId: users.teacher.id, slug: readingDraft.reading.slug, draftJson: JSON.stringify(readingDraft) },
    select: { id: true },
  });
  return {
    draftId,
    readingDraft,
    users,
    assignmentId: assignment.id,
    attemptId: attempt.id,
    card,
    responseId: response.id,
    written,
    draftQuestion: questionOfType("single_choice"),
  };
}

type ReadingWorld = Awaited<ReturnType<typeof readingWorld>>;
type Row = { name: string; expect: Expectation; run: (world: ReadingWorld) => Promise<unknown> };
type DataRow = { name: string; expect: Expectation; run: (world: ReadingWorld, actor: ReadingWorld["users"]["student"]) => Promise<unknown> };

const segments = <T,>(value: T) => ({ params: Promise.resolve(value) });
const json = (method: string, body: unknown) =>
  new Request("http://school.test/api", { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const get = () => new Request("http://school.test/api");
const attempt = (w: ReadingWorld) => segments({ attemptId: w.attemptId });
const assignment = (w: ReadingWorld) => segments({ assignmentId: w.assignmentId });
/** Answers in the ids the attempt's page shows (lib/content/presentation.ts), as the owner's browser sends them. */
const draft = async (w: ReadingWorld) => ({ answer: await asShown(w.attemptId, w.draftQuestion, { optionId: w.draftQuestion.options[0]!.id }), confidence: null });
const visibleTime = { chunkId: "c1", visibleMs: 5000 };
const rating = (w: ReadingWorld) => ({ kind: "glossary" as const, reps: w.card.reps, rating: 3 as const });
const grade = (w: ReadingWorld) => ({
  responseId: w.responseId,
  criteria: Object.fromEntries(w.written.rubric.criteria.map((criterion) => [criterion.id, 0])),
  comment: "",
});

const routes: Row[] = [
  { name: "GET /api/attempts/[attemptId]/state", expect: OWNER_ONLY_JSON, run: (w) => stateRoute.GET(get(), attempt(w)) },
  {
    name: "PUT /api/attempts/[attemptId]/drafts/[questionId]",
    expect: OWNER_ONLY_JSON,
    run: async (w) => draftRoute.PUT(json("PUT", await draft(w)), segments({ attemptId: w.attemptId, questionId: w.draftQuestion.id })),
  },
  {
    name: "POST /api/attempts/[attemptId]/responses",
    expect: OWNER_ONLY_JSON,
    run: async (w) =>
      responsesRoute.POST(json("POST", { questionId: w.draftQuestion.id, answer: await shownKey(w.attemptId, w.draftQuestion), idempotencyKey: "matrix-answer" }), attempt(w)),
  },
  { name: "POST /api/attempts/[attemptId]/events", expect: OWNER_ONLY_JSON, run: (w) => eventsRoute.POST(json("POST", visibleTime), attempt(w)) },
  { name: "POST /api/attempts/[attemptId]/submit", expect: OWNER_ONLY_JSON, run: (w) => submitRoute.POST(json("POST", {}), attempt(w)) },
  {
    // The owner has not submitted yet, so even they cannot start again (409); everyone else finds no attempt.
    name: "POST /api/attempts/[attemptId]/restart",
    expect: { ...OWNER_ONLY_JSON, student: 409 },
    run: (w) => restartRoute.POST(json("POST", {}), attempt(w)),
  },
  {
    name: "POST /api/review/cards/[cardId]/reviews",
    expect: OWNER_ONLY_JSON,
    run: (w) => reviewRoute.POST(json("POST", rating(w)), segments({ cardId: w.card.id })),
  },
  { name: "GET /api/teach/assignments/[assignmentId]/live", expect: TEACHER_JSON, run: (w) => liveRoute.GET(get(), assignment(w)) },
  { name: "GET /teach/assignments/[assignmentId]/export/gradebook.csv", expect: TEACHER_DOWNLOAD, run: (w) => gradebookRoute.GET(get(), assignment(w)) },
  {
    name: "GET /teach/assignments/[assignmentId]/export/responses.csv",
    expect: TEACHER_DOWNLOAD,
    run: (w) => responsesCsvRoute.GET(get(), assignment(w)),
  },
  {
    name: "PUT /api/authoring/drafts/[draftId]",
    expect: TEACHER_JSON,
    run: (w) => readingDraftRoute.PUT(json("PUT", { draft: w.readingDraft, revision: 1 }), segments({ draftId: w.draftId })),
  },
  {
    // Suggestions read only the text sent: any teacher may ask.
    name: "POST /api/authoring/glossary-suggestions",
    expect: { ...TEACHER_JSON, otherTeacher: "allowed" },
    run: () => glossaryRoute.POST(json("POST", { text: "The insurgency abetted its hosts.", glossaryTerms: [] })),
  },
];

const dataFunctions: DataRow[] = [
  {
    // The class's teacher may open their own assignment (to preview it); a pending student may not yet.
    name: "openAssignmentReading",
    expect: { ...OWNER_ONLY_DATA, teacher: "allowed" },
    run: (w, a) => openAssignmentReading(a, w.assignmentId),
  },
  { name: "getAttemptState", expect: OWNER_ONLY_DATA, run: (w, a) => getAttemptState(a, w.attemptId) },
  { name: "saveDraft", expect: OWNER_ONLY_DATA, run: async (w, a) => saveDraft(a, w.attemptId, w.draftQuestion.id, await draft(w)) },
  {
    name: "submitResponse",
    expect: OWNER_ONLY_DATA,
    run: async (w, a) => submitResponse(a, w.attemptId, { questionId: w.draftQuestion.id, answer: await shownKey(w.attemptId, w.draftQuestion), idempotencyKey: "matrix-data" }),
  },
  { name: "recordVisibleTime", expect: OWNER_ONLY_DATA, run: (w, a) => recordVisibleTime(a, w.attemptId, visibleTime) },
  { name: "submitAttempt", expect: OWNER_ONLY_DATA, run: (w, a) => submitAttempt(a, w.attemptId) },
  { name: "startAgain", expect: { ...OWNER_ONLY_DATA, student: "refused" }, run: (w, a) => startAgain(a, w.attemptId) },
  { name: "submitReview", expect: OWNER_ONLY_DATA, run: (w, a) => submitReview(a, w.card.id, rating(w), new Date(), "UTC") },
  { name: "getGradingQueue", expect: TEACHER_DATA, run: (w, a) => getGradingQueue(a, w.assignmentId) },
  { name: "gradeWrittenAnswer", expect: TEACHER_DATA, run: (w, a) => gradeWrittenAnswer(a, grade(w)) },
  { name: "getLiveProgress", expect: TEACHER_DATA, run: (w, a) => getLiveProgress(a, w.assignmentId) },
  { name: "getAssignmentReport", expect: TEACHER_DATA, run: (w, a) => getAssignmentReport(a, w.assignmentId) },
  { name: "gradebookCsv", expect: TEACHER_DATA, run: (w, a) => gradebookCsv(a, w.assignmentId) },
  { name: "getDraft", expect: TEACHER_DATA, run: (w, a) => getDraft(a, w.draftId) },
  { name: "saveDraft (reading editor)", expect: TEACHER_DATA, run: (w, a) => saveReadingDraft(a, w.draftId, { draft: w.readingDraft, revision: 1 }) },
  { name: "publishDraft", expect: TEACHER_DATA, run: (w, a) => publishDraft(a, w.draftId) },
  { name: "discardDraft", expect: TEACHER_DATA, run: (w, a) => discardDraft(a, w.draftId) },
];

/** What reading, review, grading and the reading editor can change, to prove a refusal changed nothing. */
async function snapshot(): Promise<string> {
  const [attempts, responses, drafts, events, cards, grades, readingDrafts, readings] = await Promise.all([
    db.attempt.findMany({ orderBy: { id: "asc" }, select: { id: true, submittedAt: true, number: true, currentChunkId: true, visibleMs: true } }),
    db.response.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, score: true, answer: true, gradeId: true } }),
    db.response.count({ where: { status: "draft" } }),
    db.readingEvent.count(),
    db.reviewCard.findMany({ orderBy: { id: "asc" }, select: { id: true, reps: true, due: true } }),
    db.gradeRevision.count(),
    db.readingDraft.findMany({ orderBy: { id: "asc" }, select: { id: true, revision: true, draftJson: true } }),
    db.reading.count(),
  ]);
  return JSON.stringify({ attempts, responses, drafts, events, cards, grades, readingDrafts, readings });
}

/** A signed-in actor has a session row, as after a real sign-in (lib/auth/sign-in-sessions.ts). */
async function signInAs(world: ReadingWorld, actor: ReadingActor) {
  if (actor === "anonymous") {
    session.current = null;
    return;
  }
  const userId = world.users[actor].id;
  const { id: sessionId } = await db.session.create({ data: { userId } });
  session.current = { userId, sessionId, signedInAt: Date.now(), expiresAt: Date.now() + 3_600_000 };
}

/** A Response's status when refused, so 401, 403 and 404 are told apart. */
function observed(outcome: Outcome, detail: string, expected: Expected): Expected {
  return typeof expected === "number" && outcome === "refused" ? Number(detail) : outcome;
}

describe.each(routes)("$name", (row) => {
  it.each(READING_ACTORS)("as %s", async (actor: ReadingActor) => {
    const world = await readingWorld();
    await signInAs(world, actor);
    const before = await snapshot();
    const { outcome, detail } = await outcomeOf(() => row.run(world));
    expect(observed(outcome, detail, row.expect[actor]), detail).toBe(row.expect[actor]);
    if (outcome !== "allowed") expect(await snapshot()).toBe(before);
  });
});

describe.each(dataFunctions)("data function $name", (row) => {
  it.each(READING_ACTORS.filter((actor): actor is Exclude<Actor | "pendingStudent", "anonymous"> => actor !== "anonymous"))(
    "as %s",
    async (actor) => {
      const world = await readingWorld();
      const before = await snapshot();
      const { outcome, detail } = await outcomeOf(() => row.run(world, world.users[actor]));
      expect(outcome, detail).toBe(row.expect[actor]);
      if (outcome !== "allowed") expect(await snapshot()).toBe(before);
    },
  );
});
