/**
 * The live lesson in the database and on its event stream, for each
 * provider: tests/live/live.test.ts runs it on the test's SQLite database,
 * tests/live/live-postgres.test.ts on a throwaway PostgreSQL database.
 * Imported only after DATABASE_URL is settled (the shared client is made at first import).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { liveAnswerDistribution } from "@/lib/live/distribution";
import { activeLiveSession, controlLiveSession, followLiveSession, startLiveSession, studentLiveProgress } from "@/lib/live/sessions";
import { liveEventStream, resumeSeq } from "@/lib/live/stream";
import { makeClass, makeTeacher, respond, startAttempt } from "../analytics/support";

const asUser = (user: { id: string; displayName: string }, role: SessionUser["role"]): SessionUser => ({ id: user.id, role, displayName: user.displayName });

/** Reads a live event stream until it has `count` events (or ends). */
export async function readEvents(response: Response, count: number): Promise<{ ids: number[]; text: string }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while ((text.match(/^id: /gm) ?? []).length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  await reader.cancel();
  return { ids: [...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1])), text };
}

export function describeLiveLessonsInTheDatabase(provider: string): void {
  describe(`live sessions in the database (${provider})`, () => {
    let teacher: SessionUser;
    let otherTeacher: SessionUser;
    let student: SessionUser;
    let pendingStudent: SessionUser;
    let otherClassStudent: SessionUser;
    let assignmentId: string;

    beforeAll(async () => {
      teacher = await makeTeacher();
      otherTeacher = await makeTeacher("Mr. Other");
      const { students, assignment } = await makeClass(teacher, ["Ana", "Bo"]);
      assignmentId = assignment.id;
      student = asUser(students[0]!, "student");
      pendingStudent = asUser(students[1]!, "student");
      await db.enrollment.updateMany({ where: { studentId: pendingStudent.id }, data: { status: "pending" } });
      const other = await makeClass(otherTeacher, ["Cy"]);
      otherClassStudent = asUser(other.students[0]!, "student");
    });

    it("only the class's teacher starts and controls; starting twice rejoins the running lesson", async () => {
      await expect(startLiveSession(otherTeacher, assignmentId)).rejects.toMatchObject({ code: "not_found" });
      await expect(startLiveSession(student, assignmentId)).rejects.toMatchObject({ code: "forbidden" });
      const started = await startLiveSession(teacher, assignmentId);
      expect(started).toMatchObject({ chunkIndex: 0, phase: "reading", seq: 1, chunkCount: 2 });
      expect((await startLiveSession(teacher, assignmentId)).sessionId).toBe(started.sessionId);
      await expect(controlLiveSession(otherTeacher, started.sessionId, { command: "show-questions" })).rejects.toMatchObject({ code: "not_found" });
      await expect(controlLiveSession(student, started.sessionId, { command: "show-questions" })).rejects.toMatchObject({ code: "forbidden" });
      expect(await db.liveEvent.count({ where: { sessionId: started.sessionId } })).toBe(1);
    });

    it("only the class's active students (and its teacher) follow", async () => {
      const { sessionId } = (await activeLiveSession(teacher, assignmentId))!;
      expect((await followLiveSession(student, sessionId)).state.sessionId).toBe(sessionId);
      expect((await activeLiveSession(student, assignmentId))?.sessionId).toBe(sessionId);
      for (const outsider of [pendingStudent, otherClassStudent, otherTeacher]) {
        await expect(followLiveSession(outsider, sessionId)).rejects.toMatchObject({ code: "not_found" });
        expect(await activeLiveSession(outsider, assignmentId)).toBeNull();
      }
    });

    it("counts the class's answers by authored option, and a student's progress on the released chunk", async () => {
      const { sessionId } = (await activeLiveSession(teacher, assignmentId))!;
      const state = await controlLiveSession(teacher, sessionId, { command: "show-questions" });
      const attempt = await startAttempt(student.id, assignmentId);
      await respond(attempt.id, "q-single", { optionId: "b" }, 0);
      const distribution = await liveAnswerDistribution(teacher, sessionId);
      const single = distribution.find((question) => question.questionId === "q-single")!;
      expect(single.answered).toBe(1);
      expect(single.options.map((option) => `${option.letter}${option.count}`)).toEqual(["A0", "B1", "C0"].slice(0, single.options.length));
      await expect(liveAnswerDistribution(otherTeacher, sessionId)).rejects.toMatchObject({ code: "not_found" });
      const progress = await studentLiveProgress(student, state, { id: assignmentId, readingSlug: "dash-reading", questionIds: null });
      expect(progress).toMatchObject({ chunkId: "c1", questions: 4, answered: 1 });
    });

    it("two commands at once: one wins, the other is a conflict and writes nothing", async () => {
      const { sessionId, seq } = (await activeLiveSession(teacher, assignmentId))!;
      const results = await Promise.allSettled([
        controlLiveSession(teacher, sessionId, { command: "discuss", prompt: "First?" }),
        controlLiveSession(teacher, sessionId, { command: "discuss", prompt: "Second?" }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
      expect(await db.liveEvent.count({ where: { sessionId, seq: { gt: seq } } })).toBe(1);
    });
  });

  describe(`the event stream (${provider})`, () => {
    it("replays what a reconnecting browser missed after Last-Event-ID, then follows new events", async () => {
      const teacher = await makeTeacher();
      const { assignment } = await makeClass(teacher, ["Di"]);
      const { sessionId } = await startLiveSession(teacher, assignment.id);
      await controlLiveSession(teacher, sessionId, { command: "show-questions" }); // 2
      await controlLiveSession(teacher, sessionId, { command: "reveal", revealed: true }); // 3
      const request = new Request("http://localhost/stream", { headers: { "Last-Event-ID": "1" } });
      expect(resumeSeq(request)).toBe(1);
      const abort = new AbortController();
      const response = liveEventStream(sessionId, resumeSeq(request), abort.signal);
      expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
      const reading = readEvents(response, 3);
      setTimeout(() => void controlLiveSession(teacher, sessionId, { command: "next-chunk" }), 50); // 4, written while the stream is open
      const { ids, text } = await reading;
      abort.abort();
      expect(ids).toEqual([2, 3, 4]);
      expect(text).toContain('"chunkIndex":1');
    });

    it("ends after the lesson's end event", async () => {
      const teacher = await makeTeacher();
      const { assignment } = await makeClass(teacher, ["Ed"]);
      const { sessionId } = await startLiveSession(teacher, assignment.id);
      await controlLiveSession(teacher, sessionId, { command: "end" });
      const response = liveEventStream(sessionId, 0, new AbortController().signal);
      const text = await response.text();
      expect([...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]))).toEqual([1, 2]);
      expect(text).toContain('"status":"ended"');
    });
  });
}
