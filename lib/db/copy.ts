/**
 * `npm run db:copy -- --to postgresql://…`: moves a school's data from its
 * SQLite database to a new, empty PostgreSQL database. Applies the
 * PostgreSQL migrations, then copies every table, parents before children,
 * in batches inside one transaction (a failure leaves the target empty, so
 * the command can simply be run again), and counts the rows on both sides.
 *
 * Values are read raw from SQLite and converted by the target column's
 * type: SQLite keeps booleans as 0/1 and times as ISO text (or epoch
 * milliseconds), PostgreSQL as boolean and timestamp. Ids and JSON text are
 * copied as they are. Not server-only: a script and tests call it.
 */
import fs from "node:fs";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { providerOf, sqliteFilePath } from "./config";
import { applyPendingMigrations } from "./engine";
import { committedMigrations } from "./migration-status";

/** Rows per INSERT: each column travels as one array parameter, so the batch size is free of PostgreSQL's parameter limit. */
const BATCH_ROWS = 5_000;
const MIGRATIONS_TABLE = "_prisma_migrations";

export type TableCount = { table: string; source: number; target: number };

type TargetColumn = { name: string; type: string };

export async function copySqliteToPostgres(
  sourceUrl: string,
  targetUrl: string,
  progress: (line: string) => void = () => {},
): Promise<TableCount[]> {
  if (providerOf(sourceUrl) !== "sqlite") throw new Error("The source (DATABASE_URL) must be a SQLite database (file:…).");
  if (providerOf(targetUrl) !== "postgresql") throw new Error("--to must be a PostgreSQL URL (postgresql://user:password@host:5432/database).");
  const file = sqliteFilePath(sourceUrl);
  if (!fs.existsSync(file)) throw new Error(`No SQLite database at ${file}: set DATABASE_URL to the school's database.`);

  const source = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    assertSourceUpToDate(source);
    await applyPendingMigrations(targetUrl);
    const target = new pg.Client({ connectionString: targetUrl });
    await target.connect();
    try {
      const { tables, deferred } = await tablesInDependencyOrder(target);
      await assertEmpty(target, tables);
      // One read transaction: every table is read as of the same moment, even if the app is still running.
      source.exec("BEGIN");
      await target.query("BEGIN");
      try {
        for (const table of tables) {
          const copied = await copyTable(source, target, table, deferred.get(table) ?? []);
          progress(`${table}: ${copied.toLocaleString("en")} row(s)`);
        }
        for (const [table, columns] of deferred) await fillDeferredColumns(source, target, table, columns);
        await resetSequences(target);
        await target.query("COMMIT");
      } catch (error) {
        await target.query("ROLLBACK");
        throw error;
      } finally {
        source.exec("COMMIT");
      }
      return await countBothSides(source, target, tables);
    } finally {
      await target.end();
    }
  } finally {
    source.close();
  }
}

