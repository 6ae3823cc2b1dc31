/**
 * The Prisma client, one per process (a globalThis singleton survives Next's
 * hot reloads in development). Not server-only on purpose: seeds, scripts and
 * test fixtures use it too; app code reaches it through server-only modules.
 */
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-postgresql/client";
import { adapterFor } from "./adapter";
import { databaseUrl, providerOf } from "./config";

export type Database = PrismaClient;

/**
 * Both generated clients come from the same schema and expose the same API;
 * each is bound to its provider, so the URL decides which one to build.
 */
export function createDatabase(url = databaseUrl()): Database {
  if (providerOf(url) === "postgresql") {
    return new PostgresPrismaClient({ adapter: adapterFor(url) }) as unknown as Database;
  }
  return new PrismaClient({ adapter: adapterFor(url) });
}

const globalForDb = globalThis as unknown as { closereadDb?: Database };

export const db: Database = globalForDb.closereadDb ?? createDatabase();
if (process.env.NODE_ENV !== "production") globalForDb.closereadDb = db;
