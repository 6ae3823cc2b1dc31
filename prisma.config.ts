import { defineConfig } from "prisma/config";

// Only `prisma generate` goes through the Prisma CLI here; migrations run
// through scripts/db.ts on Prisma's WebAssembly schema engine, because the
// CLI's native engine cannot be downloaded on offline machines.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations/sqlite" },
});
