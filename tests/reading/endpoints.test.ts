/**
 * The reading endpoints at their edge (docs/reading-api.md): who may call
 * them, what a malformed or oversized request gets, and that a refused
 * request changes nothing.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { ensureAttempt, openAssignmentReading } from "@/lib/reading/reader";
import type { Question } from "@/lib/content/schema";
import { assign, createUser, questionOfType, questions, useReadingUnderTest } from "./support";
import { asShown, shownKey } from "../support/shown-answers";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const responses = await import("@/app/api/attempts/[attemptId]/responses/route");
const drafts = await import("@/app/api/attempts/[attemptId]/drafts/[questionId]/route");
const state = await import("@/app/api/attempts/[attemptId]/state/route");
const events = await import("@/app/api/attempts/[attemptId]/events/route");
const submit = await import("@/app/api/attempts/[attemptId]/submit/route");
const preferences = await import("@/app/api/preferences/route");

beforeAll(useReadingUnderTest);

let student: SessionUser;
let attemptId: string;

beforeEach(async () => {
  student = await createUser();
  const assignment = await assign(student);
  attemptId = (await ensureAttempt((await openAssignmentReading(student, assignment.id))!)).attempt.id;
  session.user = student;
});

function request(path: string, method: string, body?: unknown, raw?: string, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: method === "GET" ? undefined : (raw ?? JSON.stringify(body)),
  });
}

const params = (id = attemptId) => ({ params: Promise.resolve({ attemptId: id }) });

function postAnswer(body: unknown, raw?: string, id = attemptId) {
  return responses.POST(request(`/api/attempts/${id}/responses`, "POST", body, raw), params(id));
}

async function storedRows() {
  return {
    responses: await db.response.count({ where: { attemptId } }),
    events: await db.readingEvent.count({ where: { attemptId } }),
    attempt: await db.attempt.findUniqueOrThrow({ where: { id: attemptId } }),
  };
}

describe("POST /api/attempts/<id>/responses", () => {
  const question = () => questionOfType("single_choice", "c1");

  it("grades and stores the answer (201), and returns the stored result for a repeat (200)", async () => {
    const body = { questionId: question().id, answer: await shownKey(attemptId, question()), confidence: 3, idempotencyKey: "endpoint-key-1" };
    const first = await postAnswer(body);
    expect(first.status).toBe(201);
    expect((await first.json()).response).toMatchObject({ questionId: question().id, status: "graded", score: 1, maxScore: 1, confidence: 3 });
    const again = await postAnswer(body);
    expect(again.status).toBe(200);
    expect(await db.response.count({ where: { attemptId } })).toBe(1);
  });

  it.each([
    ["malformed JSON", undefined, "{ not json"],
    ["a missing idempotency key", { questionId: "q-c1-why-1776", answer: { optionId: "a" } }, undefined],
    ["an unknown field", { questionId: "q-c1-why-1776", answer: { optionId: "a" }, idempotencyKey: "endpoint-key-2", admin: true }, undefined],
    ["a confidence of 4", { questionId: "q-c1-why-1776", answer: { optionId: "a" }, idempotencyKey: "endpoint-key-3", confidence: 4 }, undefined],
    ["an unknown question", { questionId: "q-nope", answer: { optionId: "a" }, idempotencyKey: "endpoint-key-4" }, undefined],
    ["an unknown option", { questionId: "q-c1-why-1776", answer: { optionId: "z" }, idempotencyKey: "endpoint-key-5" }, undefined],
    ["the wrong answer shape", { questionId: "q-c1-why-1776", answer: ["a"], idempotencyKey: "endpoint-key-6" }, undefined],
  ])("refuses %s with 400 and field errors, storing nothing", async (_, body, raw) => {
    const before = await storedRows();
    const response = await postAnswer(body, raw);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid");
    expect(error.message).toEqual(expect.any(String));
    expect(error.fields).toBeTypeOf("object");
    expect(await storedRows()).toEqual(before);
  });

  it("names the field at fault", async () => {
    const response = await postAnswer({ questionId: "q-c1-why-1776", answer: { optionId: "z" }, idempotencyKey: "endpoint-key-7" });
    expect((await response.json()).error.fields).toEqual({ "answer.optionId": ["is not one of this question's options"] });
  });

  it("refuses a body over 64 KiB with 413, whatever Content-Length says", async () => {
    const big = { questionId: "q-c2-task-of-the-living", answer: { text: "word ".repeat(14_000) }, idempotencyKey: "endpoint-key-8" };
    expect((await postAnswer(big)).status).toBe(413);
    const lying = new Request(`http://localhost/api/attempts/${attemptId}/responses`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "10" },
      body: JSON.stringify(big),
    });
    expect((await responses.POST(lying, params())).status).toBe(413);
    expect(await db.response.count({ where: { attemptId } })).toBe(0);
  });

  it("refuses anonymous callers (401), unknown and malformed attempts (404), and cross-site requests (403)", async () => {
    const body = { questionId: question().id, answer: await shownKey(attemptId, question()), idempotencyKey: "endpoint-key-9" };
    session.user = null;
    expect((await postAnswer(body)).status).toBe(401);
    session.user = await createUser();
    expect((await postAnswer(body)).status).toBe(404);
    session.user = student;
    expect((await postAnswer(body, undefined, "not-an-id")).status).toBe(404);
    const crossSite = request(`/api/attempts/${attemptId}/responses`, "POST", body, undefined, { "sec-fetch-site": "cross-site" });
    expect((await responses.POST(crossSite, params())).status).toBe(403);
    expect(await db.response.count({ where: { attemptId } })).toBe(0);
  });

  it("refuses a body that is not declared application/json (415): a form post or a text/plain beacon, storing nothing", async () => {
    const body = JSON.stringify({ questionId: question().id, answer: await shownKey(attemptId, question()), idempotencyKey: "endpoint-key-11" });
    for (const contentType of ["text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await responses.POST(request(`/api/attempts/${attemptId}/responses`, "POST", undefined, body, { "content-type": contentType }), params());
      expect(response.status, contentType).toBe(415);
    }
    const beacon = request(`/api/attempts/${attemptId}/events`, "POST", undefined, JSON.stringify({ chunkId: "c1", visibleMs: 5000 }), {
      "content-type": "text/plain;charset=UTF-8",
    });
    expect((await events.POST(beacon, params())).status).toBe(415);
    expect(await db.response.count({ where: { attemptId } })).toBe(0);
    expect(await db.readingEvent.count({ where: { attemptId } })).toBe(0);
    const declared = request(`/api/attempts/${attemptId}/responses`, "POST", undefined, body, { "content-type": "application/json; charset=utf-8" });
    expect((await responses.POST(declared, params())).status).toBe(201);
  });

  it("refuses a request whose Origin is another site (403), and takes one from this site", async () => {
    const body = { chunkId: "c1", visibleMs: 5000 };
    const from = (origin: string) => events.POST(request(`/api/attempts/${attemptId}/events`, "POST", body, undefined, { origin, host: "school.test" }), params());
    expect((await from("https://evil.example")).status).toBe(403);
    expect((await from("http://school.test.evil.example")).status).toBe(403);
    expect((await from("null")).status).toBe(403);
    expect(await db.readingEvent.count({ where: { attemptId } })).toBe(0);
    expect((await from("https://school.test")).status).toBe(204);
    expect(await db.readingEvent.count({ where: { attemptId } })).toBe(1);
  });

  it("refuses a locked chunk's question with 403 { code: locked }", async () => {
    const locked = questionOfType("single_choice", "c2");
    const response = await postAnswer({ questionId: locked.id, answer: await shownKey(attemptId, locked), idempotencyKey: "endpoint-key-10" });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("locked");
  });
});

describe("the other endpoints", () => {
  it("saves a draft, lists it in the state, and refuses an unknown option", async () => {
    const question = questions((q) => q.stage === "after-reading" && q.type === "multiple_select")[0] as Extract<Question, { type: "multiple_select" }>;
    const put = (answer: unknown) =>
      drafts.PUT(request(`/api/attempts/${attemptId}/drafts/${question.id}`, "PUT", { answer }), {
        params: Promise.resolve({ attemptId, questionId: question.id }),
      });
    // The after-reading questions are locked until the chunks are done.
    expect((await put({ optionIds: [question.options[0]!.id] })).status).toBe(403);

    const open = questionOfType("matching", "c1");
    const putOpen = (answer: unknown) =>
      drafts.PUT(request(`/api/attempts/${attemptId}/drafts/${open.id}`, "PUT", { answer }), {
        params: Promise.resolve({ attemptId, questionId: open.id }),
      });
    const draft = await asShown(attemptId, open, { pairs: { l1: "r1" } });
    expect((await putOpen(draft)).status).toBe(200);
    expect((await putOpen({ pairs: { l1: "r99" } })).status).toBe(400);
    // Authored ids are not the ids this attempt shows.
    expect((await putOpen({ pairs: { l1: "r1" } })).status).toBe(400);
    const body = await (await state.GET(request(`/api/attempts/${attemptId}/state`, "GET"), params())).json();
    expect(body.responses).toMatchObject([{ questionId: open.id, status: "draft", answer: draft }]);
  });

  it("records visible time within limits only", async () => {
    const post = (body: unknown) => events.POST(request(`/api/attempts/${attemptId}/events`, "POST", body), params());
    expect((await post({ chunkId: "c1", visibleMs: 12_000 })).status).toBe(204);
    expect((await post({ chunkId: "c1", visibleMs: 0 })).status).toBe(400);
    expect((await post({ chunkId: "c1", visibleMs: 11 * 60 * 1000 })).status).toBe(400);
    expect(await db.readingEvent.count({ where: { attemptId } })).toBe(1);
  });

  it("submits the reading once", async () => {
    const post = () => submit.POST(request(`/api/attempts/${attemptId}/submit`, "POST", {}), params());
    const first = await (await post()).json();
    const second = await (await post()).json();
    expect(first.attempt.submittedAt).toEqual(expect.any(String));
    expect(second.attempt.submittedAt).toBe(first.attempt.submittedAt);
  });

  it("keeps the newer of two preference copies", async () => {
    const put = (body: unknown) => preferences.PUT(request("/api/preferences", "PUT", body));
    expect((await put({ textSize: "l", theme: "dark", focusMode: false, updatedAt: 2000 })).status).toBe(200);
    const stale = await (await put({ textSize: "s", theme: "light", focusMode: true, updatedAt: 1000 })).json();
    expect(stale.preferences).toMatchObject({ textSize: "l", theme: "dark" });
    expect((await put({ textSize: "huge", theme: "dark", focusMode: false, updatedAt: 3000 })).status).toBe(400);
  });
});
