/**
 * Each browser test's own people: a teacher, a class of four students with
 * both readings assigned, and a self-study learner, made with the demo seed
 * (lib/db/seed.ts) under names and a join code no other test uses, straight
 * into the test server's database (E2E_DATABASE_URL, set in
 * playwright.config.ts). Tests then never depend on what another test did.
 *
 *   import { test } from "./support/world";
 *   test("…", async ({ page, world }) => { await signIn(page, world.students.ava); … });
 */
import { randomBytes } from "node:crypto";
import { test as base } from "@playwright/test";
import { loadContent } from "../../lib/content/load";
import { createDatabase } from "../../lib/db/client";
import { type SeededDemo, seedDemo } from "../../lib/db/seed";
import { isTransientDatabaseError } from "../../lib/errors";

export { expect } from "@playwright/test";

export const test = base.extend<{ world: SeededDemo }>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  world: async ({}, provide) => {
    const database = createDatabase(process.env.E2E_DATABASE_URL);
    const suffix = randomBytes(4).readUInt32BE().toString(36).padStart(6, "0").slice(-6);
    const slugs = loadContent().readings.map((entry) => entry.reading.slug);
    // The test server writes to the same SQLite file: a seed that found it busy for longer than the busy timeout
    // rolled back whole, so it is simply run again (as the app's own clients resend a 503).
    let world: SeededDemo | undefined;
    for (let attempt = 1; !world; attempt++) {
      world = await seedDemo(database, slugs, suffix).catch((error: unknown) => {
        if (attempt >= 3 || !isTransientDatabaseError(error)) throw error;
        return undefined;
      });
    }
    await database.$disconnect();
    await provide(world);
  },
});
