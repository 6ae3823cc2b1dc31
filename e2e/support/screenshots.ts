/**
 * Screenshots the browser tests take for a person to look at (DEVELOPERS.md:
 * every page touched, at desktop and phone width), under $SHOTS_DIR
 * (default test-results/screenshots). At each width the page must not
 * scroll sideways; the failure names the elements that stick out.
 */
import fs from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";

export const SHOTS_DIR = process.env.SHOTS_DIR ?? "test-results/screenshots";

const DESKTOP = { width: 1280, height: 900 };

/** One full-page screenshot at the current size, as `<name>.png`. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true });
}

/** Elements that reach past the window's right edge (tag.class), at most 8. */
function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}.${String(element.className)}`)
      .slice(0, 8),
  );
}

/**
 * `<name>-<width>.png` at each width (1280 and 360 px unless told), none
 * scrolling sideways, and with `detail` also `<name>-detail-<width>.png`: the
 * window scrolled to it. The window is back at 1280 × 900 after.
 */
export async function shotsAtWidths(page: Page, name: string, widths: readonly number[] = [1280, 360], detail?: Locator): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: width < 600 ? 800 : DESKTOP.height });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const culprits = overflow > 0 ? (await sticksOut(page)).join(", ") : "";
    expect(overflow, `${name} at ${width} px scrolls sideways: ${culprits}`).toBeLessThanOrEqual(0);
    await shot(page, `${name}-${width}`);
    if (detail) {
      await detail.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS_DIR}/${name}-detail-${width}.png` });
    }
  }
  await page.setViewportSize(DESKTOP);
}
