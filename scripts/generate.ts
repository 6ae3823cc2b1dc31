/**
 * Generates the Prisma client twice from the one schema: for SQLite (the
 * embedded default) and for PostgreSQL. A generated client is bound to its
 * provider, and the app picks one from DATABASE_URL at run time.
 *
 * The Prisma CLI wants a native schema engine binary to exist even though
 * generation runs on WebAssembly; offline it cannot download one, so any
 * existing file satisfies the check (the binary is never executed).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { schemaFor } from "../lib/db/engine";

const postgresSchemaPath = path.resolve("lib/generated/postgresql/schema.prisma");

fs.mkdirSync(path.dirname(postgresSchemaPath), { recursive: true });
fs.writeFileSync(
  postgresSchemaPath,
  schemaFor("postgresql").replace(/output\s*=\s*"[^"]*"/, 'output       = "../prisma-postgresql"'),
);

const prismaCli = path.resolve("node_modules/prisma/build/index.js");
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath };
for (const schema of ["prisma/schema.prisma", postgresSchemaPath]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schema], { stdio: "inherit", env });
}

