/**
 * A student runs through a whole assignment with the keyboard alone: every
 * question type, a wrong answer whose feedback names the mistake and sends
 * them back into the text, the chunk lock, the after-reading questions, and
 * submitting the reading.
 */
import { expect, test } from "./support/world";
import { answerWithKeyboard, card, chooseRadio, confidenceOf, feedbackOf, gettysburgAssignmentPath, questionsOf, reading, signIn, submitWithKeyboard, tabTo } from "./support/reading";

test("a student reads and answers the Gettysburg assignment using only the keyboard", async ({ page, world }) => {
  test.setTimeout(180_000);
  await signIn(page, world.students.ava!);
  const start = await gettysburgAssignmentPath(page);
  await page.goto(start);
  await expect(page.getByRole("heading", { level: 1, name: reading.title })).toBeVisible();

  await tabTo(page, page.getByRole("link", { name: /Start reading|Continue/ }));
  await page.keyboard.press("Enter");
  await page.waitForURL(`**${start}/c1`);

  // Part 1. The first question gets a wrong answer: the feedback names the mistake and points into the text.
  const [first, ...restOfPart1] = questionsOf("c1");
  const wrong = first!.options!.find((option) => option.id !== first!.answer)!;
  await answerWithKeyboard(page, first!, { optionId: wrong.id });
  await chooseRadio(page, confidenceOf(page, first!.id).getByRole("radio"), 2);
  await expect(card(page, first!.id).getByRole("radio", { name: "Sure", exact: true })).toBeChecked();
  await submitWithKeyboard(page, first!);
  // The submit button goes once answered; focus moves to the feedback, so the keyboard user keeps their place.
  const feedback = feedbackOf(page, first!.id);
  await expect(feedback).toBeFocused();
  await expect(feedback).toContainText("Not quite.");
  await expect(feedback).toContainText(wrong.feedback);
  const cited = first!.cites[0]!;
  await tabTo(page, feedback.getByRole("link", { name: `paragraph ${Number(cited.slice(1))}` }));
  await page.keyboard.press("Enter");
  await expect(page.locator(`#${cited}`)).toHaveAttribute("data-cited", "true");
  await expect(page.locator(`#${cited}`)).toBeFocused();

  // The next part stays locked until every question here is answered.
  await expect(page.getByText(/to open the next part/)).toBeVisible();
  for (const question of restOfPart1) {
    await answerWithKeyboard(page, question);
    await submitWithKeyboard(page, question);
    await expect(feedbackOf(page, question.id)).toContainText("Right.");
  }

  for (const [step, next] of [
    ["c2", /Part 2/],
    ["after-reading", /After reading/],
  ] as const) {
    await tabTo(page, page.getByRole("link", { name: next }).last());
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${start}/${step}`);
    for (const question of questionsOf(step)) {
      await answerWithKeyboard(page, question);
      await submitWithKeyboard(page, question);
      await expect(feedbackOf(page, question.id)).toContainText(question.type === "short_answer" ? "awaiting review" : "Right.");
    }
  }

  await tabTo(page, page.getByRole("link", { name: /Review and submit/ }));
  await page.keyboard.press("Enter");
  await page.waitForURL(`**${start}/results`);
  await tabTo(page, page.getByRole("button", { name: "Submit the reading" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Submitted", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Score:/ })).toBeVisible();
  await expect(page.getByText(/written answer awaiting review/)).toBeVisible();
});
