/**
 * Starts `next start` for the browser tests on a throwaway SQLite database,
 * migrated and loaded with the demo data; the database is deleted on exit.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase } from "../../lib/db/client";
import { applyPendingMigrations } from "../../lib/db/engine";
import { seedDemo } from "../../lib/db/seed";
import { listReadings } from "../../lib/content/load";

const port = process.argv[2] ?? "3100";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-e2e-"));
const url = `file:${path.join(dir, "e2e.db")}`;

await applyPendingMigrations(url);
const database = createDatabase(url);
await seedDemo(database, listReadings().map((reading) => reading.slug));
await database.$disconnect();

const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-H", "127.0.0.1", "-p", port], {
  stdio: "inherit",
  // A production server needs AUTH_SECRET; a throwaway one gets a throwaway secret. e2e/lti.spec.ts signs up as the admin.
  env: {
    ...process.env,
    DATABASE_URL: url,
    E2E_DATABASE_URL: url,
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64"),
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
