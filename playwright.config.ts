import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/** Debian's Chromium when installed (offline machines), otherwise Playwright's own browser. */
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => fs.existsSync(file));
const PORT = Number(process.env.E2E_PORT ?? 3100);
// The test server's throwaway database: e2e/support/serve.ts makes it, and each test seeds its own people into it
// (e2e/support/world.ts). One per run (the runner's pid), so a second run on the machine cannot wipe this one's; the
// workers, which load this file too, inherit the runner's value.
process.env.E2E_DATABASE_URL ??= `file:${path.join(os.tmpdir(), `closeread-e2e-${PORT}-${process.pid}`, "e2e.db")}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // Assertions wait on the server's real work (argon2 hashing on sign-up and sign-in, a first render): on a busy 2-core
  // machine that took over Playwright's default 5 s, and a passing assertion returns as soon as it holds.
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  outputDir: "test-results/playwright",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        }
      : {},
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A production server (`next build` runs first in `npm run test:e2e`) on a throwaway database.
    command: `tsx e2e/support/serve.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // Playwright's default is SIGKILL, which leaves e2e/support/serve.ts no moment to delete the run's database.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
