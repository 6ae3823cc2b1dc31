/**
 * Teacher dashboards in a real browser: a new student reads part of the
 * Gettysburg assignment while the teacher watches the live view; the teacher
 * reads the report, grades the written answer with the keyboard alone, the
 * student sees the grade, and the gradebook CSV downloads. Screenshots go to
 * test-results/screenshots (desktop, 360 px, print).
 */
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/world";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { shot } from "./support/screenshots";
import { PASSWORD, gettysburgAssignmentPath, questions, shownKeyOf, signIn, tabTo } from "./support/reading";

const COMMENT = "Good reading of the turn, \"=quote\" p03 next time.";

test.describe.configure({ mode: "serial" });

function unique() {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

async function joinClass(page: Page, joinCode: string, name: string, username: string) {
  await page.goto(`/join?code=${joinCode}`);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Choose a username").fill(username);
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByLabel("Password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page).toHaveURL(/\/classes\?joined=active$/, { timeout: 30_000 });
}

async function answer(page: Page, attemptId: string, questionId: string, value: unknown, confidence?: number) {
  const response = await page.request.post(`/api/attempts/${attemptId}/responses`, {
    data: { questionId, answer: value, confidence, idempotencyKey: `dash-${questionId}-${unique()}` },
  });
  expect([200, 201], await response.text()).toContain(response.status());
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("live progress, the report, keyboard grading that the student sees, and the gradebook CSV", async ({ browser, world }) => {
  test.setTimeout(180_000);
  const id = unique();
  const studentName = `Quinn, "Q" ${id}`;
  const student = await (await browser.newContext()).newPage();
  const teacher = await (await browser.newContext()).newPage();

  // A new student joins the class and answers the first chunk.
  await joinClass(student, world.joinCode, studentName, `dash-${id}`);
  const readPath = await gettysburgAssignmentPath(student);
  const assignmentId = readPath.split("/").pop()!;
  await student.goto(`${readPath}/c1`);
  const attemptId = (await student.locator("[data-attempt-id]").getAttribute("data-attempt-id"))!;
  const inChunk = (chunkId: string) => questions.filter((q) => q.chunkId === chunkId && q.stage !== "after-reading");
  for (const question of inChunk("c1")) await answer(student, attemptId, question.id, await shownKeyOf(attemptId, question), 3);

  // The teacher watches the live view: the student is on chunk 1 ...
  await signIn(teacher, world.teacherEmail);
  await teacher.goto(`/teach/assignments/${assignmentId}/live`);
  const row = teacher.getByRole("row").filter({ has: teacher.getByRole("rowheader", { name: studentName, exact: true }) });
  // Its cells: status, then the chunk the student is on.
  const onChunk = row.getByRole("cell").nth(1);
  await expect(onChunk).toHaveText(/^1\. /);
  await expect(row).toContainText("Reading now");
  await expectNoSeriousAxeViolations(teacher);
  await shot(teacher, "live-desktop");

  // ... and moves on to chunk 2 without the teacher reloading.
  const c2 = inChunk("c2");
  const written = c2.find((q) => q.type === "short_answer")!;
  const single = c2.find((q) => q.type === "single_choice")!;
  await answer(student, attemptId, single.id, await shownKeyOf(attemptId, single));
  await expect(onChunk).toHaveText(/^2\. /, { timeout: 10_000 });
  await answer(student, attemptId, written.id, {
    text: "The living cannot consecrate the ground because the soldiers already did; the living must finish their unfinished work.",
  });

  // The report: summary, charts, the student's row, item analysis.
  await teacher.goto(`/teach/assignments/${assignmentId}/report`);
  await expect(teacher.getByRole("heading", { level: 1, name: "The Gettysburg Address" })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "Item analysis" })).toBeVisible();
  await expect(teacher.getByText("Item–rest correlation (corrected point-biserial, r)").first()).toBeVisible();
  await expect(teacher.getByRole("img", { name: "By chunk" })).toBeVisible();
  await expect(teacher.locator("#students").getByRole("link", { name: studentName })).toBeVisible();
  await expectNoSeriousAxeViolations(teacher);
  await shot(teacher, "report-desktop");
  await teacher.emulateMedia({ media: "print" });
  await shot(teacher, "report-print");
  await teacher.emulateMedia({ media: "screen" });
  await teacher.setViewportSize({ width: 360, height: 800 });
  await expectNoHorizontalScroll(teacher);
  await shot(teacher, "report-360");
  await teacher.setViewportSize({ width: 1280, height: 900 });

  // Sorting by score is done by the server and says so.
  await teacher.getByRole("navigation", { name: "Sort the students" }).getByRole("link", { name: "Score" }).click();
  await expect(teacher.getByText(/Sorted by score/)).toBeVisible();

  // The student's full answers open from the table, folded by chunk.
  await teacher.locator("#students").getByRole("link", { name: studentName }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: studentName })).toBeVisible();
  await expect(teacher.getByText("awaiting review")).toBeHidden();
  await teacher.locator("details.chunk-fold summary").filter({ hasText: /^2\. / }).click();
  await expect(teacher.getByText("awaiting review")).toBeVisible();

  // Grading with the keyboard alone: the rubric's points, a comment, Ctrl+Enter.
  await teacher.goto(`/teach/assignments/${assignmentId}/grading`);
  await teacher.getByRole("navigation", { name: "Grading queue" }).getByRole("link", { name: new RegExp(`^${studentName.replace(/[.*+?^${}()|[\]\\"]/g, "\\$&")}`) }).click();
  await expect(teacher.getByRole("heading", { name: new RegExp(`${id}, Q`) })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "Keyboard shortcuts" })).toBeVisible();
  await expectNoSeriousAxeViolations(teacher);
  const groups = teacher.getByRole("group");
  const turn = groups.filter({ hasText: "Explains the turn" }).getByRole("radio");
  await tabTo(teacher, turn.first());
  await teacher.keyboard.press("ArrowRight");
  await teacher.keyboard.press("ArrowRight");
  await expect(turn.nth(2)).toBeChecked();
  await teacher.keyboard.press("Tab");
  await teacher.keyboard.press("ArrowRight");
  await expect(groups.filter({ hasText: "States the task" }).getByRole("radio").nth(1)).toBeChecked();
  await teacher.keyboard.press("Tab");
  await teacher.keyboard.press("Space");
  await expect(groups.filter({ hasText: "accurate quotation" }).getByRole("radio").nth(0)).toBeChecked();
  await shot(teacher, "grading-desktop");
  await tabTo(teacher, teacher.getByLabel("Comment for the student"));
  await teacher.keyboard.type(COMMENT);
  await teacher.keyboard.press("Control+Enter");
  await expect(teacher.getByRole("navigation", { name: "Grading queue" }).getByRole("link", { name: new RegExp(`${id}\\s*graded`) })).toBeVisible();
  await teacher.goto(`/teach/assignments/${assignmentId}/report/students/${await studentIdOf(teacher, assignmentId, studentName)}`);
  await teacher.locator("details.chunk-fold summary").filter({ hasText: /^2\. / }).click();
  await expect(teacher.getByText(/^Score:\s*3 of 5/)).toBeVisible();
  await expect(teacher.getByText(COMMENT)).toBeVisible();

  // The gradebook downloads as CSV, the student's name quoted and the formula-like characters kept as text.
  const download = teacher.waitForEvent("download");
  await teacher.goto(`/teach/assignments/${assignmentId}/report`);
  await teacher.getByText("Downloads, question exports and printing").click();
  await teacher.getByRole("link", { name: "gradebook (CSV)" }).click();
  const csv = fs.readFileSync(await (await download).path(), "utf8");
  expect(csv.startsWith("\uFEFFStudent,Username,Q1 (")).toBe(true);
  const line = csv.split("\r\n").find((l) => l.includes(id))!;
  expect(line.startsWith(`"Quinn, ""Q"" ${id}",dash-${id},`)).toBe(true);
  expect(line).toContain(",in progress,");

  // The student sees the grade and the comment on the results page.
  await student.goto(`${readPath}/results`);
  await student.locator("details.chunk-fold summary").nth(1).click();
  await expect(student.getByText("3 of 5 points")).toBeVisible();
  await expect(student.getByText(COMMENT)).toBeVisible();
});

