/**
 * A self-study learner's hour, and the reading page's small things on a
 * phone: a written answer checked against the rubric (never "sent to your
 * teacher"), read-aloud of the questions and an honest "no voice", focus on
 * the new part's heading, the one-line header, popovers, evidence and
 * matching at 360 px, the print view, the review settings, and every page in
 * the dark scheme with axe. Screenshots in test-results/screenshots/polish-*.
 */
import { confidenceOf, questions, SLUG, signIn } from "./support/reading";
import { expect, test } from "./support/world";
import { seriousViolations } from "./support/axe";
import { SHOTS_DIR, shot } from "./support/screenshots";

const written = questions.find((question) => question.type === "short_answer")!;

test("in practice a written answer is checked against the rubric by the learner, with the model answer after their own", async ({ page, world }) => {
  await signIn(page, world.learnerEmail);
  await page.goto(`/practice/${SLUG}/c2`);
  const card = page.locator(`#question-${written.id}`);
  await expect(card.getByText("Once you submit, you see a model answer")).toBeVisible();
  await expect(page.getByText(written.rubric!.modelAnswer)).toHaveCount(0);
  await card.getByRole("textbox").fill("The living must finish the soldiers' unfinished work so the nation lives.");
  await card.getByRole("button", { name: "Submit answer" }).click();

  await expect(card.getByText("Compare it with the model answer below")).toBeVisible();
  await expect(card.getByText(written.rubric!.modelAnswer)).toBeVisible();
  await expect(card.getByText(/teacher/i)).toHaveCount(0);
  // Saving with a point unrated says so on that point.
  await card.getByRole("button", { name: "Save my self-check" }).click();
  await expect(card.getByText("Rate your answer against every point.")).toBeVisible();
  for (const [index, criterion] of written.rubric!.criteria.entries()) {
    const group = card.getByRole("group", { name: new RegExp(criterion.description.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
    await group.getByRole("radio").nth(index === 0 ? 0 : 1).check();
  }
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await card.screenshot({ path: `${SHOTS_DIR}/polish-self-check-form-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  expect(await seriousViolations(page)).toEqual([]);
  await card.getByRole("button", { name: "Save my self-check" }).click();
  await expect(card.getByText(/Your self-check:.+of 5 points\./)).toBeVisible();
  await card.screenshot({ path: `${SHOTS_DIR}/polish-self-check-done-1280.png` });

  // Kept: a reload shows the self-check, not a wait for a teacher.
  await page.reload();
  await expect(page.locator(`#question-${written.id}`).getByText(/Your self-check:.+of 5 points\./)).toBeVisible();
});

test("read-aloud reads the questions after the text, and says plainly when the device has no voice", async ({ page, world }) => {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    const noVoice = new URL(location.href).searchParams.has("novoice");
    window.speechSynthesis.getVoices = () => (noVoice ? [] : ([{ name: "Test voice", lang: "en-US" }] as unknown as SpeechSynthesisVoice[]));
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push(utterance.text);
    };
  });
  await signIn(page, world.learnerEmail);
  await page.goto(`/practice/${SLUG}/c1`);
  await page.getByRole("button", { name: "Read aloud" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.length)).toBeGreaterThan(4);
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  const first = questions.find((question) => question.chunkId === "c1")!;
  expect(spoken.some((text) => text.includes(first.prompt))).toBe(true);
  expect(spoken.some((text) => text.includes(first.options![0]!.text))).toBe(true);
  expect(spoken.join(" ")).not.toContain("How sure are you");

  await page.goto(`/practice/${SLUG}/c1?novoice`);
  await page.getByRole("button", { name: "Read aloud" }).click();
  await expect(page.getByRole("status").filter({ hasText: "This device has no voice for reading aloud." })).toBeVisible();
  await shot(page, "polish-no-voice-1280");
});

test("moving to the next part puts focus on its heading", async ({ page, world }) => {
  await signIn(page, world.learnerEmail);
  await page.goto(`/practice/${SLUG}/c1`);
  await page.getByRole("navigation", { name: "Reading steps" }).getByRole("link", { name: /Part 2/ }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/${SLUG}/c2$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the header is one line, its links under Menu; popovers, evidence and matching stay readable", async ({ page, world }) => {
    await signIn(page, world.learnerEmail);
    await page.goto(`/practice/${SLUG}/c1`);
    const header = page.locator(".site-header");
    const oneLine = await page.locator(".site-nav").evaluate((nav) => {
      // One line: every visible item shares a horizontal band (their vertical extents all overlap).
      const boxes = [...nav.children].filter((child) => getComputedStyle(child).display !== "none").map((child) => child.getBoundingClientRect());
      return Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom));
    });
    expect(oneLine).toBe(true);
    expect((await header.boundingBox())!.height).toBeLessThan(80);
    await page.getByText("Menu", { exact: true }).click();
    await expect(page.locator(".nav-menu").getByRole("link", { name: "Review" })).toBeVisible();
    await expect(page.locator(".nav-menu").getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.screenshot({ path: `${SHOTS_DIR}/polish-header-menu-360.png` });
    await page.getByText("Menu", { exact: true }).click();

    // Every glossary popover stays inside the screen.
    const terms = page.locator("#chunk-text button[aria-controls^='term-']");
    const count = await terms.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      await terms.nth(index).click();
      const box = (await page.locator("#chunk-text [id$='-popover']:not([hidden])").boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      await terms.nth(index).click();
    }

    // Evidence: a sentence reached by Tab is not hidden under the sticky instructions.
    const evidence = questions.find((question) => question.type === "evidence" && question.chunkId === "c1")!;
    await page.locator(`#question-${evidence.id}`).getByRole("button", { name: "Choose sentences in the text" }).click();
    const banner = page.getByRole("region", { name: "Choosing evidence" });
    await expect(banner).toBeVisible();
    const sentences = page.locator("#chunk-text [data-sentence-id][role=button]");
    await sentences.last().focus();
    await sentences.nth(3).focus();
    const bannerBottom = (await banner.boundingBox())!.y + (await banner.boundingBox())!.height;
    expect((await sentences.nth(3).boundingBox())!.y).toBeGreaterThanOrEqual(bannerBottom - 1);
    await page.screenshot({ path: `${SHOTS_DIR}/polish-evidence-360.png` });
    await page.getByRole("button", { name: "Done", exact: true }).click();

    // Matching: the whole chosen text is written out under the select.
    const matching = questions.find((question) => question.type === "matching" && question.chunkId === "c1")!;
    const longest = [...matching.right!].sort((a, b) => b.text.length - a.text.length)[0]!;
    const select = page.locator(`#question-${matching.id} select`).first();
    await select.selectOption({ label: longest.text });
    const chosen = page.locator(`#question-${matching.id}`).getByTestId("chosen-match").first();
    await expect(chosen).toHaveText(longest.text);
    expect(await chosen.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await page.locator(`#question-${matching.id}`).screenshot({ path: `${SHOTS_DIR}/polish-matching-360.png` });
  });
});

test("printing a reading page leaves out the confidence choices and the evidence button", async ({ page, world }) => {
  await signIn(page, world.learnerEmail);
  await page.goto(`/practice/${SLUG}/c1`);
  const confidence = confidenceOf(page, questions.find((question) => question.chunkId === "c1")!.id);
  await expect(confidence).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(confidence).toBeHidden();
  await expect(page.getByRole("button", { name: "Choose sentences in the text" })).toBeHidden();
  await page.pdf({ path: `${SHOTS_DIR}/polish-print.pdf` }).catch(() => undefined);
});

test("the review page caps new cards a day and lets glossary flashcards be chosen", async ({ page, world }) => {
  await signIn(page, world.learnerEmail);
  await page.goto(`/practice/${SLUG}/c1`);
  const wrongOf = (id: string) => {
    const question = questions.find((candidate) => candidate.id === id)!;
    return question.options!.find((option) => option.id !== question.answer)!.text;
  };
  for (const id of ["q-c1-why-1776"]) {
    const card = page.locator(`#question-${id}`);
    await card.getByRole("radio", { name: wrongOf(id) }).check();
    await card.getByRole("button", { name: "Check answer" }).click();
    await expect(card.getByText("Not quite.", { exact: true })).toBeVisible();
  }

  // One missed question: one new card. With no new cards a day, it waits.
  await page.goto("/review");
  await expect(page.getByText("Card 1 of 1", { exact: true })).toBeVisible();
  await page.getByLabel("New cards a day").fill("0");
  await page.getByRole("button", { name: "Save review settings" }).click();
  await expect(page.getByText("Review settings saved.")).toBeVisible();
  await expect(page.getByText("Nothing is due right now.")).toBeVisible();
  await expect(page.getByLabel("Glossary flashcards")).not.toBeChecked();
  await page.getByLabel("New cards a day").fill("-3");
  await page.getByRole("button", { name: "Save review settings" }).click();
  await expect(page.getByText("Enter 0 or more (0: no new cards, only reviews).")).toBeVisible();
  await expect(page.getByLabel("New cards a day")).toHaveValue("-3");
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, `polish-review-settings-${width}`);
  }
});

