/**
 * Backups of a live SQLite database (lib/db/backup.ts): taken while another
 * connection keeps writing, the copy is a consistent state (every
 * transaction whole), passes SQLite's integrity check, and restores into a
 * database the app opens with the same rows.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, backupPathFor, checkIntegrity, restoreDatabase } from "@/lib/db/backup";
import { createDatabase } from "@/lib/db/client";
import { sqliteFilePath } from "@/lib/db/config";
import { applyPendingMigrations } from "@/lib/db/engine";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-backup-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Each transaction writes a pair of rows: a copy holding half a pair caught a write half-done. */
function writePairs(connection: Sqlite.Database, from: number, count: number) {
  const insert = connection.prepare("INSERT INTO probe (n, pair, padding) VALUES (?, ?, randomblob(200))");
  const pair = connection.transaction((n: number) => {
    insert.run(2 * n, n);
    insert.run(2 * n + 1, n);
  });
  for (let n = from; n < from + count; n++) pair(n);
}

const rowsOf = (file: string) => {
  const connection = new Sqlite(file, { readonly: true });
  try {
    return connection.prepare("SELECT n, pair FROM probe ORDER BY n").all() as { n: number; pair: number }[];
  } finally {
    connection.close();
  }
};

describe("db:backup and db:restore on SQLite", () => {
  it("copies a database being written to, consistently, and restores it into a new file the app opens", async () => {
    const url = `file:${path.join(dir, "live.db")}`;
    await applyPendingMigrations(url);
    const app = createDatabase(url);
    await app.user.create({ data: { role: "teacher", email: "backup@example.org", displayName: "Backed Up" } });
    const live = new Sqlite(sqliteFilePath(url));
    live.exec("CREATE TABLE probe (n INTEGER PRIMARY KEY, pair INTEGER NOT NULL, padding BLOB)");
    // Durability is not under test: without a sync per commit the writes keep pace with the backup.
    live.pragma("synchronous = OFF");
    writePairs(live, 0, 2_000);

    // Another connection goes on writing, a pair per turn of the event loop, until the backup is done.
    let writing = true;
    let next = 2_000;
    const writer = (async () => {
      while (writing) {
        writePairs(live, next++, 1);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backingUp = backupDatabase(url, path.join(dir, "copies", "backup.db"));
    const writtenBefore = next;
    const backup = await backingUp;
    expect(next).toBeGreaterThan(writtenBefore);
    writing = false;
    await writer;
    writePairs(live, next, 10);

    checkIntegrity(backup);
    const copied = rowsOf(backup);
    expect(copied.length % 2).toBe(0);
    expect(copied.every((row, index) => row.n === index && row.pair === Math.floor(index / 2))).toBe(true);
    expect(copied.length).toBeGreaterThanOrEqual(4_000);
    expect(copied.length).toBeLessThan(rowsOf(sqliteFilePath(url)).length);

    const restoredUrl = `file:${path.join(dir, "restored", "closeread.db")}`;
    const { restored, previous } = await restoreDatabase(backup, restoredUrl);
    expect(previous).toBeNull();
    checkIntegrity(restored);
    expect(rowsOf(restored)).toEqual(copied);
    const reopened = createDatabase(restoredUrl);
    expect(await reopened.user.findMany({ select: { email: true } })).toEqual([{ email: "backup@example.org" }]);
    await reopened.$disconnect();
    await app.$disconnect();
    live.close();
  });

  it("keeps what a restore replaces as a backup of its own", async () => {
    const url = `file:${path.join(dir, "replaced.db")}`;
    const connection = new Sqlite(sqliteFilePath(url));
    connection.exec("CREATE TABLE probe (n INTEGER PRIMARY KEY, pair INTEGER NOT NULL, padding BLOB)");
    writePairs(connection, 0, 3);
    connection.close();
    const backup = await backupDatabase(url);
    expect(path.dirname(backup)).toBe(path.join(dir, "backups"));

    const changed = new Sqlite(sqliteFilePath(url));
    writePairs(changed, 3, 1);
    changed.close();
    const { previous } = await restoreDatabase(backup, url);
    expect(rowsOf(sqliteFilePath(url))).toHaveLength(6);
    expect(rowsOf(previous!)).toHaveLength(8);
  });

  it("refuses a damaged backup before touching the database, and PostgreSQL (pg_dump's job)", async () => {
    const damaged = path.join(dir, "damaged.db");
    fs.writeFileSync(damaged, "not a database");
    await expect(restoreDatabase(damaged, `file:${path.join(dir, "untouched.db")}`)).rejects.toThrow();
    expect(fs.existsSync(path.join(dir, "untouched.db"))).toBe(false);
    await expect(backupDatabase("postgresql://postgres@127.0.0.1:5432/x")).rejects.toThrow(/pg_dump/);
  });

  it("names backups by time, under backups/ next to the database", () => {
    expect(backupPathFor("/srv/closeread/data/closeread.db", new Date("2026-12-06T21:30:05.123Z"))).toBe(
      "/srv/closeread/data/backups/closeread-2026-12-06T21-30-05Z.db",
    );
  });
});
