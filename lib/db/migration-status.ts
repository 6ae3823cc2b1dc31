import fs from "node:fs";
import path from "node:path";
import type { Database } from "./client";
import type { DatabaseProvider } from "./config";

/** Names of the committed migrations for a provider, oldest first. */
export function committedMigrations(provider: DatabaseProvider): string[] {
  const dir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "prisma/migrations", provider);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Names recorded as applied in Prisma's bookkeeping table (none when it does not exist yet). */
export async function appliedMigrations(database: Database): Promise<string[]> {
  try {
    const rows = await database.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return rows.map((row) => row.migration_name);
  } catch (error) {
    if (/_prisma_migrations/.test(String(error))) return [];
    throw error;
  }
}

export async function pendingMigrations(database: Database, provider: DatabaseProvider): Promise<string[]> {
  const applied = new Set(await appliedMigrations(database));
  return committedMigrations(provider).filter((name) => !applied.has(name));
}
