/** What every SQLite connection of the app is set up with (lib/db/adapter.ts). */
import { afterEach, expect, it } from "vitest";
import { createDatabase } from "@/lib/db/client";

const synchronousOf = async (url: string) => {
  const database = createDatabase(url);
  try {
    const [row] = await database.$queryRawUnsafe<{ synchronous: number | bigint }[]>("PRAGMA synchronous");
    return Number(row!.synchronous);
  } finally {
    await database.$disconnect();
  }
};

afterEach(() => {
  delete process.env.SQLITE_SYNCHRONOUS;
});

it("commits at FULL (2) by default, which a WAL database would otherwise not, and at NORMAL (1) when SQLITE_SYNCHRONOUS=normal", async () => {
  const url = process.env.DATABASE_URL!;
  expect(await synchronousOf(url)).toBe(2);
  process.env.SQLITE_SYNCHRONOUS = "normal";
  expect(await synchronousOf(url)).toBe(1);
});
