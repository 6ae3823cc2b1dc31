/**
 * Returning a written answer for revision, in a real browser: the student
 * answers and submits; the teacher returns the written answer with a
 * comment (an empty comment is refused at the field); the student sees the
 * comment on the reading page and the results page and sends a revision;
 * the teacher finds it marked "revised" in the grading queue and grades it.
 * Screenshots of the grading form and the returned answer at 1280 and 360 px
 * go to test-results/screenshots.
 */
import { expect, test } from "./support/world";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { gettysburgAssignmentPath, questions, shownKeyOf, signIn } from "./support/reading";
import { shotsAtWidths } from "./support/screenshots";

const COMMENT = "Quote the line about the unfinished work, then say whose task it is.";
const REVISION = "“It is for us the living … to be dedicated here to the unfinished work”: the task passes to the listeners.";

test("a teacher returns a written answer with a comment, the student revises it, and the teacher grades the revision", async ({ browser, world }) => {
  test.setTimeout(180_000);
  const student = await (await browser.newContext()).newPage();
  const teacher = await (await browser.newContext()).newPage();

  // The student answers the first two parts, the written question among them, and submits.
  await signIn(student, world.students.ava!);
  const readPath = await gettysburgAssignmentPath(student);
  const assignmentId = readPath.split("/").pop()!;
  await student.goto(`${readPath}/c1`);
  const attemptId = (await student.locator("[data-attempt-id]").getAttribute("data-attempt-id"))!;
  const written = questions.find((q) => q.type === "short_answer")!;
  const objective = questions.filter((q) => ["c1", "c2"].includes(q.chunkId) && q.type !== "short_answer" && q.stage !== "after-reading");
  const send = async (questionId: string, answer: unknown) => {
    const response = await student.request.post(`/api/attempts/${attemptId}/responses`, {
      data: { questionId, answer, idempotencyKey: `revision-${questionId}-${attemptId}` },
    });
    expect([200, 201], await response.text()).toContain(response.status());
  };
  for (const question of objective) await send(question.id, await shownKeyOf(attemptId, question));
  await send(written.id, { text: "They have to do stuff." });
  expect((await student.request.post(`/api/attempts/${attemptId}/submit`, { data: {} })).status()).toBe(200);

  // The teacher returns it: an empty comment is refused at the field, then the comment goes with it.
  await signIn(teacher, world.teacherEmail);
  await teacher.goto(`/teach/assignments/${assignmentId}/grading`);
  const queue = teacher.getByRole("navigation", { name: "Grading queue" });
  await expect(queue).toContainText("to grade");
  const returnButton = teacher.getByRole("button", { name: "Return for revision" });
  await returnButton.click();
  const commentBox = teacher.getByLabel("What should the student change?");
  await expect(commentBox).toHaveAttribute("aria-invalid", "true");
  await expect(teacher.getByText("Say what to change")).toBeVisible();
  await commentBox.fill(COMMENT);
  await returnButton.click();
  await expect(queue).toContainText("returned");
  await expect(teacher.getByText(`Your comment: “${COMMENT}”`)).toBeVisible();
  await expectNoSeriousAxeViolations(teacher);
  await shotsAtWidths(teacher, "revision-grading-form");

  // The student sees the comment on the reading page ...
  await student.goto(`${readPath}/c2`);
  await expect(student.getByText(COMMENT)).toBeVisible();
  // ... and on the results page, where the one answer opens again.
  await student.goto(`${readPath}/results`);
  const returned = student.locator("section.returned-answer");
  await expect(returned).toContainText(COMMENT);
  await expect(student.getByText(/Awaiting review|awaiting review/).first()).toBeVisible();
  await expectNoSeriousAxeViolations(student);
  await shotsAtWidths(student, "revision-returned-answer");
  const revisedBox = returned.getByLabel("Your revised answer");
  await expect(revisedBox).toHaveValue("They have to do stuff.");
  // An empty revision is refused at the field; what was typed stays.
  await revisedBox.fill("");
  await returned.getByRole("button", { name: "Send revised answer" }).click();
  await expect(revisedBox).toHaveAttribute("aria-invalid", "true");
  await revisedBox.fill(REVISION);
  await returned.getByRole("button", { name: "Send revised answer" }).click();
  await expect(student.getByText("Sent to your teacher again.")).toBeVisible();
  await student.reload();
  await expect(student.locator("section.returned-answer")).toHaveCount(0);

  // The teacher finds it marked "revised" and grades it as usual.
  await teacher.reload();
  await expect(queue).toContainText("revised");
  await expect(teacher.getByText(REVISION)).toBeVisible();
  for (const criterion of await teacher.getByRole("form", { name: /Rubric/ }).getByRole("group").all()) await criterion.getByRole("radio").last().check();
  await teacher.getByRole("button", { name: "Save", exact: true }).click();
  await expect(queue).toContainText("graded");
});
