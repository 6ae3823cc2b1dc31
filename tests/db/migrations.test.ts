import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDatabase } from "../../lib/db/client";
import { applyPendingMigrations, checkEngineBindings, KNOWN_ENGINE_BUILDS, pendingSchemaChanges, SCHEMA_PATH } from "../../lib/db/engine";
import { committedMigrations, pendingMigrations } from "../../lib/db/migration-status";
import { createThrowawayPostgres } from "../support/postgres";

const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
const schemaWithNewField = schema.replace("model Classroom {", "model Classroom {\n  colour String?");

describe("committed migrations match prisma/schema.prisma", () => {
  it.each(["sqlite", "postgresql"] as const)("%s: no schema change is missing a migration", async (provider) => {
    expect(committedMigrations(provider).length).toBeGreaterThan(0);
    expect(await pendingSchemaChanges(provider)).toBe("");
  });

  it.each(["sqlite", "postgresql"] as const)("%s: a field added without a migration is detected", async (provider) => {
    const drift = await pendingSchemaChanges(provider, schemaWithNewField);
    expect(drift).toMatch(/ALTER TABLE "Classroom" ADD COLUMN\s+"colour" TEXT|CREATE TABLE "new_Classroom"/);
  });

  it("both providers have the same migration history", () => {
    expect(committedMigrations("postgresql")).toEqual(committedMigrations("sqlite"));
  });
});

describe("applying migrations", () => {
  it("creates a new SQLite database file, and a second run applies nothing", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-migrate-"));
    const url = `file:${path.join(dir, "nested", "fresh.db")}`;
    try {
      expect(await applyPendingMigrations(url)).toEqual(committedMigrations("sqlite"));
      expect(await applyPendingMigrations(url)).toEqual([]);
      const database = createDatabase(url);
      expect(await pendingMigrations(database, "sqlite")).toEqual([]);
      await database.user.create({ data: { role: "teacher", displayName: "T", email: "t@example.org" } });
      expect(await database.user.count()).toBe(1);
      const journal = await database.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(journal[0]?.journal_mode).toBe("wal");
      await database.$disconnect();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("applies the PostgreSQL migrations to a real server, where the client then reads and writes", async () => {
    const { url, drop } = await createThrowawayPostgres();
    try {
      expect(await applyPendingMigrations(url)).toEqual(committedMigrations("postgresql"));
      const database = createDatabase(url);
      const teacher = await database.user.create({ data: { role: "teacher", displayName: "T", email: "t@example.org" } });
      await database.classroom.create({ data: { name: "Period 1", joinCode: "PGTEST", teacherId: teacher.id } });
      expect(await database.classroom.count({ where: { teacherId: teacher.id } })).toBe(1);
      expect(await pendingMigrations(database, "postgresql")).toEqual([]);
      await database.$disconnect();
    } finally {
      await drop();
    }
  });
});

describe("the WebAssembly schema engine", () => {
  const engineClass = (methods: string[]) => Object.assign(function SchemaEngine() {}, { new: () => {}, prototype: Object.fromEntries(methods.map((m) => [m, () => {}])) });
  const bindings = (build: string, methods = ["applyMigrations", "diff", "free"]) =>
    ({ version: () => build, SchemaEngine: engineClass(methods) }) as unknown as Parameters<typeof checkEngineBindings>[0];

  it("accepts the build package.json pins (the one these tests drive)", () => {
    expect(() => checkEngineBindings(bindings(KNOWN_ENGINE_BUILDS[0]!))).not.toThrow();
  });

  it("refuses, saying what to do, a build it was not checked with or one missing a method it calls", () => {
    expect(() => checkEngineBindings(bindings("0123abc"))).toThrow(/build 0123abc, not one this file was checked with.*KNOWN_ENGINE_BUILDS/);
    expect(() => checkEngineBindings(bindings(KNOWN_ENGINE_BUILDS[0]!, ["diff", "free"]))).toThrow(/no SchemaEngine\.applyMigrations/);
  });
});