test("every page in the dark scheme: AA contrast (axe) and a screenshot", async ({ page, world }) => {
  // Fifteen pages, each checked by axe at two widths.
  test.setTimeout(300_000);
  await page.emulateMedia({ colorScheme: "dark" });
  const visit = async (path: string, name: string) => {
    await page.goto(path);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(21, 23, 26)");
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    await shot(page, `polish-dark-${name}-360`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, `polish-dark-${name}-1280`);
  };
  await visit("/", "home");
  await visit("/sign-in", "sign-in");
  await visit("/sign-up", "sign-up");
  await visit("/join", "join");
  await signIn(page, world.students.dara!);
  await visit("/classes", "classes");
  const assignment = await page.getByRole("link", { name: /Gettysburg/ }).first().getAttribute("href");
  await visit(assignment!, "reading-start");
  await visit(`${assignment}/c1`, "reading-step");
  await visit("/review", "review");
  await visit("/review/progress", "progress");
  await visit("/account", "account");
  await page.context().clearCookies();
  await signIn(page, world.teacherEmail);
  await visit("/teach", "teach");
  const classLink = page.getByRole("link", { name: /Period|Class/ }).first();
  const classHref = (await classLink.getAttribute("href"))!;
  await visit(classHref, "class");
  await page.context().clearCookies();
  await signIn(page, world.learnerEmail);
  await visit("/practice", "practice-list");
  await visit(`/practice/${SLUG}/c2`, "practice-step");
  await visit(`/practice/${SLUG}/results`, "results");
});
