/**
 * A live lesson in real browsers: the teacher and three students in
 * separate contexts. The students' screens follow the teacher's releases;
 * one student drops off the network (context.setOffline) and catches up
 * when back; the projector shows the class's answers by authored letter,
 * with no names, when the teacher reveals them. Axe on every live page;
 * screenshots at 1280 and 360 px go to test-results/screenshots/live-*.
 */
import type { Browser } from "@playwright/test";
import { expect, test } from "./support/world";
import { expectNoAxeViolations } from "./support/axe";
import { shotsAtWidths } from "./support/screenshots";
import { attemptIdOn, gettysburgAssignmentPath, questionsOf, reading, shownKeyOf, signIn } from "./support/reading";

test.describe.configure({ mode: "serial" });
// Each step waits for a stream event and a server render; the machines are loaded.
expect.configure({ timeout: 20_000 });

async function personIn(browser: Browser, identifier: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, identifier);
  return { context, page };
}

test("the class follows the teacher's pace, an offline student catches up, the projector shows the answers", async ({ browser, world }) => {
  test.setTimeout(480_000);
  const teacher = await personIn(browser, world.teacherEmail);
  const students = await Promise.all(["ava", "ben", "chen"].map((name) => personIn(browser, world.students[name]!)));
  const readingPath = await gettysburgAssignmentPath(students[0]!.page);
  const assignmentId = readingPath.split("/").pop()!;
  const [ava, ben, chen] = students as [(typeof students)[number], (typeof students)[number], (typeof students)[number]];

  // Ava opens Part 1 before the lesson (her attempt starts), as a student who arrived early.
  await ava.page.goto(`${readingPath}/${reading.chunks[0]!.id}`);
  const avaAttempt = await attemptIdOn(ava.page);

  await teacher.page.goto(`/teach/assignments/${assignmentId}/live`);
  await teacher.page.getByRole("button", { name: "Start a live lesson" }).click();
  await expect(teacher.page.getByRole("status").filter({ hasText: "Part 1 of" })).toBeVisible();
  await shotsAtWidths(teacher.page, "live-teacher");
  await expectNoAxeViolations(teacher.page);

  for (const student of students) await student.page.goto(`/live/${assignmentId}`);
  for (const student of students) await expect(student.page.getByRole("heading", { name: "Read Part 1" })).toBeVisible();
  await shotsAtWidths(ben.page, "live-student-reading");
  await expectNoAxeViolations(ben.page);

  // Chen loses the network; the class moves on without him.
  await chen.context.setOffline(true);
  await teacher.page.getByRole("button", { name: "Open the questions on Part 1" }).click();
  for (const student of [ava, ben]) await expect(student.page.getByRole("heading", { name: "Answer the questions on Part 1" })).toBeVisible();

  // Ava answers Part 1 through the ordinary answer endpoint, then waits calmly.
  for (const question of questionsOf(reading.chunks[0]!.id)) {
    const response = await ava.page.request.post(`/api/attempts/${avaAttempt}/responses`, {
      data: { questionId: question.id, answer: await shownKeyOf(avaAttempt, question), confidence: 2, idempotencyKey: `live-${question.id}-${Date.now()}` },
    });
    expect(response.ok(), await response.text()).toBe(true);
  }
  await ava.page.reload();
  await expect(ava.page.getByRole("heading", { name: "Done: wait for your teacher" })).toBeVisible();
  await shotsAtWidths(ava.page, "live-student-waiting");
  await expectNoAxeViolations(ava.page);

  // The projector: lettered options; counts only once revealed; no student names.
  const projector = await teacher.context.newPage();
  await projector.goto(`/teach/assignments/${assignmentId}/live/projector`);
  await expect(projector.getByRole("heading", { name: "Part 1: questions" })).toBeVisible();
  await teacher.page.getByRole("button", { name: "Show the class's answers" }).click();
  await expect(projector.getByTestId("answer-bar").first()).toBeAttached();
  await expect(projector.getByRole("list", { name: /1 answered/ }).first()).toBeVisible();
  for (const name of ["Ava", "Ben", "Chen"]) await expect(projector.getByText(name)).toHaveCount(0);
  await shotsAtWidths(projector, "live-projector-answers");
  await expectNoAxeViolations(projector);

  await teacher.page.getByLabel("Discussion prompt").fill("Why does Lincoln say the world will little note?");
  await teacher.page.getByRole("button", { name: "Show the discussion prompt" }).click();
  await expect(projector.getByText("Why does Lincoln say the world will little note?")).toBeVisible();
  await shotsAtWidths(projector, "live-projector-discussion");
  await expectNoAxeViolations(projector);

  await teacher.page.getByRole("button", { name: "Release Part 2" }).click();
  for (const student of [ava, ben]) await expect(student.page.getByRole("heading", { name: "Read Part 2" })).toBeVisible();

  // Chen comes back and lands where the class is.
  await chen.context.setOffline(false);
  await expect(chen.page.getByRole("heading", { name: "Read Part 2" })).toBeVisible({ timeout: 30_000 });

  // A late joiner (a new device) starts at the current part too.
  const chenPhone = await personIn(browser, world.students.chen!);
  await chenPhone.page.goto(`/live/${assignmentId}`);
  await expect(chenPhone.page.getByRole("heading", { name: "Read Part 2" })).toBeVisible();

  // The reading pages point back to the lesson.
  await ben.page.goto(`${readingPath}/${reading.chunks[0]!.id}`);
  await expect(ben.page.getByRole("complementary", { name: "Live lesson" })).toContainText("Part 2");
  await ben.page.goto(`/live/${assignmentId}`);

  await teacher.page.getByRole("button", { name: "End the live lesson" }).click();
  // The lesson over, each page offers the same attempt as homework.
  for (const student of [ava, ben, chen]) await expect(student.page.getByRole("link", { name: "Continue the reading" })).toHaveAttribute("href", readingPath);

  for (const person of [teacher, ...students, chenPhone]) await person.context.close();
});
