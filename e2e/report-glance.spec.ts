/**
 * A report that fits a glance (issue #18 items 2–4), on the demo's simulated
 * class (lib/db/demo-activity.ts) seeded into this test's own class: at
 * 1280×800 the report and a student's page are each under 8,000 px tall until
 * something is opened; the item table sorts from its headings without script;
 * the heatmap has a symbol in every cell; the student's own results open by
 * chunk; the teacher's home lists grading and flags. Axe on each page;
 * screenshots at 1280 and 360 px go to test-results/screenshots.
 */
import type { Page } from "@playwright/test";
import { rebuildTallies } from "../lib/tallied/tallies";
import { hashPassword } from "../lib/auth/password";
import { createDatabase } from "../lib/db/client";
import { SIMULATED_STUDENTS, simulateClassWork } from "../lib/db/demo-activity";
import { PASSWORD, signIn } from "./support/reading";
import { expect, test } from "./support/world";
import { expectNoAxeViolations } from "./support/axe";
import { SHOTS_DIR, shotsAtWidths } from "./support/screenshots";

const TARGET_HEIGHT = 8_000;
const ESSAY = "Why the Taliban Won’t Quit al Qaeda";

test.describe.configure({ mode: "serial" });

async function height(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/** The demo's 25 simulated students, with their week of work, in this test's class (as `npm run demo` makes Period 4). */
async function seedSimulatedClass(teacherEmail: string, joinCode: string) {
  const database = createDatabase(process.env.E2E_DATABASE_URL);
  try {
    const teacher = await database.user.findUniqueOrThrow({ where: { email: teacherEmail } });
    const classroom = await database.classroom.findUniqueOrThrow({ where: { joinCode } });
    const passwordHash = await hashPassword(PASSWORD);
    const usernames = SIMULATED_STUDENTS.map((student) => student.username);
    const known = new Set((await database.user.findMany({ where: { username: { in: usernames } }, select: { username: true } })).map((u) => u.username));
    await database.user.createMany({
      data: SIMULATED_STUDENTS.filter((student) => !known.has(student.username)).map(({ username, displayName }) => ({ role: "student", username, displayName, passwordHash })),
    });
    const users = await database.user.findMany({ where: { username: { in: usernames } }, select: { id: true } });
    await database.enrollment.createMany({ data: users.map((user) => ({ classroomId: classroom.id, studentId: user.id })) });
    // The readings were due yesterday, as in the demo, so late and missing work shows.
    await database.assignment.updateMany({ where: { classroomId: classroom.id }, data: { dueAt: new Date(Date.now() - 24 * 3600_000) } });
    for (const assignmentId of await simulateClassWork(database, classroom.id, teacher)) await rebuildTallies(assignmentId, database);
    const essay = await database.assignment.findFirstOrThrow({ where: { classroomId: classroom.id, readingSlug: "why-the-taliban-wont-quit-al-qaeda" } });
    return { classId: classroom.id, essayId: essay.id };
  } finally {
    await database.$disconnect();
  }
}

test("the report, a student's page and their results fit a glance on the demo class; the item table sorts without script", async ({ page, browser, world }) => {
  test.setTimeout(240_000);
  const { essayId } = await seedSimulatedClass(world.teacherEmail, world.joinCode);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, world.teacherEmail);
  const report = `/teach/assignments/${essayId}/report`;
  await page.goto(report);
  await expect(page.getByRole("heading", { level: 1, name: ESSAY })).toBeVisible();

  // The first screen answers who needs help and which questions failed.
  const help = page.getByRole("region", { name: "Who needs help" });
  await expect(help).toBeInViewport();
  await expect(help.getByRole("listitem").filter({ hasText: "Tyler Johnson" })).toContainText("picked the first option shown");
  await expect(help.getByRole("listitem").filter({ hasText: "Tyler Johnson" })).toContainText("like “I don't know”");
  await expect(page.getByRole("region", { name: "Questions most missed" }).getByRole("listitem").first()).toBeInViewport();

  // Under 8,000 px until something is opened; a question's details open on demand.
  const closed = await height(page);
  await page.screenshot({ path: `${SHOTS_DIR}/report-first-screen-1280x800.png` });
  test.info().annotations.push({ type: "report height, closed (px)", description: String(closed) });
  expect(closed).toBeLessThan(TARGET_HEIGHT);
  await expectNoAxeViolations(page);
  await shotsAtWidths(page, "report-glance");
  const firstItem = page.locator("#item-table tbody th a").first();
  await expect(firstItem).toHaveAttribute("aria-expanded", "false");
  await firstItem.click();
  await expect(page).toHaveURL(/&item=/, { timeout: 30_000 });
  await expect(page.getByRole("table", { name: /Questions, sorted by/ }).getByText("Share of students choosing each option").first()).toBeVisible();
  await expect(page.locator("#item-table tbody th a").first()).toHaveAttribute("aria-expanded", "true");
  expect(await height(page)).toBeGreaterThan(closed);

  // The heatmap: one row per student, a symbol in every cell (colour is never the only sign), a plain table beside it.
  const grid = page.getByRole("table", { name: "Each student's result on each question" });
  await expect(grid.locator("tbody tr")).toHaveCount(SIMULATED_STUDENTS.length + Object.keys(world.students).length);
  const cells = await grid.locator("tbody td > span[aria-hidden]").allInnerTexts();
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.every((text) => ["✓", "½", "✗", "…", "·"].includes(text.trim()))).toBe(true);
  await expect(grid.getByRole("row").filter({ hasText: "Xavi Martín" }).locator("td").first()).toContainText("·");
  await expect(page.getByText("The same as a plain table of points")).toBeVisible();

  // Sorting the item table is a link (no script needed): hardest first, said by aria-sort.
  const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const plain = await noScript.newPage();
  await signIn(plain, world.teacherEmail);
  await plain.goto(report);
  await plain.getByRole("table", { name: /Questions, sorted by/ }).getByRole("link", { name: /^Difficulty p/ }).click();
  await expect(plain).toHaveURL(/isort=difficulty&idir=asc#items/);
  const items = plain.getByRole("table", { name: /Questions, sorted by Difficulty p, ascending/ });
  await expect(items.getByRole("columnheader", { name: /Difficulty p/ })).toHaveAttribute("aria-sort", "ascending");
  const difficulty = (await items.locator("tbody > tr:first-child td[data-label='Difficulty p']").allInnerTexts()).map((text) => (text === "—" ? Infinity : parseInt(text, 10)));
  expect(difficulty).toEqual([...difficulty].sort((a, b) => a - b));
  await noScript.close();

  // A student's page (the teacher's view): folded by chunk, under 8,000 px, a chunk opens on demand.
  await page.goto(report);
  await page.locator("#students").getByRole("link", { name: "Amara Osei" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Amara Osei" })).toBeVisible();
  const studentClosed = await height(page);
  test.info().annotations.push({ type: "student page height, closed (px)", description: String(studentClosed) });
  expect(studentClosed).toBeLessThan(TARGET_HEIGHT);
  await expectNoAxeViolations(page);
  await shotsAtWidths(page, "student-page");
  const chunk = page.locator("details.chunk-fold").first();
  await chunk.locator("summary").click();
  await expect(chunk.getByText("Key:").first()).toBeVisible();
  expect(await height(page)).toBeGreaterThan(studentClosed);

  // The student's own results: folded by part, each part's score on its line.
  const student = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(student, "amara.o");
  await student.goto("/classes");
  const readHref = await student.getByRole("link", { name: ESSAY }).first().getAttribute("href");
  await student.goto(`${readHref}/results`);
  await expect(student.getByRole("heading", { name: /^Score:/ })).toBeVisible();
  const resultsClosed = await height(student);
  test.info().annotations.push({ type: "student's results height, closed (px)", description: String(resultsClosed) });
  expect(resultsClosed).toBeLessThan(TARGET_HEIGHT);
  await expectNoAxeViolations(student);
  await shotsAtWidths(student, "results-folded");
  const part = student.locator("details.chunk-fold").first();
  await part.locator("summary").click();
  await expect(part.getByText("Your answer:").first()).toBeVisible();
});

test("the teacher's home lists what needs grading and who is flagged, across classes", async ({ page, world }) => {
  test.setTimeout(180_000);
  const { classId } = await seedSimulatedClass(world.teacherEmail, world.joinCode);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, world.teacherEmail);
  await page.goto("/teach");
  const toGrade = page.getByRole("region", { name: "To grade" });
  await expect(toGrade.getByRole("link", { name: /written answers? to grade/ }).first()).toBeVisible();
  const flagged = page.getByRole("region", { name: "Flagged students" });
  await expect(flagged.getByRole("listitem").filter({ hasText: "Tyler Johnson" })).toContainText("too fast to have read it");
  await expect(flagged.getByRole("link", { name: /overview|flagged in/ })).toHaveAttribute("href", `/teach/classes/${classId}/overview`);
  await expectNoAxeViolations(page);
  await shotsAtWidths(page, "teacher-home");
  await toGrade.getByRole("link", { name: /written answers? to grade/ }).first().click();
  await expect(page).toHaveURL(/\/grading$/);
  await expect(page.getByText("“I don't know”").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await shotsAtWidths(page, "grading-idk");
});
