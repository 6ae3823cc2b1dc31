/**
 * Starts closeread's server (server.ts, as `npm start` does) for the browser
 * tests on a fresh, migrated SQLite database at E2E_DATABASE_URL
 * (playwright.config.ts), empty: each test seeds its own people
 * (e2e/support/world.ts). Deleted on exit.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { syncBuiltInLibrary } from "../../lib/content/load";
import { createDatabase } from "../../lib/db/client";
import { sqliteFilePath } from "../../lib/db/config";
import { applyPendingMigrations } from "../../lib/db/engine";

const port = process.argv[2] ?? "3100";
const url = process.env.E2E_DATABASE_URL!;
const dir = path.dirname(sqliteFilePath(url));
// A run stopped before its cleanup may have left a database at this path (a reused pid): start from nothing.
fs.rmSync(dir, { recursive: true, force: true });

await applyPendingMigrations(url);
// As `npm start` does through `npm run db:migrate`: the built-in readings are stored before any test seeds against them.
const database = createDatabase(url);
await syncBuiltInLibrary(database);
await database.$disconnect();

const server = spawn(path.resolve("node_modules/.bin/tsx"), ["server.ts", "-H", "127.0.0.1", "-p", port], {
  stdio: "inherit",
  // A production server needs AUTH_SECRET; a throwaway one gets a throwaway secret. e2e/lti.spec.ts signs up as the admin.
  env: {
    ...process.env,
    DATABASE_URL: url,
    E2E_DATABASE_URL: url,
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64"),
    // One JSON access line per request would bury the test report; warnings and errors still show.
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    CLOSEREAD_ADMINS: process.env.CLOSEREAD_ADMINS ?? "lti-admin@example.org",
  },
});

function stop() {
  server.kill("SIGTERM");
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
