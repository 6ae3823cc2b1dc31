/**
 * Backups of the embedded SQLite database, taken while the app runs. A file
 * copy of a live database can catch a half-written page or miss what is
 * still in the write-ahead log; SQLite's online backup API copies a
 * consistent state instead, through a read transaction that (in WAL mode)
 * never blocks the app's writes. PostgreSQL has its own tools:
 * docs/self-hosting.md gives pg_dump and pg_restore.
 */
import fs from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { providerOf, sqliteFilePath } from "./config";

/** `backups/closeread-2026-12-06T21-30-00Z<suffix>.db` next to the database file (data/backups/ for the default one). */
export function backupPathFor(databaseFile: string, now = new Date(), suffix = ""): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-");
  return path.join(path.dirname(databaseFile), "backups", `closeread-${stamp}${suffix}.db`);
}

/** SQLite's own check of every page and index of the file; throws unless it says ok. */
export function checkIntegrity(file: string): void {
  const connection = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const result = connection.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${file} failed SQLite's integrity check: ${String(result)}`);
  } finally {
    connection.close();
  }
}

/** Copies the database at `from` into the file `to` (created or replaced) through the online backup API, then checks the copy. */
async function copyDatabase(from: string, to: string): Promise<void> {
  const source = new Sqlite(from, { readonly: true, fileMustExist: true });
  try {
    // All remaining pages in one step: a step at a time would start over whenever the app writes in between.
    await source.backup(to, { progress: ({ totalPages }) => totalPages });
  } finally {
    source.close();
  }
  checkIntegrity(to);
}

function sqliteFileOf(url: string): string {
  if (providerOf(url) !== "sqlite") {
    throw new Error("DATABASE_URL is PostgreSQL: back it up with pg_dump and restore it with pg_restore (docs/self-hosting.md).");
  }
  const file = sqliteFilePath(url);
  if (file === ":memory:") throw new Error("An in-memory database has nothing to back up.");
  return file;
}

/** A consistent copy of the live SQLite database at `url` in `destination` (made or replaced); returns its path. */
export async function backupDatabase(url: string, destination?: string): Promise<string> {
  const source = sqliteFileOf(url);
  if (!fs.existsSync(source)) throw new Error(`There is no database at ${source} to back up.`);
  const target = path.resolve(destination ?? backupPathFor(source));
  if (target === source) throw new Error("The backup must go to another file than the database itself.");
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await copyDatabase(source, target);
  return target;
}

/**
 * Replaces the SQLite database at `url` with the backup `file`, after
 * checking the backup. What the database held just before is kept as a
 * backup of its own first (its path returned), so a wrong restore can be
 * undone. Stop the app first: it would go on from the state it had in memory.
 */
export async function restoreDatabase(file: string, url: string): Promise<{ restored: string; previous: string | null }> {
  const target = sqliteFileOf(url);
  const backup = path.resolve(file);
  checkIntegrity(backup);
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    previous = await backupDatabase(url, backupPathFor(target, new Date(), "-before-restore"));
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await copyDatabase(backup, target);
  return { restored: target, previous };
}
