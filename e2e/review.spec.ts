/**
 * Spaced review as a new self-study learner meets it: they sign up, sign in
 * on the sign-in page, practise part 1 of the Gettysburg Address and miss
 * two questions; once they opt in to glossary flashcards, the review page
 * holds the reading's glossary as flashcards and the two questions, and is worked through with the
 * keyboard alone. Tests share one learner and run in order.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { shotsAtWidths } from "./support/screenshots";

test.describe.configure({ mode: "serial" });

const SLUG = "gettysburg-address";
const contentDir = path.resolve("content", SLUG);
const reading = JSON.parse(fs.readFileSync(path.join(contentDir, "reading.json"), "utf8")) as { glossary: unknown[] };
const { questions } = JSON.parse(fs.readFileSync(path.join(contentDir, "questions.json"), "utf8")) as {
  questions: { id: string; prompt: string; options?: { id: string; text: string }[]; answer: unknown }[];
};
const single = questions.find((question) => question.id === "q-c1-why-1776")!;
const singleKey = single.options!.find((option) => option.id === single.answer)!.text;
const singleWrong = single.options!.find((option) => option.id !== single.answer)!.text;
const evidence = questions.find((question) => question.id === "q-c1-test-of-the-nation")!;
const evidenceKey = (evidence.answer as string[])[0]!;
const CARDS = reading.glossary.length + 2;

const learner = {
  name: "Riley Review",
  email: `review-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`,
  password: "quiet-harbor-lantern-47",
};

let context: BrowserContext;
let page: Page;

/** axe finds nothing serious, and the page saved at both widths fits 360 px. */
async function checkPage(target: Page, name: string) {
  await expectNoSeriousAxeViolations(target);
  await shotsAtWidths(target, name);
}

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(target: Page, matches: (element: { text: string; name: string; sentence: string | null; role: string | null }) => boolean, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    await target.keyboard.press("Tab");
    const focused = await target.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const label = element?.closest("label")?.textContent ?? "";
      return {
        text: (element?.textContent ?? "").trim(),
        name: (element?.getAttribute("aria-label") ?? label).trim(),
        sentence: element?.getAttribute("data-sentence-id") ?? null,
        role: element?.getAttribute("type") ?? element?.getAttribute("role") ?? element?.tagName.toLowerCase() ?? null,
      };
    });
    if (matches(focused)) return;
  }
  throw new Error("Tab never reached the element");
}

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();

  // A new learner signs up, signs out, and signs in again on the sign-in page.
  await page.goto("/sign-up?role=learner");
  await page.getByLabel("Your name").fill(learner.name);
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Password", { exact: true }).fill(learner.password);
  await page.getByLabel("Password again").fill(learner.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  // Wait for the sign-out to land: navigating away at once can cancel it, and /sign-in then sends a signed-in user home.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/sign-in");
  await page.getByLabel("Email or username").fill(learner.email);
  await page.getByLabel("Password").fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // Practice: part 1 of the reading, two questions missed.
  await page.goto(`/practice/${SLUG}/c1`);
  const first = page.locator(`#question-${single.id}`);
  await first.getByRole("radio", { name: singleWrong }).check();
  await first.getByRole("button", { name: "Check answer" }).click();
  await expect(first.getByText("Not quite.", { exact: true })).toBeVisible();

  const second = page.locator(`#question-${evidence.id}`);
  await second.getByRole("button", { name: "Choose sentences in the text" }).click();
  await page.locator('[data-sentence-id="p02.s4"]').click();
  await page.getByRole("button", { name: "Done", exact: true }).click();
  await second.getByRole("button", { name: "Check answer" }).click();
  await expect(second.getByText("Not quite.", { exact: true })).toBeVisible();

  // Glossary flashcards are an opt-in, on the review page: without it only the two questions are due.
  await page.goto("/review");
  await expect(page.getByText("Card 1 of 2")).toBeVisible();
  await page.getByLabel("Glossary flashcards").check();
  await page.getByRole("button", { name: "Save review settings" }).click();
  await expect(page.getByText("Review settings saved.")).toBeVisible();
});

test.afterAll(async () => {
  await context.close();
});

test("the home page says how many cards are due today and leads to them", async () => {
  await page.goto("/");
  const reminder = page.getByRole("region", { name: "Spaced review" });
  await expect(reminder).toContainText(`${CARDS} cards are due today.`);
  await expect(reminder.getByRole("link", { name: "Start review" })).toHaveAttribute("href", "/review");
});

