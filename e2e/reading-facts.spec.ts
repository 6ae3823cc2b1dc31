/**
 * What a reader and a teacher see before choosing a text (length, reading
 * time, Flesch–Kincaid grade, questions and core set, rights), and rights
 * at work: the classroom-licensed essay is not open to self-study.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/world";
import { signIn } from "./support/reading";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { shotsAtWidths } from "./support/screenshots";

const LICENSED = { slug: "why-the-taliban-wont-quit-al-qaeda", title: "Why the Taliban Won’t Quit al Qaeda" };
const PUBLIC_DOMAIN = "The Gettysburg Address";

async function check(page: Page, name: string) {
  await shotsAtWidths(page, `facts-${name}`);
  await expectNoSeriousAxeViolations(page);
}

test("practice lists the public-domain reading with its facts, and refuses the licensed essay", async ({ page, world }) => {
  test.setTimeout(180_000);
  await signIn(page, world.learnerEmail);
  await page.goto("/practice");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: PUBLIC_DOMAIN }) });
  await expect(card.getByText(/Flesch–Kincaid grade \d+\.\d/)).toBeVisible();
  await expect(card.getByText(/words, about \d+ min to read/)).toBeVisible();
  await expect(page.getByRole("link", { name: LICENSED.title })).toHaveCount(0);
  await check(page, "practice");

  const response = await page.goto(`/practice/${LICENSED.slug}`);
  expect(response?.status()).toBe(404);
});

test("a teacher choosing a reading sees its level, core set and rights; the student's start page shows them too", async ({ page, world }) => {
  test.setTimeout(240_000);
  await signIn(page, world.teacherEmail);
  await page.goto("/teach");
  await page.getByRole("link", { name: /Period 2/ }).first().click();
  await page.waitForURL(/\/teach\/classes\/[a-z0-9]+$/);
  await page.goto(`${new URL(page.url()).pathname}/assignments/new`);
  const choice = page.getByRole("radio", { name: new RegExp(LICENSED.title) });
  await expect(choice).toBeVisible();
  const label = page.locator("label.choice").filter({ hasText: LICENSED.title });
  await expect(label).toContainText(/Flesch–Kincaid grade \d+\.\d/);
  await expect(label).toContainText(/a core set of \d+, about \d+ min with the reading/);
  await expect(label).toContainText("Licensed for classroom use");
  await check(page, "assign");

  await page.context().clearCookies();
  await signIn(page, world.students.ava!);
  await page.goto("/classes");
  await page.getByRole("link", { name: new RegExp(LICENSED.title) }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: LICENSED.title })).toBeVisible();
  await expect(page.getByText(/Flesch–Kincaid grade \d+\.\d/)).toBeVisible();
  await expect(page.getByText(/Licensed for classroom use/)).toBeVisible();
  await check(page, "start");
});
