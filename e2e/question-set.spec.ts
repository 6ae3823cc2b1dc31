/**
 * The teacher chooses what the class gets (issue #17 item 3): the core set is
 * assigned through the form, whose totals follow the choice; the student's
 * reading pages show only those items, and the report and the responses CSV
 * hold only those items. Screenshots of the form (1280 and 360 px) go to
 * test-results/screenshots.
 */
import { expect, test } from "./support/world";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { shotsAtWidths } from "./support/screenshots";
import { questions, questionsOf, reading, shownKeyOf, signIn } from "./support/reading";

const core = questions.filter((question) => (question as { core?: boolean }).core === true);
const coreIds = new Set(core.map((question) => question.id));

test("a teacher assigns the core set; the student's pages, the report and the responses CSV hold only those items", async ({ browser, world }) => {
  test.setTimeout(240_000);
  expect(core.length).toBeGreaterThan(0);
  expect(core.length).toBeLessThan(questions.length);

  const teacher = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(teacher, world.teacherEmail);
  await teacher.goto("/teach");
  await teacher.getByRole("link", { name: /Period 2/ }).first().click();
  await teacher.waitForURL(/\/teach\/classes\/[a-z0-9]+$/);
  const classPath = new URL(teacher.url()).pathname;
  await teacher.goto(`${classPath}/assignments/new`);

  // The core set is the default; its totals are the reading's and change with the choice.
  await teacher.getByRole("radio", { name: new RegExp(reading.title) }).check();
  const totals = teacher.locator(".set-totals");
  await expect(teacher.getByRole("radio", { name: /The core set/ })).toBeChecked();
  await expect(totals).toContainText(`${core.length} questions`);
  await teacher.getByRole("radio", { name: /Every question/ }).check();
  await expect(totals).toContainText(`${questions.length} questions`);
  await teacher.getByRole("radio", { name: /Questions I pick/ }).check();
  // Picking starts from the core set; the filters only hide rows.
  const picker = teacher.locator(".question-picker");
  await expect(picker).toBeVisible();
  await expect(totals).toContainText(`${core.length} questions`);
  await picker.getByLabel("Type").selectOption({ label: "Written answer" });
  await expect(picker.locator(".pick-row:visible")).toHaveCount(questions.filter((question) => question.type === "short_answer").length);
  await expectNoSeriousAxeViolations(teacher);
  await shotsAtWidths(teacher, "question-set-picked");
  await picker.getByLabel("Type").selectOption({ label: "Every type" });

  await teacher.getByRole("radio", { name: /The core set/ }).check();
  await expect(picker).toBeHidden();
  await expectNoSeriousAxeViolations(teacher);
  await shotsAtWidths(teacher, "question-set-core");
  await teacher.getByLabel("Open the chunks in order").uncheck();
  await teacher.getByLabel("Attempts allowed").fill("3");
  await teacher.getByRole("button", { name: "Assign" }).click();
  await expect(teacher.getByText("Reading assigned.")).toBeVisible();
  const row = teacher.getByRole("row", { name: new RegExp(reading.title) }).filter({ hasText: "3 attempts" });
  const reportHref = (await row.getByRole("link", { name: /^Results/ }).first().getAttribute("href"))!;
  const assignmentId = reportHref.split("/")[3]!;

  // The student sees only the core items, part by part; a part keeps its text.
  const student = await (await browser.newContext()).newPage();
  await signIn(student, world.students.ava!);
  for (const chunk of reading.chunks) {
    await student.goto(`/read/${assignmentId}/${chunk.id}`);
    await expect(student.getByRole("heading", { level: 1 })).toBeVisible();
    for (const question of questionsOf(chunk.id)) {
      await expect(student.locator(`#question-${question.id}`)).toHaveCount(coreIds.has(question.id) ? 1 : 0);
    }
  }
  await student.goto(`/read/${assignmentId}/${reading.chunks[0]!.id}`);
  const attemptId = (await student.locator("[data-attempt-id]").getAttribute("data-attempt-id"))!;
  const answered = core.filter((question) => question.chunkId === reading.chunks[0]!.id && question.type !== "short_answer" && question.stage !== "after-reading");
  expect(answered.length).toBeGreaterThan(0);
  for (const question of answered) {
    const response = await student.request.post(`/api/attempts/${attemptId}/responses`, {
      data: { questionId: question.id, answer: await shownKeyOf(attemptId, question), idempotencyKey: `set-${question.id}-${attemptId}` },
    });
    expect([200, 201], await response.text()).toContain(response.status());
  }
  // A question outside the set cannot be answered.
  const outside = questions.find((question) => !coreIds.has(question.id) && question.type !== "short_answer")!;
  const refused = await student.request.post(`/api/attempts/${attemptId}/responses`, {
    data: { questionId: outside.id, answer: await shownKeyOf(attemptId, outside), idempotencyKey: `set-out-${attemptId}` },
  });
  expect(refused.status()).toBe(400);

  // Students have started: the settings page shows the set, no longer to be changed.
  await teacher.goto(`/teach/assignments/${assignmentId}/settings`);
  const fixed = teacher.getByRole("region", { name: "Questions" });
  await expect(fixed).toContainText(`The core set: ${core.length} questions`);
  await expect(fixed).toContainText("Students have started, so the questions stay as they are");
  await shotsAtWidths(teacher, "question-set-settings");

  // The report's items and the responses CSV: the core set only.
  await teacher.goto(reportHref);
  for (const question of questions) {
    await expect(teacher.locator(`[id="item-${question.id}"]`)).toHaveCount(coreIds.has(question.id) ? 1 : 0);
  }
  const csv = await (await teacher.request.get(`/teach/assignments/${assignmentId}/export/responses.csv`)).text();
  const [header, ...lines] = csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  const idColumn = header!.split(",").indexOf("Question id");
  const ids = lines.map((line) => line.split(",")[idColumn]);
  expect(ids.toSorted()).toEqual(answered.map((question) => question.id).toSorted());
});

test("without script, “Update totals” has the server recompute the set's totals and keeps what was chosen", async ({ browser, world }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(page, world.teacherEmail);
  await page.goto("/teach");
  await page.getByRole("link", { name: /Period 2/ }).first().click();
  await page.waitForURL(/\/teach\/classes\/[a-z0-9]+$/);
  await page.goto(`${new URL(page.url()).pathname}/assignments/new`);
  await page.getByRole("radio", { name: new RegExp(reading.title) }).check();
  await page.getByRole("radio", { name: /Every question/ }).check();
  await page.getByLabel("Include written answers").uncheck();
  await page.getByRole("button", { name: "Update totals" }).click();
  const objective = questions.filter((question) => question.type !== "short_answer");
  await expect(page.locator(".set-totals")).toContainText(`${objective.length} questions`);
  await expect(page.getByRole("radio", { name: /Every question/ })).toBeChecked();
  await expect(page.getByLabel("Include written answers")).not.toBeChecked();
});
