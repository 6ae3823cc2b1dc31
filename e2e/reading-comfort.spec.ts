/**
 * Reading comfort and self-study practice: text size, theme and
 * distraction-free mode apply at once and are remembered (this device and
 * the account); visible time on a chunk is reported when the page is hidden;
 * a learner finds the readings to practise and every part is open.
 */
import { expect, test } from "./support/world";
import { SLUG, reading, signIn } from "./support/reading";

test("preferences apply at once and follow the reader to another device; visible time is reported", async ({ page, browser, world }) => {
  // Playwright's clock drives performance.now, so the visible time below passes without waiting for it.
  await page.clock.install();
  await signIn(page, world.learnerEmail);
  await page.goto("/practice");
  await page.getByRole("link", { name: reading.title }).click();
  await expect(page.getByText("Practice reading")).toBeVisible();
  // Practice: every part is open from the start, feedback comes at once.
  await expect(page.getByRole("link", { name: /Part 2:/ })).toBeVisible();
  await expect(page.getByText("You see feedback right after each answer.")).toBeVisible();
  await page.goto(`/practice/${SLUG}/c2`);

  const text = page.locator("#chunk-text");
  const before = await text.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  await page.getByRole("button", { name: /Display/ }).click();
  await page.getByRole("radio", { name: "Extra large" }).check();
  await page.getByRole("radio", { name: "Dark" }).check();
  await page.getByRole("checkbox", { name: /Distraction-free mode/ }).check();
  await page.keyboard.press("Escape");
  expect(await text.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThan(before * 1.2);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Exit distraction-free" })).toBeVisible();

  // Visible time: hiding the page reports it.
  await page.clock.fastForward(1200);
  const report = page.waitForResponse((response) => response.url().endsWith("/events") && response.request().method() === "POST");
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  expect((await report).status()).toBe(204);

  // Remembered here, before the first paint of the next page...
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "xl");
  await expect(page.locator(".site-header")).toBeHidden();

  // ...and on another device, from the account.
  const other = await browser.newContext();
  const tablet = await other.newPage();
  await signIn(tablet, world.learnerEmail);
  await tablet.goto(`/practice/${SLUG}/c1`);
  await expect(tablet.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(tablet.locator("html")).toHaveAttribute("data-text-size", "xl");
  await tablet.getByRole("button", { name: "Exit distraction-free" }).click();
  await expect(tablet.locator(".site-header")).toBeVisible();
  await other.close();
});
