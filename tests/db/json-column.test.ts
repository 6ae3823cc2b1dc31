/**
 * lib/db/json-column.ts, the one codec for JSON kept in text columns, and a
 * real column's round trip through the database (LiveEvent.payload).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { jsonColumn, readOrText, StoredJsonError } from "@/lib/db/json-column";
import { liveEventPayloadColumn, type LiveState } from "@/lib/live/state";
import { questionIdsColumn } from "@/lib/assignments/question-set";
import { answerColumn } from "@/lib/scoring/answers";
import { feedbackColumn } from "@/lib/scoring/feedback";

const points = jsonColumn("Test.points", z.record(z.string(), z.number().int().nonnegative()));

describe("jsonColumn", () => {
  it("writes JSON text and reads it back as the schema's type", () => {
    const text = points.write({ claim: 1, evidence: 2 });
    expect(text).toBe('{"claim":1,"evidence":2}');
    expect(points.read(text)).toEqual({ claim: 1, evidence: 2 });
  });

  it("refuses text that is not JSON, or JSON of another shape, naming the column and where", () => {
    expect(() => points.read("{claim: 1")).toThrow(new StoredJsonError("Test.points", "not JSON"));
    expect(() => points.read('{"claim":-1}')).toThrow(/^Test\.points holds data closeread cannot read: read at claim: /);
    expect(() => points.read("[]")).toThrow(StoredJsonError);
  });

  it("refuses to write a value its readers would refuse", () => {
    expect(() => points.write({ claim: 1.5 })).toThrow(/^Test\.points holds data closeread cannot read: write at claim: /);
  });

  it("writes through a serializer where the text itself matters", () => {
    const sorted = jsonColumn("Test.sorted", z.record(z.string(), z.number()), (value) => JSON.stringify(Object.fromEntries(Object.entries(value).sort())));
    expect(sorted.write({ b: 2, a: 1 })).toBe('{"a":1,"b":2}');
  });

  it("readOrText gives exports the stored text of a damaged value, and rethrows anything else", () => {
    expect(readOrText(points, '{"claim":1}')).toEqual({ claim: 1 });
    expect(readOrText(points, "damaged")).toBe("damaged");
    const broken = { column: "Test.broken", read: () => { throw new TypeError("bug"); }, write: () => "" };
    expect(() => readOrText(broken, "{}")).toThrow(TypeError);
  });
});

describe("the columns' codecs", () => {
  it("Assignment.questionIds is a list of ids", () => {
    expect(questionIdsColumn.read('["q1","q2"]')).toEqual(["q1", "q2"]);
    expect(() => questionIdsColumn.read('[1,"q2"]')).toThrow(/Assignment\.questionIds .* at 0/);
  });

  it("Response.answer reads any question's answer or draft, typed", () => {
    expect(answerColumn.read('{"pairs":{"l1":"r2"}}').pairs).toEqual({ l1: "r2" });
    expect(answerColumn.read("{}")).toEqual({});
    expect(() => answerColumn.read('{"text":3}')).toThrow(/Response\.answer .* at text/);
  });

  it("Response.feedback drops a key it does not know, such as the grade copy older rows carry", () => {
    const stored = { correct: true, partial: false, key: { optionId: "b" }, explanation: "p03.", cites: ["p03"], optionFeedback: [], teacherGrade: { score: 1 } };
    const read = feedbackColumn.read(JSON.stringify(stored));
    expect(read).not.toHaveProperty("teacherGrade");
    expect(read).toMatchObject({ correct: true, key: { optionId: "b" }, cites: ["p03"] });
    expect(() => feedbackColumn.read(JSON.stringify({ ...stored, correct: "yes" }))).toThrow(/Response\.feedback .* at correct/);
  });
});

describe("a real column's round trip: LiveEvent.payload", () => {
  it("stores the live state as text and reads back the same state", async () => {
    const teacher = await db.user.create({ data: { role: "teacher", displayName: "T", email: `json-column-${Date.now()}@example.org` } });
    const classroom = await db.classroom.create({ data: { teacherId: teacher.id, name: "P1", joinCode: `JC${Date.now()}` } });
    const assignment = await db.assignment.create({ data: { classroomId: classroom.id, readingSlug: "dash-reading" } });
    const session = await db.liveSession.create({ data: { assignmentId: assignment.id } });
    const state: LiveState = { sessionId: session.id, status: "active", chunkIndex: 1, chunkCount: 3, phase: "discussion", revealed: true, discussionPrompt: "Why?", seq: 4 };
    await db.liveEvent.create({ data: { sessionId: session.id, seq: 4, payload: liveEventPayloadColumn.write(state) } });
    const row = await db.liveEvent.findUniqueOrThrow({ where: { sessionId_seq: { sessionId: session.id, seq: 4 } } });
    expect(liveEventPayloadColumn.read(row.payload)).toEqual(state);

    await db.liveEvent.update({ where: { sessionId_seq: { sessionId: session.id, seq: 4 } }, data: { payload: JSON.stringify({ ...state, phase: "lunch" }) } });
    const damaged = await db.liveEvent.findUniqueOrThrow({ where: { sessionId_seq: { sessionId: session.id, seq: 4 } } });
    expect(() => liveEventPayloadColumn.read(damaged.payload)).toThrow(/^LiveEvent\.payload holds data closeread cannot read: read at phase: /);
  });
});
