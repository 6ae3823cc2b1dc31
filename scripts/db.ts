/**
 * Database commands that work without Prisma's native engine:
 *   tsx scripts/db.ts migrate            apply pending migrations to DATABASE_URL
 *   tsx scripts/db.ts migration <name>   write a migration (SQLite and PostgreSQL) from schema changes
 *   tsx scripts/db.ts backup [file]      consistent copy of the live SQLite database (default: backups/ next to it)
 *   tsx scripts/db.ts restore <file>     replace the SQLite database with a backup (stop the app first)
 */
import { backupDatabase, restoreDatabase } from "../lib/db/backup";
import { databaseUrl } from "../lib/db/config";
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
    const { COUNT_EXISTING_WORK_STEP } = await import("../lib/analytics/tallies");
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
  console.error("Usage: tsx scripts/db.ts migrate | migration <name> | backup [file] | restore <file>");
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
