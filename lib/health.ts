import "server-only";
import { db } from "./db/client";
import { databaseUrl, providerOf } from "./db/config";
import { pendingMigrations } from "./db/migration-status";
import { log } from "@/lib/log";

export type HealthReport = {
  status: "ok" | "error";
  database: "ok" | "unreachable";
  migrations: "up-to-date" | "pending" | "unknown";
  pending?: string[];
};

/** What /api/health reports: the database answers, and every committed migration is applied. */
export async function checkHealth(database = db): Promise<HealthReport> {
  try {
    await database.$queryRawUnsafe("SELECT 1");
  } catch (error) {
    log.error({ err: error }, "health: database unreachable");
    return { status: "error", database: "unreachable", migrations: "unknown" };
  }
  const pending = await pendingMigrations(database, providerOf(databaseUrl()));
  if (pending.length > 0) return { status: "error", database: "ok", migrations: "pending", pending };
  return { status: "ok", database: "ok", migrations: "up-to-date" };
}
