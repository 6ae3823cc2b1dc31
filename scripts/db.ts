/**
 * Database commands that work without Prisma's native engine:
 *   tsx scripts/db.ts migrate            apply pending migrations to DATABASE_URL
 *   tsx scripts/db.ts migration <name>   write a migration (SQLite and PostgreSQL) from schema changes
 *   tsx scripts/db.ts backup [file]      consistent copy of the live SQLite database (default: backups/ next to it)
 *   tsx scripts/db.ts restore <file>     replace the SQLite database with a backup (stop the app first)
 *   tsx scripts/db.ts copy --to <url>    move the SQLite database's data to a new, empty PostgreSQL database
 */
import { backupDatabase, restoreDatabase } from "../lib/db/backup";
import { databaseUrl } from "../lib/db/config";
import { copySqliteToPostgres } from "../lib/db/copy";
import { applyPendingMigrations, writeMigrations } from "../lib/db/engine";
import { runMaintenanceSteps } from "../lib/db/maintenance";

async function main(argv: string[]): Promise<number> {
  const [command, name] = argv;
  if (command === "migrate") {
    const applied = await applyPendingMigrations(databaseUrl());
    console.log(
      applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.",
    );
    // Data steps a migration's SQL cannot do, each recorded so that an interrupted one resumes.
    const { db } = await import("../lib/db/client");
    const { COUNT_EXISTING_WORK_STEP } = await import("../lib/tallied/tallies");
    // The built-in library first: counting existing work reads the readings' questions.
    const { syncBuiltInLibrary } = await import("../lib/content/load");
    const stored = await syncBuiltInLibrary(db);
    const changed = stored.filter((outcome) => outcome.created);
    console.log(changed.length ? `Built-in readings stored: ${changed.map((o) => `${o.slug} (version ${o.version})`).join(", ")}` : "Built-in readings are up to date.");
    await runMaintenanceSteps(db, [COUNT_EXISTING_WORK_STEP], console.log);
    await db.$disconnect();
    return 0;
  }
  if (command === "migration") {
    if (!name || name.startsWith("-")) {
      console.error("Usage: npm run db:migration -- <name>");
      return 2;
    }
    const written = await writeMigrations(name);
    console.log(written.length ? `Wrote:\n  ${written.join("\n  ")}` : "No schema changes: nothing written.");
    return 0;
  }
  if (command === "backup") {
    console.log(`Backed up to ${await backupDatabase(databaseUrl(), name)}`);
    return 0;
  }
  if (command === "restore") {
    if (!name) {
      console.error("Usage: npm run db:restore -- <backup file>   (stop the app first)");
      return 2;
    }
    const { restored, previous } = await restoreDatabase(name, databaseUrl());
    console.log(`Restored ${restored} from ${name}.${previous ? ` What it held before is in ${previous}.` : ""}`);
    return 0;
  }
  if (command === "copy") return copy(argv.slice(1));
  console.error("Usage: tsx scripts/db.ts migrate | migration <name> | backup [file] | restore <file> | copy --to <postgresql url>");
  return 2;
}

/** db:copy, then the proof: rows counted on both sides, and the target's tallies against a recount (db:check-tallies). */
async function copy(args: string[]): Promise<number> {
  const at = args.indexOf("--to");
  const to = at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith("--to="))?.slice("--to=".length);
  if (!to) {
    console.error("Usage: npm run db:copy -- --to postgresql://user:password@host:5432/database   (stop the app first)");
    return 2;
  }
  const started = Date.now();
  const counts = await copySqliteToPostgres(databaseUrl(), to, console.log);
  const width = Math.max(...counts.map((count) => count.table.length));
  console.log(`\n${"table".padEnd(width)}  ${"SQLite".padStart(9)}  ${"PostgreSQL".padStart(10)}`);
  for (const { table, source, target } of counts) {
    console.log(`${table.padEnd(width)}  ${String(source).padStart(9)}  ${String(target).padStart(10)}${source === target ? "" : "  DIFFERS"}`);
  }
  const differing = counts.filter((count) => count.source !== count.target);
  const rows = counts.reduce((sum, count) => sum + count.target, 0);
  console.log(`Copied ${rows.toLocaleString("en")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s. Checking the tallies against a recount…`);

  const { createDatabase } = await import("../lib/db/client");
  const { checkTallies } = await import("../lib/analytics/tally-check");
  const database = createDatabase(to);
  const tallies = await checkTallies(database).finally(() => database.$disconnect());
  console.log(
    tallies.differences.length
      ? `${tallies.differences.length} tally difference(s) on PostgreSQL: run npm run db:check-tallies with DATABASE_URL set to it for the list.`
      : `The tallies of ${tallies.assignments} assignment(s) match a recount on PostgreSQL.`,
  );
  if (differing.length || tallies.differences.length) return 1;
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s. Set DATABASE_URL to the PostgreSQL URL and start closeread.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
