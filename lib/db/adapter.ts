import fs from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { providerOf, sqliteFilePath, sqliteSynchronous } from "./config";
import { cacheStatements, statementCacheEnabled } from "./statement-cache";

/**
 * The driver adapter for a database URL. SQLite files get their folder
 * created, so the embedded default works on a fresh checkout; each SQLite
 * connection gets the commit durability SQLITE_SYNCHRONOUS asks for, and
 * keeps its compiled statements (lib/db/statement-cache.ts).
 */
export function adapterFor(url: string) {
  if (providerOf(url) === "postgresql") return new PrismaPg({ connectionString: url });
  const file = sqliteFilePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const synchronous = sqliteSynchronous();
  const cache = statementCacheEnabled();
  return onEachConnection(new PrismaBetterSqlite3({ url: file, timeout: 5000 }), (client) => {
    client.pragma(`synchronous = ${synchronous}`);
    beginImmediately(client);
    if (cache) cacheStatements(client);
  });
}

/**
 * Interactive transactions take SQLite's write lock when they begin, so the
 * busy timeout applies to them. Prisma's adapter begins with a deferred
 * BEGIN: a transaction that reads, then writes after another connection (a
 * second process, a seed, a script) has committed, fails at once with
 * SQLITE_BUSY, because its WAL snapshot is stale, and the busy timeout never
 * waits for it. BEGIN IMMEDIATE waits its turn instead. When even that times
 * out, the deferred BEGIN runs as before: the adapter releases its
 * transaction lock only for a transaction that began, so a failed BEGIN
 * would leave every later transaction of the connection waiting.
 */
function beginImmediately(client: Sqlite.Database): void {
  const prepare = client.prepare.bind(client);
  client.prepare = ((source: string) => {
    if (source !== "BEGIN") return prepare(source);
    const [immediate, deferred] = [prepare("BEGIN IMMEDIATE"), prepare("BEGIN")];
    return {
      reader: false,
      run: () => {
        try {
          return immediate.run();
        } catch (error) {
          if ((error as { code?: unknown }).code !== "SQLITE_BUSY") throw error;
          return deferred.run();
        }
      },
    };
  }) as unknown as Sqlite.Database["prepare"];
}

/** `factory`, with `setUp` run on the driver's connection each time it connects. */
function onEachConnection(factory: PrismaBetterSqlite3, setUp: (client: Sqlite.Database) => void): SqlMigrationAwareDriverAdapterFactory {
  const connected = async (connecting: Promise<SqlDriverAdapter>) => {
    const adapter = await connecting;
    // The adapter keeps its better-sqlite3 connection as `client` (@prisma/adapter-better-sqlite3, pinned in package.json).
    const client = (adapter as unknown as { client?: unknown }).client;
    if (!(client instanceof Sqlite)) {
      await adapter.dispose();
      throw new Error(
        "lib/db/adapter.ts: Prisma's SQLite adapter no longer keeps its better-sqlite3 connection as `client`; " +
          "SQLITE_SYNCHRONOUS and the statement cache need it. Update lib/db/adapter.ts for the new @prisma/adapter-better-sqlite3.",
      );
    }
    setUp(client);
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => connected(factory.connect()),
    connectToShadowDb: () => connected(factory.connectToShadowDb()),
  };
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