test("a learner works through the session with the keyboard alone; each kind of card passes axe and fits 360 px", async () => {
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  let flashcards = 0;
  let questions = 0;

  for (let card = 1; card <= CARDS; card += 1) {
    await expect(page.getByText(`Card ${card} of ${CARDS}`)).toBeVisible();
    // Each new card takes the focus: a flashcard's "Show answer", or a question's prompt.
    await expect(page.locator("[data-card-focus]")).toBeFocused();
    const focusedText = await page.evaluate(() => (document.activeElement?.textContent ?? "").trim());

    if (focusedText === "Show answer") {
      flashcards += 1;
      if (flashcards === 1) await checkPage(page, "review-flashcard-front");
      await page.keyboard.press("Enter");
      await expect(page.getByRole("group", { name: /How well did you remember it/ })).toBeVisible();
      // The definition takes the focus once the answer shows (and the rating keys listen from then on).
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("P");
      if (flashcards === 1) {
        await checkPage(page, "review-flashcard-back");
        // Tab and Enter on the Good button...
        await tabTo(page, (focused) => focused.text.startsWith("Good "));
        await page.keyboard.press("Enter");
      } else {
        // ...then the number keys: one card forgotten (1), the rest Good (3).
        await page.keyboard.press(flashcards === 2 ? "1" : "3");
      }
      await expect(page.getByText(`Card ${card + 1} of ${CARDS}`).or(page.getByRole("heading", { name: "Session complete" }))).toBeVisible();
      continue;
    }

    const prompt = await page.locator("h2[data-card-focus]").textContent();
    await expect(page.locator("h2[data-card-focus]")).toBeFocused();
    questions += 1;
    if (questions === 1) await checkPage(page, "review-question");
    if (prompt === single.prompt) {
      // The options come in a fresh order: arrow through them to the key.
      await tabTo(page, (focused) => focused.role === "radio");
      for (let i = 0; i < 4; i += 1) {
        const focused = await page.evaluate(() => (document.activeElement?.closest("label")?.textContent ?? "").trim());
        if (focused === singleKey) break;
        await page.keyboard.press("ArrowDown");
      }
      // Tabbing into a group with nothing chosen only focuses its first radio: Space chooses it.
      await page.keyboard.press("Space");
      await expect(page.getByRole("radio", { name: singleKey })).toBeChecked();
      // "How sure are you?": Sure.
      await tabTo(page, (focused) => focused.name === "Guessing");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      await expect(page.getByRole("radio", { name: "Sure", exact: true })).toBeChecked();
      await tabTo(page, (focused) => focused.text === "Check answer");
      await page.keyboard.press("Enter");
      await expect(page.getByText("Right.", { exact: true })).toBeVisible();
      await expect(page.getByText(/^Easy: this question comes back in/)).toBeVisible();
    } else {
      expect(prompt).toBe(evidence.prompt);
      await tabTo(page, (focused) => focused.text === "Choose sentences in the text");
      await page.keyboard.press("Enter");
      await expect(page.getByRole("region", { name: "Choosing evidence" })).toBeFocused();
      await tabTo(page, (focused) => focused.sentence === evidenceKey);
      await page.keyboard.press("Enter");
      await page.keyboard.press("Escape");
      await tabTo(page, (focused) => focused.text === "Check answer");
      await page.keyboard.press("Enter");
      await expect(page.getByText("Right.", { exact: true })).toBeVisible();
      await expect(page.getByText(/^Good: this question comes back in/)).toBeVisible();
    }
    await checkPage(page, `review-feedback-${prompt === single.prompt ? "choice" : "evidence"}`);
    await expect(page.getByRole("button", { name: "Next card" })).toBeFocused();
    await page.keyboard.press("Enter");
  }

  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  await expect(page.getByText(`You reviewed ${CARDS} cards, and remembered ${CARDS - 1}.`)).toBeVisible();
  expect(flashcards).toBe(CARDS - 2);
  expect(questions).toBe(2);
  // Cards in their learning steps come back later today.
  await expect(page.getByRole("button", { name: "Review the cards due again today" })).toBeFocused();
});

test("progress shows the session: cards, retention, streak and mastery, with table alternatives", async () => {
  await page.goto("/review/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  const stat = (label: RegExp) => page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd");
  await expect(stat(/^Retention/)).toHaveText(`${Math.round(((CARDS - 1) / CARDS) * 100)}%`);
  await expect(stat(/^Day streak/)).toHaveText("1");
  await expect(stat(/^Learned/)).toHaveText("1");
  await expect(page.getByRole("img", { name: /Reviews, last 30 days/ })).toBeVisible();
  await page.getByText("Reviews per day as a table").click();
  await expect(page.getByRole("table", { name: /Reviews per day/ }).getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("heading", { level: 3, name: "The Gettysburg Address" })).toBeVisible();
  await checkPage(page, "review-progress");
});