async function studentIdOf(page: Page, assignmentId: string, name: string): Promise<string> {
  await page.goto(`/teach/assignments/${assignmentId}/report?sort=name`);
  const href = await page.locator("#students").getByRole("link", { name }).getAttribute("href");
  return href!.split("/").pop()!;
}

test("a 360 px class overview and grading page, and no dashboard for anyone but the class's teacher", async ({ page, browser, world }) => {
  await signIn(page, world.teacherEmail);
  await page.goto("/teach");
  await page.getByRole("link", { name: /Period 2/ }).first().click();
  await page.waitForURL(/\/teach\/classes\/[a-z0-9]+$/);
  const classId = page.url().split("/").pop()!;
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/teach/classes/${classId}/overview`);
  await expect(page.getByRole("heading", { name: "Students who need attention" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await shot(page, "overview-360");
  const report = await page.getByRole("link", { name: "The Gettysburg Address" }).first().getAttribute("href");
  const assignmentId = report!.split("/")[3]!;
  await page.goto(`/teach/assignments/${assignmentId}/grading`);
  await expectNoHorizontalScroll(page);
  await shot(page, "grading-360");
  await page.goto(`/teach/assignments/${assignmentId}/live`);
  await expectNoHorizontalScroll(page);
  await shot(page, "live-360");

  // Anonymous: no CSV (a download link sends them to sign in, as a page does), no live data.
  const anonymous = await browser.newContext();
  const csvAnonymously = await anonymous.request.get(`/teach/assignments/${assignmentId}/export/gradebook.csv`, { maxRedirects: 0 });
  expect(csvAnonymously.status()).toBe(307);
  expect(csvAnonymously.headers()["location"]).toContain("/sign-in");
  expect((await anonymous.request.get(`/api/teach/assignments/${assignmentId}/live`)).status()).toBe(401);
  // A student of the class: forbidden.
  const studentPage = await anonymous.newPage();
  await signIn(studentPage, world.students.dara!);
  expect((await studentPage.request.get(`/teach/assignments/${assignmentId}/export/responses.csv`)).status()).toBe(403);
  expect((await studentPage.request.get(`/api/teach/assignments/${assignmentId}/live`)).status()).toBe(403);
  await studentPage.goto(`/teach/assignments/${assignmentId}/report`);
  await expect(studentPage.getByRole("heading", { level: 1 })).not.toHaveText("The Gettysburg Address");
});
