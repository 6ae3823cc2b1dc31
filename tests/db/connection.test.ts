/** What every SQLite connection of the app is set up with (lib/db/adapter.ts). */
import Sqlite from "better-sqlite3";
import { afterEach, expect, it } from "vitest";
import { createDatabase } from "@/lib/db/client";
import { sqliteFilePath } from "@/lib/db/config";

const synchronousOf = async (url: string) => {
  const database = createDatabase(url);
  try {
    const [row] = await database.$queryRawUnsafe<{ synchronous: number | bigint }[]>("PRAGMA synchronous");
    return Number(row!.synchronous);
  } finally {
    await database.$disconnect();
  }
};

afterEach(() => {
  delete process.env.SQLITE_SYNCHRONOUS;
});

it("commits at FULL (2) by default, which a WAL database would otherwise not, and at NORMAL (1) when SQLITE_SYNCHRONOUS=normal", async () => {
  const url = process.env.DATABASE_URL!;
  expect(await synchronousOf(url)).toBe(2);
  process.env.SQLITE_SYNCHRONOUS = "normal";
  expect(await synchronousOf(url)).toBe(1);
});

it("takes the write lock when an interactive transaction begins, before its first write (BEGIN IMMEDIATE)", async () => {
  const url = process.env.DATABASE_URL!;
  const database = createDatabase(url);
  // A second connection, as another process would have, that does not wait for a lock.
  const other = new Sqlite(sqliteFilePath(url), { timeout: 0 });
  try {
    await database.$transaction(async (tx) => {
      await tx.user.count();
      // A deferred BEGIN would hold no write lock yet after a read: the other connection could begin writing.
      expect(() => other.prepare("BEGIN IMMEDIATE").run()).toThrow(/locked|busy/i);
    });
    other.prepare("BEGIN IMMEDIATE").run();
    other.prepare("ROLLBACK").run();
  } finally {
    other.close();
    await database.$disconnect();
  }
});
