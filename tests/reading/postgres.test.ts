/**
 * "Start again" twice at once on PostgreSQL (a double click, two tabs): one
 * new attempt, both requests get it, and neither is a 500. Modules are
 * imported after DATABASE_URL points at the throwaway database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabaseOnThrowawayPostgres } from "../support/postgres";

let cleanUp: (() => Promise<void>) | undefined;

beforeAll(async () => {
  cleanUp = await appDatabaseOnThrowawayPostgres();
  const { useReadingUnderTest } = await import("./support");
  useReadingUnderTest();
});

afterAll(async () => {
  await cleanUp?.();
});

describe("starting again on PostgreSQL", () => {
  it("makes one new attempt when two requests race, for an assignment and for practice", async () => {
    const { assign, createUser, SLUG } = await import("./support");
    const { db } = await import("@/lib/db/client");
    const { isTransientDatabaseError } = await import("@/lib/errors");
    const { startAgain, submitAttempt } = await import("@/lib/reading/attempts");
    const { ensureAttempt, openAssignmentReading, openPracticeReading } = await import("@/lib/reading/reader");

    for (const practice of [false, true]) {
      const student = await createUser();
      const session = practice
        ? await ensureAttempt((await openPracticeReading(student, SLUG))!)
        : await ensureAttempt((await openAssignmentReading(student, (await assign(student, { attemptsAllowed: 3 })).id))!);
      if (!practice) await submitAttempt(student, session.attempt.id);
      const results = await Promise.allSettled([1, 2, 3].map(() => startAgain(student, session.attempt.id)));
      // Each gets the one new attempt; at worst a transaction conflict, which the endpoint answers 503 busy (resent safely), never a 500.
      const failures = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
      expect(failures.filter((error) => !isTransientDatabaseError(error))).toEqual([]);
      const ids = new Set(results.flatMap((result) => (result.status === "fulfilled" ? [result.value.attempt.id] : [])));
      expect(ids.size).toBe(1);
      expect(await db.attempt.count({ where: { userId: student.id } })).toBe(2);
    }
  });
});

describe("a transaction that runs out of time on PostgreSQL", () => {
  it("is a busy database (503, sent again safely), not a server error: it was rolled back", async () => {
    const { db } = await import("@/lib/db/client");
    const { isTransientDatabaseError } = await import("@/lib/errors");
    const outcome = await db
      .$transaction(
        async (tx) => {
          await tx.$executeRaw`SELECT pg_sleep(0.3)`;
          return tx.user.count();
        },
        { timeout: 100 },
      )
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(outcome).toMatchObject({ code: "P2028" });
    expect(isTransientDatabaseError(outcome)).toBe(true);
  });
});
