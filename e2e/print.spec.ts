/**
 * Printing a reading for a student without a device: the teacher opens the
 * student copy and the key from the assignment report. The student copy holds
 * the whole text and every question but no key, reason or rubric; the key
 * holds them; a student cannot open either. Screenshots (print media at
 * 1280 px, screen at 360 px) go to test-results/screenshots.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./support/world";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { shot, shotsAtWidths } from "./support/screenshots";
import { gettysburgAssignmentPath, plainPiece, probe, questions, reading, secretsOf, signIn } from "./support/reading";

/** The print media at 1280 px, then the screen at 360 px without sideways scrolling. */
async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: "print" });
  await shot(page, `${name}-print`);
  await page.emulateMedia({ media: "screen" });
  await shotsAtWidths(page, name, [360]);
}

const wrongChoice = questions.find((question) => question.type === "single_choice")!;
const reason = wrongChoice.options!.find((option) => option.id !== wrongChoice.answer)!.feedback;
const secrets = questions.flatMap(secretsOf).map(probe).filter((piece): piece is string => piece !== null);

test("a teacher prints the student copy and the key; a student cannot", async ({ browser, world }) => {
  test.setTimeout(120_000);
  const student = await (await browser.newContext()).newPage();
  await signIn(student, world.students.ava!);
  const assignmentId = (await gettysburgAssignmentPath(student)).split("/").pop()!;
  for (const copy of ["student", "key"]) {
    const response = await student.goto(`/teach/assignments/${assignmentId}/print?copy=${copy}`);
    expect([403, 404]).toContain(response!.status());
  }

  const teacher = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(teacher, world.teacherEmail);
  await teacher.goto(`/teach/assignments/${assignmentId}/report`);
  // Loaded afresh, not through the link: the report's own payload (with its keys) would stay in the page.
  await teacher.getByText("Downloads, question exports and printing").click();
  const studentHref = await teacher.getByRole("link", { name: "the reading for a student" }).getAttribute("href");
  await teacher.goto(studentHref!);
  await expect(teacher.getByRole("heading", { level: 1, name: reading.title })).toBeVisible();
  const studentCopy = teacher.locator("article");
  for (const chunk of reading.chunks) await expect(studentCopy.getByRole("heading", { name: chunk.title })).toBeVisible();
  await expect(studentCopy).toContainText(plainPiece(reading.paragraphs.at(-1)!.sentences.at(-1)!));
  await expect(studentCopy.locator("ol").first().locator(":scope > li")).toHaveCount(questions.length);
  const html = await teacher.content();
  expect(secrets.filter((piece) => html.includes(piece))).toEqual([]);
  await expectNoSeriousAxeViolations(teacher);
  await shoot(teacher, "print-student");

  await teacher.getByRole("link", { name: "Teacher's key" }).click();
  await expect(teacher).toHaveURL(/copy=key$/);
  await expect(teacher.locator("article")).toContainText(plainPiece(reason));
  await expect(teacher.getByRole("table", { name: "Rubric" }).first()).toBeVisible();
  await expectNoSeriousAxeViolations(teacher);
  await shoot(teacher, "print-key");
});

test("a student's reading page prints without the header and toolbars", async ({ page, world }) => {
  await signIn(page, world.students.ava!);
  await page.goto(`${await gettysburgAssignmentPath(page)}/c1`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("group", { name: "Reading tools" })).toBeHidden();
  await expect(page.locator("[data-sentence-id=\"p01.s1\"]")).toBeVisible();
  await shot(page, "print-reading-c1");
});
