import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDatabase, db } from "../../lib/db/client";
import { checkHealth } from "../../lib/health";

describe("health check", () => {
  it("is ok on a migrated database", async () => {
    expect(await checkHealth(db)).toEqual({ status: "ok", database: "ok", migrations: "up-to-date" });
  });

  it("names pending migrations on a database that was never migrated", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "closeread-health-"));
    const database = createDatabase(`file:${path.join(dir, "empty.db")}`);
    try {
      const report = await checkHealth(database);
      expect(report).toMatchObject({ status: "error", database: "ok", migrations: "pending" });
      expect(report.pending?.length).toBeGreaterThan(0);
    } finally {
      await database.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports an unreachable database", async () => {
    const database = createDatabase("postgresql://nobody@127.0.0.1:1/nowhere");
    const report = await checkHealth(database);
    expect(report).toEqual({ status: "error", database: "unreachable", migrations: "unknown" });
  });
});