/** The copy maps columns by name: the source must be at the same migration as the code (and so the target). */
function assertSourceUpToDate(source: Sqlite.Database) {
  const applied = new Set(
    (source.prepare(`SELECT migration_name FROM ${MIGRATIONS_TABLE} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as {
      migration_name: string;
    }[]).map((row) => row.migration_name),
  );
  const pending = committedMigrations("sqlite").filter((name) => !applied.has(name));
  if (pending.length) {
    throw new Error(
      `The SQLite database lacks ${pending.length} migration(s) (${pending.join(", ")}): run npm run db:migrate on it first (with the same DATABASE_URL).`,
    );
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The target's tables, each after every table it references (Kahn's
 * algorithm; ties by name, so the order is stable). Where references form a
 * cycle (a reading points at its current version, a version at its reading),
 * one nullable reference is put off: its columns are copied as NULL, then
 * filled in once every table is there (`deferred`).
 */
async function tablesInDependencyOrder(target: pg.Client): Promise<{ tables: string[]; deferred: Map<string, string[]> }> {
  const { rows: tableRows } = await target.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> $1 ORDER BY table_name`,
    [MIGRATIONS_TABLE],
  );
  const { rows: references } = await target.query<{ child: string; parent: string; columns: string[]; nullable: boolean }>(
    `SELECT child.relname AS child, parent.relname AS parent, array_agg(a.attname::text) AS columns, bool_and(NOT a.attnotnull) AS nullable
       FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid
       JOIN pg_class parent ON parent.oid = c.confrelid
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace AND c.conrelid <> c.confrelid
      GROUP BY c.oid, child.relname, parent.relname
      ORDER BY child.relname, parent.relname`,
  );
  const waitingOn = new Map(tableRows.map(({ name }) => [name, new Set<string>()]));
  for (const { child, parent } of references) waitingOn.get(child)?.add(parent);
  const ordered: string[] = [];
  const deferred = new Map<string, string[]>();
  while (waitingOn.size) {
    const ready = [...waitingOn].filter(([, parents]) => parents.size === 0).map(([name]) => name);
    if (!ready.length) {
      const breakable = references.find(
        (ref) => ref.nullable && waitingOn.get(ref.child)?.has(ref.parent) && !references.some((other) => other !== ref && other.child === ref.child && other.parent === ref.parent && !other.nullable),
      );
      if (!breakable) throw new Error(`Foreign keys form a cycle among ${[...waitingOn.keys()].join(", ")}`);
      waitingOn.get(breakable.child)!.delete(breakable.parent);
      deferred.set(breakable.child, [...(deferred.get(breakable.child) ?? []), ...breakable.columns]);
      continue;
    }
    for (const name of ready) {
      ordered.push(name);
      waitingOn.delete(name);
      for (const parents of waitingOn.values()) parents.delete(name);
    }
  }
  return { tables: ordered, deferred };
}

/** The put-off reference columns of `table`, set from the source by primary key once the rows they point at exist. */
async function fillDeferredColumns(source: Sqlite.Database, target: pg.Client, table: string, columns: string[]) {
  const { rows: keyRows } = await target.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'p' AND c.conrelid = (quote_ident(current_schema()) || '.' || quote_ident($1))::regclass`,
    [table],
  );
  const types = new Map((await targetColumns(target, table)).map((column) => [column.name, column.type]));
  const keys = keyRows.map((row) => row.name);
  if (!keys.length) throw new Error(`Table ${table} has no primary key to fill ${columns.join(", ")} by.`);
  const all = [...keys, ...columns];
  const rows = source
    .prepare(`SELECT ${all.map(quote).join(", ")} FROM ${quote(table)} WHERE ${columns.map((column) => `${quote(column)} IS NOT NULL`).join(" OR ")}`)
    .all() as Record<string, unknown>[];
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    await target.query(
      `UPDATE ${quote(table)} AS t SET ${columns.map((column) => `${quote(column)} = v.${quote(column)}::${types.get(column)}`).join(", ")}
         FROM unnest(${all.map((_, i) => `$${i + 1}::text[]`).join(", ")}) AS v(${all.map(quote).join(", ")})
        WHERE ${keys.map((key) => `t.${quote(key)} = v.${quote(key)}::${types.get(key)}`).join(" AND ")}`,
      all.map((name) => batch.map((row) => asPostgresText(row[name], types.get(name)!, table))),
    );
  }
}

async function countRows(target: pg.Client, table: string): Promise<number> {
  const { rows } = await target.query<{ count: string }>(`SELECT count(*) AS count FROM ${quote(table)}`);
  return Number(rows[0]!.count);
}

async function assertEmpty(target: pg.Client, tables: string[]) {
  const filled: string[] = [];
  for (const table of tables) {
    const count = await countRows(target, table);
    if (count) filled.push(`${table} (${count.toLocaleString("en")} row${count === 1 ? "" : "s"})`);
  }
  if (filled.length) {
    throw new Error(
      `The PostgreSQL database is not empty: ${filled.join(", ")}. db:copy fills only a new, empty database, so nothing there is overwritten: ` +
        "create one (for example `createdb -O closeread closeread`) and give its URL to --to.",
    );
  }
}

async function targetColumns(target: pg.Client, table: string): Promise<TargetColumn[]> {
  const { rows } = await target.query<TargetColumn>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
      WHERE a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident($1))::regclass AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`,
    [table],
  );
  return rows;
}

/** Copies every row of `table`; `deferredColumns` are written NULL here and filled later (fillDeferredColumns). */
async function copyTable(source: Sqlite.Database, target: pg.Client, table: string, deferredColumns: readonly string[]): Promise<number> {
  const columns = await targetColumns(target, table);
  const sourceColumns = new Set((source.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name));
  const missing = columns.filter((column) => !sourceColumns.has(column.name)).map((column) => column.name);
  const extra = [...sourceColumns].filter((name) => !columns.some((column) => column.name === name));
  if (!sourceColumns.size || missing.length || extra.length) {
    throw new Error(
      `Table ${table} differs between the two databases (only in PostgreSQL: ${missing.join(", ") || "none"}; only in SQLite: ${extra.join(", ") || (sourceColumns.size ? "none" : "the table is missing")}).`,
    );
  }
  const list = columns.map((column) => quote(column.name)).join(", ");
  // Keyset pages by rowid: each batch is one index range, however large the table.
  const page = source.prepare(`SELECT rowid AS "__rowid", ${list} FROM ${quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT ${BATCH_ROWS}`);
  const insert = `INSERT INTO ${quote(table)} (${list})
    SELECT ${columns.map((column, i) => `c${i}::${column.type}`).join(", ")}
      FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(", ")}) AS t(${columns.map((_, i) => `c${i}`).join(", ")})`;
  const nextPage = (after: number) => page.all(after) as Record<string, unknown>[];
  let copied = 0;
  let rows = nextPage(0);
  while (rows.length) {
    const inserting = target.query(
      insert,
      columns.map((column) => rows.map((row) => (deferredColumns.includes(column.name) ? null : asPostgresText(row[column.name], column.type, table)))),
    );
    copied += rows.length;
    // Read the next page while PostgreSQL writes this one.
    const following = nextPage(rows.at(-1)!.__rowid as number);
    await inserting;
    rows = following;
  }
  return copied;
}

/** One SQLite value as the text PostgreSQL reads for a column of `type` (cast in the INSERT). */
export function asPostgresText(value: unknown, type: string, table = ""): string | null {
  if (value === null || value === undefined) return null;
  if (type === "boolean") return value === 1 || value === 1n || value === "1" || value === "true" || value === true ? "true" : "false";
  if (type.startsWith("timestamp") || type === "date") return utcTime(value, table);
  if (Buffer.isBuffer(value)) return `\\x${value.toString("hex")}`;
  return String(value);
}

/** ISO 8601 in UTC: Prisma writes text with an offset, or epoch milliseconds; SQLite's own CURRENT_TIMESTAMP has no zone and means UTC. */
function utcTime(value: unknown, table: string): string {
  const time =
    typeof value === "number" || typeof value === "bigint"
      ? new Date(Number(value))
      : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(String(value)) ? String(value) : `${String(value).replace(" ", "T")}Z`);
  if (Number.isNaN(time.getTime())) throw new Error(`Table ${table}: "${String(value)}" is not a time.`);
  return time.toISOString();
}

/** Serial and identity columns continue after the copied ids (closeread's ids are text today; this keeps a future counter right). */
async function resetSequences(target: pg.Client) {
  const { rows } = await target.query<{ table: string; column: string; sequence: string }>(
    `SELECT table_name AS table, column_name AS column, pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
       FROM information_schema.columns
      WHERE table_schema = current_schema() AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`,
  );
  for (const { table, column, sequence } of rows) {
    await target.query(`SELECT setval($1, COALESCE(MAX(${quote(column)}), 1), MAX(${quote(column)}) IS NOT NULL) FROM ${quote(table)}`, [sequence]);
  }
}

async function countBothSides(source: Sqlite.Database, target: pg.Client, tables: string[]): Promise<TableCount[]> {
  const counts: TableCount[] = [];
  for (const table of tables) {
    const { count } = source.prepare(`SELECT count(*) AS count FROM ${quote(table)}`).get() as { count: number };
    counts.push({ table, source: count, target: await countRows(target, table) });
  }
  return counts;
}
