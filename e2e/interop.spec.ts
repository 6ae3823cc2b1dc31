/**
 * A teacher exports the assignment's questions from the report page: QTI 3.0,
 * Moodle XML and GIFT download as attachments; nobody else gets them.
 * Screenshots of the report's export links go to test-results/shots.
 */
import fs from "node:fs";
import { expect, test } from "./support/world";
import { signIn } from "./support/reading";
import { SHOTS_DIR } from "./support/screenshots";


test("the teacher downloads the questions as QTI 3.0, Moodle XML and GIFT; a student cannot", async ({ page, browser, world }) => {
  test.setTimeout(120_000);
  await signIn(page, world.teacherEmail);
  await page.goto("/teach");
  await page.getByRole("link", { name: /Period 2/ }).first().click();
  await page.waitForURL(/\/teach\/classes\/[a-z0-9]+$/);
  const classId = page.url().split("/").pop()!;
  await page.goto(`/teach/classes/${classId}/overview`);
  const report = await page.getByRole("link", { name: "The Gettysburg Address" }).first().getAttribute("href");
  const assignmentId = report!.split("/")[3]!;
  await page.goto(`/teach/assignments/${assignmentId}/report`);

  // The exports sit folded under one line, so the report's first screen is about the class.
  await page.getByText("Downloads, question exports and printing").click();
  const links = page.getByText("Export questions:");
  await expect(links).toBeVisible();
  await links.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS_DIR}/export-links-1280.png` });
  await page.setViewportSize({ width: 360, height: 800 });
  await links.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS_DIR}/export-links-360.png` });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  for (const [name, filename, start] of [
    ["QTI 3.0", "gettysburg-address-qti3.zip", "PK"],
    ["Moodle XML", "gettysburg-address-moodle.xml", "<?xml"],
    ["GIFT", "gettysburg-address.gift.txt", "// closeread GIFT export"],
  ] as const) {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name, exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(filename);
    expect(fs.readFileSync(await file.path(), "latin1").startsWith(start)).toBe(true);
  }

  const studentPage = await (await browser.newContext()).newPage();
  await signIn(studentPage, world.students.dara!);
  expect((await studentPage.request.get(`/teach/assignments/${assignmentId}/export/questions/qti`)).status()).toBe(403);
  // Anonymous: a download link sends them to sign in, as a page does (lib/http/route.ts).
  const anonymous = await browser.newContext();
  const giftAnonymously = await anonymous.request.get(`/teach/assignments/${assignmentId}/export/questions/gift`, { maxRedirects: 0 });
  expect(giftAnonymously.status()).toBe(307);
  expect(giftAnonymously.headers()["location"]).toContain("/sign-in");
});
