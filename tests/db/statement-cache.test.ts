/** Compiled statements reused under Prisma's SQLite adapter (lib/db/statement-cache.ts). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Sqlite from "better-sqlite3";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import packageJson from "@/package.json";
import { adapterFor } from "@/lib/db/adapter";
import { cacheStatements, statementCacheEnabled } from "@/lib/db/statement-cache";

/** An in-memory database whose compiles are counted, with the cache on top, used as the adapter uses it. */
function countedDatabase() {
  const client = new Sqlite(":memory:");
  client.defaultSafeIntegers(true);
  const compiled: string[] = [];
  const compile = client.prepare.bind(client);
  client.prepare = ((sql: string) => {
    compiled.push(sql);
    return compile(sql);
  }) as typeof client.prepare;
  cacheStatements(client);
  client.prepare("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)").run();
  return { client, compiled };
}

describe("cacheStatements", () => {
  it("compiles a statement once and runs it with new arguments each time", () => {
    const { client, compiled } = countedDatabase();
    const insert = "INSERT INTO t (name) VALUES (?)";
    for (const name of ["ada", "ben", "cy"]) expect(client.prepare(insert).bind([name]).run().changes).toBe(1);
    const select = "SELECT id, name FROM t WHERE name <> ? ORDER BY id";
    const read = (excluded: string) => {
      const statement = client.prepare(select).bind([excluded]);
      expect(statement.reader).toBe(true);
      return { columns: statement.columns().map((column) => column.name), rows: statement.raw().all() };
    };
    expect(read("ben")).toEqual({ columns: ["id", "name"], rows: [[1n, "ada"], [3n, "cy"]] });
    expect(read("ada")).toEqual({ columns: ["id", "name"], rows: [[2n, "ben"], [3n, "cy"]] });
    expect(compiled.filter((sql) => sql === insert)).toHaveLength(1);
    expect(compiled.filter((sql) => sql === select)).toHaveLength(1);
  });

  it("keeps transactions working: BEGIN and COMMIT are statements too", () => {
    const { client } = countedDatabase();
    for (const name of ["ada", "ben"]) {
      client.prepare("BEGIN").run();
      client.prepare("INSERT INTO t (name) VALUES (?)").bind([name]).run();
      client.prepare("COMMIT").run();
    }
    expect(client.prepare("SELECT count(*) FROM t").bind([]).raw().all()).toEqual([[2n]]);
  });

  it("drops the least recently used statement beyond its limit, and compiles it again when asked", () => {
    const { client, compiled } = countedDatabase();
    const first = "SELECT 0";
    client.prepare(first);
    for (let i = 1; i <= 1_000; i++) client.prepare(`SELECT ${i}`);
    client.prepare(first);
    expect(compiled.filter((sql) => sql === first)).toHaveLength(2);
    client.prepare("SELECT 1000");
    expect(compiled.filter((sql) => sql === "SELECT 1000")).toHaveLength(1);
  });
});

/** What Prisma's adapter does, through the app's own adapter (lib/db/adapter.ts), on a throwaway file; compiles counted. */
async function connectedAdapter(env: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-statement-cache-"));
  const compiled: string[] = [];
  const compile = Sqlite.prototype.prepare;
  vi.spyOn(Sqlite.prototype, "prepare").mockImplementation(function (this: Sqlite.Database, sql: string) {
    compiled.push(sql);
    return compile.call(this, sql);
  });
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const adapter: SqlDriverAdapter = await adapterFor(`file:${path.join(dir, "cache.db")}`).connect();
  cleanups.push(async () => {
    await adapter.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { adapter, compiled };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const text = { scalarType: "string", arity: "scalar" } as const;
const query = (sql: string, ...args: string[]): SqlQuery => ({ sql, args, argTypes: args.map(() => text) });

describe("the statement cache under Prisma's SQLite adapter (the versions package.json pins)", () => {
  it("answers the adapter's reads, writes and transactions correctly, compiling each statement text once", async () => {
    const { adapter, compiled } = await connectedAdapter();
    await adapter.executeRaw(query("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)"));
    const insert = "INSERT INTO t (name) VALUES (?)";
    for (const name of ["ada", "ben"]) expect(await adapter.executeRaw(query(insert, name))).toBe(1);
    // As Prisma's client does: it sends COMMIT and ROLLBACK itself, then tells the transaction it ended.
    const transaction = await adapter.startTransaction();
    expect(await transaction.executeRaw(query(insert, "cy"))).toBe(1);
    await transaction.executeRaw(query("COMMIT"));
    await transaction.commit();
    const rolledBack = await adapter.startTransaction();
    await rolledBack.executeRaw(query(insert, "dee"));
    await rolledBack.executeRaw(query("ROLLBACK"));
    await rolledBack.rollback();

    const select = "SELECT id, name FROM t WHERE name <> ? ORDER BY id";
    const read = async (excluded: string) => {
      const result = await adapter.queryRaw(query(select, excluded));
      return { columns: result.columnNames, rows: result.rows };
    };
    expect(await read("ben")).toEqual({ columns: ["id", "name"], rows: [[1, "ada"], [3, "cy"]] });
    expect(await read("ada")).toEqual({ columns: ["id", "name"], rows: [[2, "ben"], [3, "cy"]] });
    expect(compiled.filter((sql) => sql === insert)).toHaveLength(1);
    expect(compiled.filter((sql) => sql === select)).toHaveLength(1);
  });

  it("compiles every statement afresh when SQLITE_STATEMENT_CACHE=off", async () => {
    const { adapter, compiled } = await connectedAdapter({ SQLITE_STATEMENT_CACHE: "off" });
    await adapter.executeRaw(query("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)"));
    for (const name of ["ada", "ben"]) await adapter.executeRaw(query("INSERT INTO t (name) VALUES (?)", name));
    expect((await adapter.queryRaw(query("SELECT name FROM t ORDER BY id"))).rows).toEqual([["ada"], ["ben"]]);
    expect(compiled.filter((sql) => sql.startsWith("INSERT"))).toHaveLength(2);
  });

  it("names the call and the way out when an adapter asks a statement for something it does not provide", () => {
    const client = new Sqlite(":memory:");
    cacheStatements(client);
    const bound = client.prepare("SELECT 1").bind([]) as unknown as { all: () => unknown };
    expect(() => bound.all()).toThrow(/called bound statement\.all.*SQLITE_STATEMENT_CACHE=off/);
    client.close();
  });

  it("refuses a connection without better-sqlite3's prepare and exec", () => {
    expect(() => cacheStatements({} as Sqlite.Database)).toThrow(/SQLITE_STATEMENT_CACHE=off/);
  });

  it("reads SQLITE_STATEMENT_CACHE: on unless off, anything else refused", () => {
    expect(statementCacheEnabled({})).toBe(true);
    expect(statementCacheEnabled({ SQLITE_STATEMENT_CACHE: " OFF " })).toBe(false);
    expect(() => statementCacheEnabled({ SQLITE_STATEMENT_CACHE: "no" })).toThrow(/on or off/);
  });

  it("is pinned: package.json names exact versions of the packages the cache and the migration engine reach inside", () => {
    const dependencies: Record<string, string> = { ...packageJson.dependencies, ...packageJson.devDependencies };
    const reachedInto = Object.keys(dependencies).filter((name) => name.startsWith("@prisma/") || name === "prisma" || name === "better-sqlite3");
    expect(reachedInto).toEqual(expect.arrayContaining(["@prisma/adapter-better-sqlite3", "@prisma/schema-engine-wasm", "better-sqlite3"]));
    for (const name of reachedInto) expect(dependencies[name], name).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
  });
});
