/**
 * Prisma's better-sqlite3 adapter compiles the SQL of every query afresh
 * (`prepare(sql).bind(args)`), and a statement can be bound only once.
 * Prisma sends the same few hundred statement texts over and over, so this
 * keeps each compiled statement and hands out a view of it that takes its
 * arguments at run time instead. Compiling was 9% of the server's time while
 * a class submitted answers (docs/performance.md).
 *
 * It relies on how the adapter uses the driver (its `client` and the
 * statement methods below); every database test runs through it, and
 * tests/db/statement-cache.test.ts checks the reuse itself.
 */
import type Sqlite from "better-sqlite3";

/** More distinct statement texts than the app sends; beyond it the least recently used is dropped. */
const MAX_STATEMENTS = 1_000;

type Statement = Sqlite.Statement<unknown[]>;

/** The part of a statement the adapter uses, with arguments given at run time and result columns read once. */
function reusable(statement: Statement) {
  let columnList: Sqlite.ColumnDefinition[] | undefined;
  const columns = () => (columnList ??= statement.columns());
  return {
    reader: statement.reader,
    run: () => statement.run(),
    bind: (args: unknown[]) => ({
      reader: statement.reader,
      run: () => statement.run(args),
      columns,
      raw: () => ({ all: () => statement.raw(true).all(args) }),
    }),
  };
}

/**
 * Makes `client.prepare` return compiled statements kept by their SQL text.
 * Call it last: better-sqlite3's own helpers (pragma) prepare through it too.
 */
export function cacheStatements(client: Sqlite.Database): void {
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
