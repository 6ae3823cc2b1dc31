/**
 * Prisma's better-sqlite3 adapter compiles the SQL of every query afresh
 * (`prepare(sql).bind(args)`), and a statement can be bound only once.
 * Prisma sends the same few hundred statement texts over and over, so this
 * keeps each compiled statement and hands out a view of it that takes its
 * arguments at run time instead. Compiling was 9% of the server's time while
 * a class submitted answers (docs/performance.md).
 *
 * It relies on how the adapter uses the driver: the calls below, checked
 * against the adapter and driver versions package.json pins exactly
 * (tests/db/statement-cache.test.ts runs them through the real adapter). A
 * call it does not provide fails with a message naming it rather than
 * giving a wrong answer; SQLITE_STATEMENT_CACHE=off turns it off.
 */
import type Sqlite from "better-sqlite3";

/** More distinct statement texts than the app sends; beyond it the least recently used is dropped. */
const MAX_STATEMENTS = 1_000;

type Statement = Sqlite.Statement<unknown[]>;

/** Whether to keep compiled statements: on unless SQLITE_STATEMENT_CACHE is `off` (a way out if an upgrade breaks it). */
export function statementCacheEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.SQLITE_STATEMENT_CACHE?.trim().toLowerCase() || "on";
  if (value === "on" || value === "off") return value === "on";
  throw new Error(`SQLITE_STATEMENT_CACHE must be on or off; got "${env.SQLITE_STATEMENT_CACHE}"`);
}

/**
 * `view`, failing loudly when the adapter asks it for anything else: a newer
 * adapter using a statement method this file does not provide.
 */
function only<T extends object>(what: string, view: T): T {
  return new Proxy(view, {
    get(target, property, receiver) {
      if (typeof property === "symbol" || property in target || property === "then") return Reflect.get(target, property, receiver);
      throw new Error(
        `lib/db/statement-cache.ts: Prisma's SQLite adapter called ${what}.${property}, which the statement cache does not provide. ` +
          "The adapter changed how it uses better-sqlite3: set SQLITE_STATEMENT_CACHE=off to run without the cache, and update the cache for the new adapter.",
      );
    },
  });
}

/** The part of a statement the adapter uses, with arguments given at run time and result columns read once. */
function reusable(statement: Statement) {
  let columnList: Sqlite.ColumnDefinition[] | undefined;
  const columns = () => (columnList ??= statement.columns());
  return only("statement", {
    reader: statement.reader,
    run: () => statement.run(),
    bind: (args: unknown[]) =>
      only("bound statement", {
        reader: statement.reader,
        run: () => statement.run(args),
        columns,
        raw: () => only("raw statement", { all: () => statement.raw(true).all(args) }),
      }),
  });
}

/**
 * Makes `client.prepare` return compiled statements kept by their SQL text.
 * Call it last: better-sqlite3's own helpers (pragma) prepare through it too.
 */
export function cacheStatements(client: Sqlite.Database): void {
  if (typeof client?.prepare !== "function" || typeof client.exec !== "function") {
    throw new Error(
      "lib/db/statement-cache.ts: Prisma's SQLite adapter no longer hands out a better-sqlite3 connection with prepare() and exec(); " +
        "set SQLITE_STATEMENT_CACHE=off and update lib/db/adapter.ts for the new adapter.",
    );
  }
  const compile = client.prepare.bind(client);
  const compiled = new Map<string, ReturnType<typeof reusable>>();
  const prepare = (sql: string) => {
    let statement = compiled.get(sql);
    if (statement) {
      // Most recently used last: Map keeps insertion order.
      compiled.delete(sql);
    } else {
      statement = reusable(compile(sql) as Statement);
      if (compiled.size >= MAX_STATEMENTS) compiled.delete(compiled.keys().next().value!);
    }
    compiled.set(sql, statement);
    return statement;
  };
  client.prepare = prepare as unknown as Sqlite.Database["prepare"];
}
