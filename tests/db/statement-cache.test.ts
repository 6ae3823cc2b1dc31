/** Compiled statements reused under Prisma's SQLite adapter (lib/db/statement-cache.ts). */
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { cacheStatements } from "@/lib/db/statement-cache";

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
