import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { syncBuiltInLibrary } from "../../lib/content/load";
import { createDatabase } from "../../lib/db/client";
import { applyPendingMigrations } from "../../lib/db/engine";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/** Migrates one SQLite database per test run; each test file works on a copy of it. */
const templateDatabase = path.join(os.tmpdir(), `closeread-test-template-${process.pid}.db`);

export async function setup(project: TestProject) {
  fs.rmSync(templateDatabase, { force: true });
  await applyPendingMigrations(`file:${templateDatabase}`);
  // As `npm run db:migrate` does: the built-in library is in the database before anything reads it.
  const database = createDatabase(`file:${templateDatabase}`);
  await syncBuiltInLibrary(database);
  await database.$disconnect();
  project.provide("templateDatabase", templateDatabase);
}

export async function teardown() {
  fs.rmSync(templateDatabase, { force: true });
}
