/**
 * A teacher carries a reading between servers: exports a public-domain text
 * of the library as one file, imports it as their own (a bad file gets a
 * message at the field, the slug typed is kept), shares it; another teacher
 * sees it only once shared. Screenshots at 1280 and 360 px go to
 * test-results/shots; axe runs on the page.
 */
import fs from "node:fs";
import { expect, test } from "./support/world";
import { createDatabase } from "../lib/db/client";
import { seedDemo } from "../lib/db/seed";
import { signIn } from "./support/reading";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { shot, shotsAtWidths } from "./support/screenshots";


test("a teacher exports a reading, imports it as their own, and shares it", async ({ page, browser, world }) => {
  test.setTimeout(120_000);
  await signIn(page, world.teacherEmail);
  await page.getByRole("link", { name: "Readings", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Readings", level: 1 })).toBeVisible();
  await expect(page.getByText("None yet.")).toBeVisible();

  // Only a text anyone may copy has an export link.
  const library = page.locator("section", { has: page.getByRole("heading", { name: "This server's library" }) });
  await expect(library.getByRole("link", { name: /Export\W+The Gettysburg Address/ })).toBeVisible();
  await expect(library.getByRole("link", { name: /Export\W+Why the Taliban/ })).toHaveCount(0);
  const download = page.waitForEvent("download");
  await library.getByRole("link", { name: /Export\W+The Gettysburg Address/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("gettysburg-address.closeread.zip");
  const exported = await file.path();

  // A file that is not a reading: the message is at the field, and the slug typed stays.
  const notZip = `${test.info().outputDir}/notes.zip`;
  fs.mkdirSync(test.info().outputDir, { recursive: true });
  fs.writeFileSync(notZip, "not a zip");
  const slug = `gettysburg-${world.joinCode.toLowerCase()}`;
  await page.getByLabel("Reading file").setInputFiles(notZip);
  await page.getByLabel("Name in web addresses (optional)").fill(slug);
  await page.getByRole("button", { name: "Import reading" }).click();
  await expect(page.getByText("This is not a zip file.")).toBeVisible();
  await expect(page.getByLabel("Reading file")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name in web addresses (optional)")).toHaveValue(slug);
  await shot(page, "readings-import-error-1280");

  // Its own slug is taken on this server: the teacher gives another one.
  await page.getByLabel("Reading file").setInputFiles(exported);
  await page.getByRole("button", { name: "Import reading" }).click();
  await expect(page.getByText(`Imported “The Gettysburg Address” (${slug})`)).toBeVisible();
  await page.reload();
  const mine = page.locator("li", { has: page.getByText(`${slug} · 1 version`) });
  await expect(mine).toContainText("only you");
  await expect(mine.getByRole("link", { name: /Export as a file/ })).toHaveAttribute("href", `/teach/readings/${slug}/export`);

  // Another teacher does not see it, and cannot download it, until it is shared.
  const database = createDatabase(process.env.E2E_DATABASE_URL);
  const otherWorld = await seedDemo(database, [], `o${world.joinCode.toLowerCase().slice(1)}`);
  await database.$disconnect();
  const otherTeacher = await (await browser.newContext()).newPage();
  await signIn(otherTeacher, otherWorld.teacherEmail);
  expect((await otherTeacher.request.get(`/teach/readings/${slug}/export`)).status()).toBe(404);
  // Anonymous: sent to sign in, as for any download; a student: 403.
  const anonymous = await (await browser.newContext()).request.get(`/teach/readings/${slug}/export`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()["location"]).toContain("/sign-in");
  const student = await (await browser.newContext()).newPage();
  await signIn(student, world.students.ava!);
  expect((await student.request.get(`/teach/readings/gettysburg-address/export`)).status()).toBe(403);

  await mine.getByRole("button", { name: "Share with this server" }).click();
  await expect(page.getByText("Shared with every teacher on this server.")).toBeVisible();
  await otherTeacher.goto("/teach/readings");
  await expect(otherTeacher.getByText("The Gettysburg Address").first()).toBeVisible();

  await expectNoSeriousAxeViolations(page);
  await shotsAtWidths(page, "readings");
});
