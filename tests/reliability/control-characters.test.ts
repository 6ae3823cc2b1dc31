/**
 * Control characters in what people send, on PostgreSQL, which refuses NUL
 * in text outright: form fields, JSON bodies and sign-in lose them at the
 * edge (lib/forms/text.ts), so a pasted NUL saves like any other text
 * instead of turning the save into an error. Ids in URLs are checked for
 * their shape before any lookup.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/current-user";
import { withoutControlCharacters } from "@/lib/forms/text";
import { appDatabaseOnThrowawayPostgres } from "../support/postgres";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

// Before anything that opens the app's database, the reading fixtures included.
const cleanUp = await appDatabaseOnThrowawayPostgres();
const { assign, createUser, key, questionOfType, useReadingUnderTest } = await import("../reading/support");
const { db } = await import("@/lib/db/client");
const { providerOf } = await import("@/lib/db/config");
const { createClassroomAction } = await import("@/lib/classes/actions");
const responses = await import("@/app/api/attempts/[attemptId]/responses/route");
const { verifyCredentials } = await import("@/lib/auth/credentials");
const { hashPassword } = await import("@/lib/auth/password");
const { ensureAttempt, openAssignmentReading } = await import("@/lib/reading/reader");
const reviews = await import("@/app/api/review/cards/[cardId]/reviews/route");

/** Control characters a person never types: both ends of each range dropped, and DEL. */
const CONTROLS = "\u0000\u0001\u0008\u000B\u000C\u000E\u001F\u007F";

beforeAll(useReadingUnderTest);
afterAll(cleanUp);

describe("withoutControlCharacters", () => {
  it("drops NUL, the other C0 controls and DEL, and keeps tabs, line breaks and every visible character", () => {
    expect(withoutControlCharacters(`a${CONTROLS}b`)).toBe("ab");
    const kept = "Line one\r\n\tLine two: “quoted” — émigré, 塔利班, 🙂, \u00A0, \u200B";
    expect(withoutControlCharacters(kept)).toBe(kept);
  });
});

describe("on PostgreSQL", () => {
  it("runs on PostgreSQL", () => {
    expect(providerOf(process.env.DATABASE_URL!)).toBe("postgresql");
  });

  beforeEach(async () => {
    session.user = await createUser("teacher");
  });

  it("a form keeps a class name with a NUL in it, without the NUL", async () => {
    const form = new FormData();
    form.set("name", `Period\u0000 3${CONTROLS}`);
    // Success ends in a redirect to the new class, which Next signals by throwing.
    await expect(createClassroomAction({ status: "idle" }, form)).rejects.toThrow(/NEXT_REDIRECT/);
    const stored = await db.classroom.findMany({ where: { teacherId: session.user!.id }, select: { name: true } });
    expect(stored).toEqual([{ name: "Period 3" }]);
  });

  it("a written answer with control characters is stored without them", async () => {
    const student = await createUser("student");
    const assignment = await assign(student, { unlockInOrder: false });
    const attemptId = (await ensureAttempt((await openAssignmentReading(student, assignment.id))!)).attempt.id;
    session.user = student;
    const question = questionOfType("short_answer");
    const request = new Request(`http://localhost/api/attempts/${attemptId}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ questionId: `${question.id}\u0000`, answer: { text: `Because\u0000 of the pledge.${CONTROLS}\nAnd honour.` }, idempotencyKey: key() }),
    });
    const response = await responses.POST(request, { params: Promise.resolve({ attemptId }) });
    expect(response.status).toBe(201);
    const stored = await db.response.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: question.id } } });
    expect(JSON.parse(stored.answer)).toEqual({ text: "Because of the pledge.\nAnd honour." });
  });

  it("signs in with a NUL in the username or password as without it", async () => {
    const username = `nul-${Date.now()}`;
    const user = await db.user.create({
      data: { role: "student", username, displayName: "Nul", passwordHash: await hashPassword("a long password") },
    });
    await expect(verifyCredentials({ identifier: `${username}\u0000`, password: "a long\u0000 password" }, { address: "127.0.0.1" })).resolves.toEqual({ id: user.id });
    await expect(verifyCredentials({ identifier: `nobody\u0000`, password: "wrong" }, { address: "127.0.0.1" })).resolves.toBeNull();
  });

  it("a review card id with a NUL in the URL is a 404, not a database error", async () => {
    const cardId = "c\u0000'; DROP TABLE \"ReviewCard\"; --";
    const request = new Request("http://localhost/api/review/cards/x/reviews", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "glossary", reps: 0, rating: 3 }),
    });
    const response = await reviews.POST(request, { params: Promise.resolve({ cardId }) });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
