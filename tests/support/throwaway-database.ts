/**
 * Runs before each test file: points DATABASE_URL at a fresh copy of the
 * migrated template, so every file has its own throwaway SQLite database and
 * modules that import the shared client use it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";

const template = inject("templateDatabase");

const file = path.join(os.tmpdir(), `closeread-test-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.db`);
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;

afterAll(() => {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
});
