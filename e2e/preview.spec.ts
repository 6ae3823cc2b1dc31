/**
 * "Preview as a student" (issue #18 item 4): the teacher opens the preview
 * from the report, sees the banner and only the assignment's question set,
 * answers one, starts over, goes back, and the report counts no new attempt. A student
 * cannot open the preview. Screenshots (1280 and 360 px) go to test-results/screenshots.
 */
import type { Page } from "@playwright/test";
import { createDatabase } from "../lib/db/client";
import { expect, test } from "./support/world";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { shotsAtWidths } from "./support/screenshots";
import { gettysburgAssignmentPath, questions, questionsOf, reading, shownKeyOf, signIn } from "./support/reading";

const core = questions.filter((question) => (question as { core?: boolean }).core === true);
const coreIds = new Set(core.map((question) => question.id));

/** The report's "Started" figure. */
const started = (page: Page) => page.locator("dt").filter({ hasText: /^Started$/ }).locator("xpath=following-sibling::dd[1]");

test("a teacher previews the assignment's set from the report, answers, and the report counts nothing of it; a student cannot open the preview", async ({ browser, world }) => {
  test.setTimeout(180_000);
  const student = await (await browser.newContext()).newPage();
  await signIn(student, world.students.ava!);
  const assignmentId = (await gettysburgAssignmentPath(student)).split("/")[2]!;
  // The class gets the core set only.
  const database = createDatabase(process.env.E2E_DATABASE_URL);
  await database.assignment.update({ where: { id: assignmentId }, data: { questionIds: JSON.stringify(core.map((question) => question.id)), unlockInOrder: false } });
  await database.$disconnect();

  const teacher = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(teacher, world.teacherEmail);
  await teacher.goto(`/teach/assignments/${assignmentId}/report`);
  const startedBefore = await started(teacher).innerText();
  await teacher.getByRole("link", { name: "Preview as a student" }).click();
  await teacher.waitForURL(`**/preview/${assignmentId}`);
  await expect(teacher.getByText("Preview: nothing you answer here counts.")).toBeVisible();

  const chunk = reading.chunks[0]!;
  await teacher.goto(`/preview/${assignmentId}/${chunk.id}`);
  await expect(teacher.getByText("Preview: nothing you answer here counts.")).toBeVisible();
  for (const question of questionsOf(chunk.id)) {
    await expect(teacher.locator(`#question-${question.id}`)).toHaveCount(coreIds.has(question.id) ? 1 : 0);
  }
  const attemptId = (await teacher.locator("[data-attempt-id]").getAttribute("data-attempt-id"))!;
  const answered = core.find((question) => question.chunkId === chunk.id && question.type !== "short_answer")!;
  const response = await teacher.request.post(`/api/attempts/${attemptId}/responses`, {
    data: { questionId: answered.id, answer: await shownKeyOf(attemptId, answered), idempotencyKey: `preview-${attemptId}` },
  });
  expect([200, 201], await response.text()).toContain(response.status());
  await teacher.reload();
  await expectNoSeriousAxeViolations(teacher);
  await shotsAtWidths(teacher, "preview-chunk");

  // "Start over" clears the preview: its start page begins afresh.
  teacher.once("dialog", (dialog) => void dialog.accept());
  await teacher.getByRole("button", { name: "Start over" }).click();
  await teacher.waitForURL(`**/preview/${assignmentId}`);
  await expect(teacher.getByRole("link", { name: "Start reading" })).toBeVisible();

  await teacher.getByRole("link", { name: "Back to the report" }).click();
  await teacher.waitForURL(`**/teach/assignments/${assignmentId}/report`);
  await expect(started(teacher)).toHaveText(startedBefore);

  const refused = await student.goto(`/preview/${assignmentId}`);
  expect(refused?.status()).toBe(404);
});
