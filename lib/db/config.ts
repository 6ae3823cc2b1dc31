import path from "node:path";

/** Where the embedded database lives when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = "file:./data/closeread.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…"`,
  );
}

export type SqliteSynchronous = "NORMAL" | "FULL";

/**
 * When a SQLite commit reaches the disk (docs/performance.md). FULL, the
 * default: written to disk before the answer is acknowledged, so not even a
 * power cut loses it (about half a millisecond per commit). NORMAL: a commit
 * survives the server process dying at once, and reaches the disk at the
 * next checkpoint, so a power cut can lose the last moments of work.
 */
export function sqliteSynchronous(env: Record<string, string | undefined> = process.env): SqliteSynchronous {
  const value = env.SQLITE_SYNCHRONOUS?.trim().toUpperCase() || "FULL";
  if (value === "NORMAL" || value === "FULL") return value;
  throw new Error(`SQLITE_SYNCHRONOUS must be full or normal; got "${env.SQLITE_SYNCHRONOUS}"`);
}

/** Absolute path of a SQLite file: URL, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  const [file = ""] = url.replace(/^file:/, "").split("?");
  return file === ":memory:" ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/** Hosts that count as this machine: seeding and test resets refuse anything else. */
export function isLocalDatabase(url: string): boolean {
  if (providerOf(url) === "sqlite") return true;
  const host = new URL(url).hostname;
  return ["localhost", "127.0.0.1", "::1", "[::1]", ""].includes(host);
}
