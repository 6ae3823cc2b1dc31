/**
 * A throwaway PostgreSQL database on the local server, for tests that must
 * run on PostgreSQL too. Refuses any server but this machine's. When the
 * server is down the test fails: CI starts it, and nothing is skipped.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { isLocalDatabase } from "../../lib/db/config";
import { applyPendingMigrations } from "../../lib/db/engine";

const ADMIN_URL = process.env.POSTGRES_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createThrowawayPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!isLocalDatabase(ADMIN_URL)) throw new Error(`Refusing to create test databases on ${new URL(ADMIN_URL).host}`);
  const name = `closeread_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/**
 * A migrated throwaway database made the app's database for this test file:
 * DATABASE_URL points at it before the shared client is first imported (so
 * import app modules only after this). Returns the clean-up for afterAll.
 */
export async function appDatabaseOnThrowawayPostgres(): Promise<() => Promise<void>> {
  // A static import of anything that opens the database runs first, and the "PostgreSQL" tests would quietly run on SQLite.
  if ((globalThis as { closereadDb?: unknown }).closereadDb) {
    throw new Error("The app's database client already exists: import app modules after appDatabaseOnThrowawayPostgres(), not statically.");
  }
  const postgres = await createThrowawayPostgres();
  await applyPendingMigrations(postgres.url);
  process.env.DATABASE_URL = postgres.url;
  const { db } = await import("../../lib/db/client");
  // As `npm run db:migrate` does.
  const { syncBuiltInLibrary } = await import("../../lib/content/load");
  await syncBuiltInLibrary(db);
  return async () => {
    await db.$disconnect();
    await postgres.drop();
  };
}
