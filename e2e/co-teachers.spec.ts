import { hashPassword } from "../lib/auth/password";
import { createDatabase } from "../lib/db/client";
import { expect, test } from "./support/world";
import { PASSWORD, signIn } from "./support/reading";

/**
 * A teacher adds a co-teacher to their class by email on the class page;
 * the co-teacher then sees the class, and no longer once removed.
 */
test("a teacher adds and removes a co-teacher", async ({ page, browser, world }) => {
  test.setTimeout(120_000);
  const database = createDatabase(process.env.E2E_DATABASE_URL);
  const coEmail = world.teacherEmail.replace("@", "-co@");
  await database.user.create({ data: { role: "teacher", displayName: "Mr. Diaz", email: coEmail, passwordHash: await hashPassword(PASSWORD) } });
  await database.$disconnect();

  await signIn(page, world.teacherEmail);
  await page.goto("/teach");
  await page.locator('main a[href^="/teach/classes/"]').first().click();
  await expect(page.getByRole("heading", { name: "Teachers" })).toBeVisible();
  const classUrl = page.url();
  const className = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();

  await page.getByLabel("Co-teacher's username or email").fill("nobody@example.org");
  await page.getByRole("button", { name: "Add co-teacher" }).click();
  await expect(page.getByText("No teacher has that username or email.").first()).toBeVisible();
  // What was typed stays.
  await expect(page.getByLabel("Co-teacher's username or email")).toHaveValue("nobody@example.org");
  await page.getByLabel("Co-teacher's username or email").fill(coEmail);
  await page.getByRole("button", { name: "Add co-teacher" }).click();
  await expect(page.getByText("Mr. Diaz now teaches this class with you.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Mr. Diaz" })).toBeVisible();
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByRole("heading", { name: "Teachers" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/co-teachers-${width}.png` });
  }

  const coContext = await browser.newContext();
  const co = await coContext.newPage();
  await signIn(co, coEmail);
  await co.goto(classUrl);
  await expect(co.getByRole("heading", { level: 1 })).toHaveText(className);
  await expect(co.getByText("Only the owner adds or removes teachers.")).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Remove Mr. Diaz" }).click();
  await expect(page.getByText("Co-teacher removed.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Mr. Diaz" })).toHaveCount(0);
  const gone = await co.goto(classUrl);
  expect(gone!.status()).toBe(404);
  await coContext.close();
});
