/**
 * The live lesson on PostgreSQL: the same state machine, distribution and
 * stream tests as on SQLite (./live-database.ts), and the signal between
 * instances: a stream LISTENs, and a change written through another
 * connection (another instance) with its NOTIFY reaches it.
 */
import { afterAll, describe, expect, it } from "vitest";
import { appDatabaseOnThrowawayPostgres } from "../support/postgres";

const cleanUp = await appDatabaseOnThrowawayPostgres();
afterAll(() => cleanUp());

const { describeLiveLessonsInTheDatabase, readEvents } = await import("./live-database");
describeLiveLessonsInTheDatabase("PostgreSQL");

describe("changes made through another instance", () => {
  it("reach an open stream through LISTEN/NOTIFY on one connection of this instance", async () => {
    const { db, createDatabase } = await import("@/lib/db/client");
    const { controlLiveSession, startLiveSession } = await import("@/lib/live/sessions");
    const { liveEventStream } = await import("@/lib/live/stream");
    const { makeClass, makeTeacher } = await import("../analytics/support");
    const teacher = await makeTeacher();
    const { assignment } = await makeClass(teacher, ["Fay"]);
    const { sessionId } = await startLiveSession(teacher, assignment.id);
    const abort = new AbortController();
    const reading = readEvents(liveEventStream(sessionId, 1, abort.signal), 1);

    const listening = () =>
      db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN closeread_live'`;
    const deadline = Date.now() + 15_000;
    while (Number((await listening())[0]!.count) !== 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Number((await listening())[0]!.count)).toBe(1);

    // "Another instance": its own client, so nothing in this process wakes the stream but the notification (or the slow poll).
    const other = createDatabase(process.env.DATABASE_URL);
    try {
      await other.$transaction(async (tx) => {
        await tx.liveSession.update({ where: { id: sessionId }, data: { phase: "questions", seq: 2 } });
        const session = await tx.liveSession.findUniqueOrThrow({ where: { id: sessionId } });
        await tx.liveEvent.create({ data: { sessionId, seq: 2, payload: JSON.stringify({ sessionId, status: "active", chunkIndex: 0, chunkCount: 2, phase: session.phase, revealed: false, discussionPrompt: null, seq: 2 }) } });
        await tx.$executeRaw`SELECT pg_notify('closeread_live', ${sessionId})`;
      });
      const { ids } = await reading;
      expect(ids).toEqual([2]);
    } finally {
      abort.abort();
      await other.$disconnect();
    }
    // The stream is gone: so is this instance's LISTEN connection.
    await controlLiveSession(teacher, sessionId, { command: "end" });
    const closing = Date.now() + 15_000;
    while (Number((await listening())[0]!.count) !== 0 && Date.now() < closing) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Number((await listening())[0]!.count)).toBe(0);
  });
});
