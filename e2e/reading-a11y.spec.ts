/**
 * Accessibility and layout of the reading pages: axe-core finds no serious
 * or critical violations on the start, chunk (plain, with a note open,
 * choosing evidence, with feedback) and results pages, in light and dark;
 * at 360 px nothing scrolls sideways. Screenshots (desktop and 360 px, light
 * and dark) go to $SHOTS_DIR (default test-results/screenshots), named reading-*.png.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/world";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { shot } from "./support/screenshots";
import { card, feedbackOf, gettysburgAssignmentPath, questionsOf, signIn } from "./support/reading";

async function expectNoSidewaysScroll(page: Page, where: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${where} is ${width}px wide`).toBeLessThanOrEqual(360);
}

async function setTheme(page: Page, theme: "Light" | "Dark") {
  await page.getByRole("button", { name: /Display/ }).click();
  await page.getByRole("radio", { name: theme }).check();
  await page.keyboard.press("Escape");
  await expect(page.locator("html")).toHaveAttribute("data-theme", theme.toLowerCase());
}

/** The pages and states to check, in order: each leaves the page ready for the next. */
async function visit(page: Page, start: string, check: (where: string) => Promise<void>) {
  await page.goto(start);
  await check("start");

  await page.goto(`${start}/c1`);
  await check("chunk");

  await page.getByRole("button", { name: "Context note 1" }).click();
  await expect(page.locator("#note-n-four-score-popover")).toBeVisible();
  await check("chunk-note-open");
  await page.keyboard.press("Escape");

  const evidence = questionsOf("c1").find((q) => q.type === "evidence")!;
  await card(page, evidence.id).getByRole("button", { name: /Choose sentences|Change the sentences/ }).click();
  const sentence = page.locator(`[data-sentence-id="${(evidence.answer as string[])[0]}"][role=button]`);
  if ((await sentence.getAttribute("aria-pressed")) !== "true") await sentence.click();
  await check("chunk-evidence");
  await page.getByRole("button", { name: "Done", exact: true }).click();

  const single = questionsOf("c1").find((q) => q.type === "single_choice")!;
  const box = card(page, single.id);
  if ((await feedbackOf(page, single.id).count()) === 0) {
    await box.getByLabel(single.options!.find((o) => o.id !== single.answer)!.text).check();
    await box.getByRole("button", { name: "Check answer" }).click();
  }
  await expect(feedbackOf(page, single.id)).toBeVisible();
  await check("chunk-feedback");

  await page.goto(`${start}/results`);
  await check("results");
}

/*
 * One test, one student: the theme is a preference saved to the account, so
 * two tests with the same student in parallel would switch each other's theme.
 */
test("no serious or critical axe violations, light and dark; nothing scrolls sideways at 360 px; screenshots", async ({ browser, world }) => {
  test.setTimeout(360_000);
  for (const [size, viewport] of [
    ["desktop", { width: 1280, height: 900 }],
    ["360", { width: 360, height: 780 }],
  ] as const) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await signIn(page, world.students.dara!);
    const start = await gettysburgAssignmentPath(page);
    for (const theme of ["Light", "Dark"] as const) {
      await page.goto(start);
      await setTheme(page, theme);
      await visit(page, start, async (where) => {
        const label = `${where} (${size}, ${theme.toLowerCase()})`;
        // Colours do not change with the width: axe runs on the desktop in both themes and at 360 px in light.
        if (size === "desktop" || theme === "Light") await expectNoSeriousAxeViolations(page, label);
        if (size === "360") await expectNoSidewaysScroll(page, label);
        await shot(page, `reading-${size}-${theme.toLowerCase()}-${where}`);
      });
    }
    await context.close();
  }
});
