/**
 * The account page as each user meets it: changing the password (confirmed,
 * nothing typed lost, the header still names them), downloading all their
 * own data, and deleting the account (password confirmed, signed out
 * everywhere; a teacher with students is told what to do first).
 * Screenshots at 1280 and 360 px, light and dark, in test-results/screenshots/account-*.
 */
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { PASSWORD, signIn } from "./support/reading";
import { expect, test } from "./support/world";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { shotsAtWidths } from "./support/screenshots";


/** axe clean and no sideways scroll at 1280 and 360 px, in the light and the dark scheme, each saved as a screenshot. */
async function checkAccountPage(page: Page, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoSeriousAxeViolations(page, `${name} (${scheme})`);
    await shotsAtWidths(page, `account-${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("a student changes their password, downloads their data and deletes their account", async ({ page, world }) => {
  // Four axe runs (two widths, two schemes) and five form round trips.
  test.setTimeout(180_000);
  const username = world.students.dara!;
  await signIn(page, username);
  await page.goto("/account");
  const header = page.getByRole("navigation", { name: "Main" });
  const name = (await header.locator(".nav-wide .nav-user").innerText()).replace("(your account)", "").trim();
  expect(name.length).toBeGreaterThan(0);
  await checkAccountPage(page, "student");

  // The confirmation differs: the message is on that field and every field keeps what was typed.
  const newPassword = `${PASSWORD} renewed`;
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password again").fill(`${newPassword}!`);
  await page.getByRole("button", { name: "Change password" }).click();
  const confirmField = page.getByLabel("New password again");
  await expect(confirmField).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("The two passwords differ.")).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveValue(PASSWORD);
  await expect(page.getByLabel("New password", { exact: true })).toHaveValue(newPassword);
  await expect(confirmField).toHaveValue(`${newPassword}!`);

  await confirmField.fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password is changed.")).toBeVisible();
  // The header still names the student, now and after a reload.
  await expect(header.locator(".nav-wide .nav-user")).toContainText(name);
  await page.reload();
  await expect(header.locator(".nav-wide .nav-user")).toContainText(name);

  // Their own data, as one JSON file.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^closeread-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as { profile: { username: string; role: string }; enrollments: unknown[] };
  expect(data.profile).toMatchObject({ username, role: "student" });
  expect(data.enrollments.length).toBeGreaterThan(0);

  // Deleting: the old password is refused on the field; the new one deletes and signs out.
  const deleteForm = page.locator("form", { has: page.getByRole("button", { name: "Delete my account" }) });
  await deleteForm.getByLabel("Your password, to confirm").fill(PASSWORD);
  await deleteForm.getByRole("button", { name: "Delete my account" }).click();
  await expect(deleteForm.locator(".field-error")).toHaveText("That is not your current password.");
  await deleteForm.getByLabel("Your password, to confirm").fill(newPassword);
  await deleteForm.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/\?account=deleted$/);
  await expect(page.getByText("Your account and your data are deleted")).toBeVisible();
  await expect(header.locator(".nav-wide").getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("Email or username").fill(username);
  await page.getByLabel("Password").fill(newPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email or username and password do not match an account.")).toBeVisible();
});

test("a teacher whose class has students is told to empty it before deleting the account", async ({ page, world }) => {
  test.setTimeout(180_000);
  await signIn(page, world.teacherEmail);
  await page.goto("/account");
  await checkAccountPage(page, "teacher");
  await page.getByLabel("Your password, to confirm").fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText(/These classes of yours still have students: .+ remove the students or delete their data first/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();
});
