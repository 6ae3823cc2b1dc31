import fs from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { providerOf, sqliteFilePath } from "./config";
import { withStatementCache } from "./statement-cache";

/**
 * The driver adapter for a database URL. SQLite files get their folder
 * created, so the embedded default works on a fresh checkout, and keep
 * their compiled statements (lib/db/statement-cache.ts).
 */
export function adapterFor(url: string) {
  if (providerOf(url) === "postgresql") return new PrismaPg({ connectionString: url });
  const file = sqliteFilePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  return withStatementCache(new PrismaBetterSqlite3({ url: file, timeout: 5000 }));
}

/**
 * Write-ahead logging lets readers go on while one connection writes, which
 * a classroom submitting at once needs. The mode is stored in the database
 * file, so setting it once (after migrating) covers every later connection.
 */
export function enableWriteAheadLog(url: string): void {
  if (providerOf(url) !== "sqlite") return;
  const file = sqliteFilePath(url);
  if (file === ":memory:") return;
  const connection = new Sqlite(file);
  try {
    connection.pragma("journal_mode = WAL");
  } finally {
    connection.close();
  }
}
