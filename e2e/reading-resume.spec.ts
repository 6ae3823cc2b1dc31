/**
 * Nothing is lost: drafts come back after a reload and on another device;
 * an answer submitted offline stays on screen and is sent when the
 * connection returns; submitting twice records once.
 */
import { expect, test } from "./support/world";
import { attemptIdOn, card, feedbackOf, gettysburgAssignmentPath, questionsOf, SLUG, signIn } from "./support/reading";

const [single, matching] = [questionsOf("c1").find((q) => q.type === "single_choice")!, questionsOf("c1").find((q) => q.type === "matching")!];

test("a draft is restored after a reload, from this device when the server missed it, and on another device", async ({ page, browser, world }) => {
  await signIn(page, world.students.ben!);
  const start = await gettysburgAssignmentPath(page);
  await page.goto(`${start}/c1`);
  const box = card(page, single.id);
  const [first, second] = single.options!;

  // Saved to the server after a pause: a reload shows it.
  await box.getByLabel(first!.text).check();
  const pair = card(page, matching.id).getByLabel(matching.left![0]!.text, { exact: true });
  await pair.selectOption({ label: matching.right![1]!.text });
  await expect(page.getByText("Saving…", { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(card(page, single.id).getByLabel(first!.text)).toBeChecked();
  await expect(pair.locator("option:checked")).toHaveText(matching.right![1]!.text);

  // The server is unreachable for drafts: the change is kept on this device and still there after a reload.
  await page.route("**/drafts/**", (route) => route.abort());
  await card(page, single.id).getByLabel(second!.text).check();
  await expect(card(page, single.id).getByText("Saved on this device", { exact: true })).toBeVisible();
  await page.unroute("**/drafts/**");
  const saved = page.waitForResponse((response) => response.url().includes("/drafts/") && response.ok());
  await page.reload();
  await expect(card(page, single.id).getByLabel(second!.text)).toBeChecked();
  // ...and it reaches the server once the page is back.
  await saved;

  // Another device (a fresh browser context) resumes with the same draft.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await signIn(phone, world.students.ben!);
  await phone.goto(`${start}/c1`);
  await expect(card(phone, single.id).getByLabel(second!.text)).toBeChecked();
  await expect(card(phone, matching.id).getByLabel(matching.left![0]!.text, { exact: true }).locator("option:checked")).toHaveText(matching.right![1]!.text);
  await other.close();
});

test("an answer submitted offline stays on screen and is sent when the connection returns; a double submit records once", async ({ page, context, world }) => {
  await signIn(page, world.learnerEmail);
  await page.goto(`/practice/${SLUG}/c1`);
  const attemptId = await attemptIdOn(page);
  const box = card(page, single.id);
  const key = single.options!.find((o) => o.id === single.answer)!;

  await box.getByLabel(key.text).check();
  await context.setOffline(true);
  await box.getByRole("button", { name: "Check answer" }).click();
  await expect(box.getByText(/No connection\. Your answer is kept on this device/)).toBeVisible();
  await expect(box.getByLabel(key.text)).toBeChecked();
  const pending = await page.evaluate((id) => JSON.parse(localStorage.getItem(id) ?? "null"), `closeread:answer:${attemptId}:${single.id}`);
  // Kept under the id this attempt shows for the option, not the authored one.
  expect(pending).toMatchObject({ draft: { optionId: await box.getByLabel(key.text).inputValue() }, pendingKey: expect.any(String) });
  expect(pending.draft.optionId).not.toBe(key.id);

  await context.setOffline(false);
  await expect(feedbackOf(page, single.id)).toContainText("Right.");
  await expect(box.getByText(/No connection/)).toHaveCount(0);

  // Double submit: a double click, and two requests racing with different keys.
  const matchBox = card(page, matching.id);
  const right = (left: { id: string }) => matching.right!.find((item) => item.id === (matching.answer as Record<string, string>)[left.id])!;
  for (const left of matching.left!) {
    await matchBox.getByLabel(left.text, { exact: true }).selectOption({ label: right(left).text });
  }
  await matchBox.getByRole("button", { name: "Check answer" }).dblclick();
  await expect(feedbackOf(page, matching.id)).toContainText("Right.");
  const statuses = await page.evaluate(
    async ({ attemptId, questionId, answer }) => {
      const send = (key: string) =>
        fetch(`/api/attempts/${attemptId}/responses`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ questionId, answer: { pairs: answer }, idempotencyKey: key }),
        }).then((response) => response.status);
      return Promise.all([send("race-key-0001"), send("race-key-0002")]);
    },
    { attemptId, questionId: matching.id, answer: (await (await page.request.get(`/api/attempts/${attemptId}/state`)).json()).responses.find((r: { questionId: string }) => r.questionId === matching.id).answer.pairs },
  );
  expect(statuses).toEqual([200, 200]);

  const state = await (await page.request.get(`/api/attempts/${attemptId}/state`)).json();
  const rows = state.responses.filter((response: { questionId: string }) => [single.id, matching.id].includes(response.questionId));
  expect(rows).toHaveLength(2);
  expect(rows.every((row: { status: string; score: number }) => row.status === "graded" && row.score === 1)).toBe(true);
});
