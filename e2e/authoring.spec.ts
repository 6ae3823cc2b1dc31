/**
 * A teacher brings their own text: pastes a 2,000-word article, checks what
 * the importer left out, edits the draft (details, chunk titles and prompts,
 * a boundary moved by keyboard), previews it as a student, publishes it and
 * assigns it. Every click and filled field on the way is counted and printed
 * ("authoring steps: N"). axe runs on each step; screenshots at 1280, 768
 * and 360 px go to SHOTS_DIR (default test-results/screenshots), named authoring-*.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { signIn } from "./support/reading";
import { expect, test } from "./support/world";
import { createDatabase } from "../lib/db/client";
import { shotsAtWidths } from "./support/screenshots";

/** A question takes: add, its prompt, removing the fourth option, three options with a reason each, the explanation. */
const QUESTION_STEPS = 10;
const ARTICLE = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "floodplain-article.txt"), "utf8");
/** The editor must work at tablet width too (issue #19). */
const WIDTHS = [1280, 768, 360] as const;

test("a teacher turns a pasted article into a published, assigned reading", async ({ page, world }) => {
  // 144 steps with autosave, axe at six stages and screenshots at three widths: about 4 minutes beside another worker.
  test.setTimeout(600_000);
  let steps = 0;
  const click = async (target: ReturnType<Page["getByRole"]>) => {
    steps += 1;
    await target.click();
  };
  const fill = async (target: ReturnType<Page["getByLabel"]>, value: string) => {
    steps += 1;
    await target.fill(value);
  };

  await signIn(page, world.teacherEmail);
  await page.goto("/teach/readings");
  await click(page.getByRole("link", { name: "New reading from your own text" }));
  await expect(page.getByRole("heading", { name: "New reading from your own text" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shotsAtWidths(page, "authoring-1-import", WIDTHS);

  // Nothing to import: the message is at the field.
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Paste the article's text here, or choose a file below.")).toBeVisible();

  await fill(page.getByLabel("Paste the article"), ARTICLE);
  await click(page.getByRole("button", { name: "Import", exact: true }));
  const review = page.getByRole("region", { name: "Check the import" });
  await expect(review).toContainText("What the River Remembers");
  await expect(review).toContainText("Mara Lindqvist");
  await expect(review).toContainText("2025-03-03");
  await expect(review.getByText("Left out: page furniture", { exact: false }).first()).toBeVisible();
  await expect(review.getByText("Left out: author bio")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shotsAtWidths(page, "authoring-2-review", WIDTHS, review.getByText("Left out: author bio"));

  // Restoring by keyboard puts the block back as a paragraph (not counted: this article needs none restored).
  const restoreBio = review.getByRole("button", { name: "Restore this author bio" });
  await restoreBio.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Restored as paragraph 21." })).toBeAttached();
  await expect(review.getByRole("button", { name: /Start editing \(21 paragraphs\)/ })).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click(); // the same paste again, without the bio
  await expect(review.getByRole("button", { name: /Start editing \(20 paragraphs\)/ })).toBeVisible();

  await click(review.getByRole("button", { name: /Start editing/ }));
  await page.waitForURL(/\/teach\/readings\/drafts\/[a-z0-9]+$/);
  const draftId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { name: "Editing “What the River Remembers”" })).toBeVisible();
  await expect(page.getByLabel("Author")).toHaveValue("Mara Lindqvist");
  await expect(page.getByLabel("Date published")).toHaveValue("2025-03-03");
  // A fresh import's chunks pass the chunk rules: only titles and prompts are left to write.
  await expect(page.locator("#chunk-c1-issues")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await shotsAtWidths(page, "authoring-3-editor", WIDTHS, page.locator("#chunk-c1"));

  // A chunk boundary moves by keyboard and comes back (not counted).
  const chunks = page.locator("section[id^=chunk-]");
  const chunkCount = await chunks.count();
  await page.getByRole("button", { name: /Join with previous chunk\W+chunk 2 into chunk 1/ }).focus();
  await page.keyboard.press("Enter");
  await expect(chunks).toHaveCount(chunkCount - 1);
  await expect(page.locator("#chunk-c1-issues")).toContainText("has 6 paragraph(s); chunks have 2 to 4");
  await page.getByRole("button", { name: /Start a new chunk here\W+at paragraph 4\W/ }).focus();
  await page.keyboard.press("Enter");
  await expect(chunks).toHaveCount(chunkCount);
  await expect(page.locator("#chunk-c1-issues")).toHaveCount(0);

  await fill(page.getByLabel("Source link"), "https://example.org/harbor-ledger/what-the-river-remembers");
  await fill(page.getByLabel("Attribution"), "Mara Lindqvist, “What the River Remembers,” The Harbor Ledger, March 3, 2025.");
  await fill(page.getByLabel("Classroom note"), "An original article written for closeread's tests; free to use.");
  for (let i = 0; i < chunkCount; i++) {
    const chunk = chunks.nth(i);
    await fill(chunk.getByLabel("Chunk title"), `Part ${i + 1} of the river's story`);
    await fill(chunk.getByLabel("Read for"), `What changes for the town in part ${i + 1}?`);
  }
  await expect(page.getByRole("status").filter({ hasText: "Everything passes the checks." })).toBeVisible();
  // Autosaved: the last field typed reaches the database, and the page says so.
  const database = createDatabase(process.env.E2E_DATABASE_URL);
  const lastPrompt = `What changes for the town in part ${chunkCount}?`;
  await expect.poll(async () => (await database.readingDraft.findUniqueOrThrow({ where: { id: draftId } })).draftJson.includes(lastPrompt), { timeout: 15_000 }).toBe(true);
  await database.$disconnect();
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();

  // Twelve questions through the question editor, spread over the chunks: each a single choice with three options,
  // a reason for each and an explanation (the template's fourth option removed; its first option is the key).
  for (let n = 1; n <= 12; n++) {
    const questionsOfChunk = page.getByRole("region", { name: `Questions on chunk ${((n - 1) % chunkCount) + 1}` });
    await click(questionsOfChunk.getByRole("button", { name: "Add question" }));
    const prompt = questionsOfChunk.getByLabel("Question", { exact: true }).last();
    await expect(prompt).toBeFocused();
    await fill(prompt, `Question ${n}: what does this part of the article suggest about the town and its river?`);
    await click(questionsOfChunk.getByRole("button", { name: "Remove option 4" }).last());
    for (const [index, [text, reason]] of ([
      ["It gave the river its room.", "Yes: the paragraph says the town gave the low ground back."],
      ["It built its levee higher still.", "The paragraph says the town chose not to raise the levee."],
      ["It moved the whole town uphill.", "Only the low ground was bought; the town stayed where it was."],
    ] as const).entries()) {
      await fill(questionsOfChunk.getByLabel(`Option ${index + 1} text`).last(), text);
      await fill(questionsOfChunk.getByLabel(/^Why this answer is (right|wrong), shown to the student/).nth(-3 + index), reason);
    }
    await fill(questionsOfChunk.getByLabel("Explanation").last(), "The first paragraph of this part says what the town did with its floodplain.");
  }
  // Nothing stops publishing (cue warnings, if any, are the teacher's to weigh).
  await expect(page.getByRole("region", { name: "Checks" }).getByRole("status")).toHaveText(/^(Everything passes the checks\.|0 to fix before publishing)/);
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shotsAtWidths(page, "authoring-3-questions", WIDTHS, page.getByRole("region", { name: "Questions on chunk 1" }));
  await page.reload();
  await expect(page.getByLabel("Attribution")).toHaveValue(/Mara Lindqvist/);
  await expect(page.getByRole("region", { name: "Questions on chunk 1" }).getByRole("heading", { name: /\(\d+\)$/ }).first()).toContainText(`(${Math.ceil(12 / chunkCount)})`);

  // Preview as a student, then back.
  await page.getByRole("button", { name: "Preview as a student" }).click();
  await page.waitForURL(/\/preview\/c1$/);
  await expect(page.getByRole("heading", { name: "Part 1 of the river's story", level: 1 })).toBeVisible();
  await expect(page.getByText("For most of the twentieth century")).toBeVisible();
  await expect(page.getByText("Question 1: what does this part of the article suggest about the town and its river?")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shotsAtWidths(page, "authoring-4-preview", WIDTHS, page.getByText("Question 1: what does this part of the article suggest about the town and its river?"));
  await page.goto(`/teach/readings/drafts/${draftId}`);

  await click(page.getByRole("button", { name: "Publish" }));
  await expect(page.getByText("Published “What the River Remembers”.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shotsAtWidths(page, "authoring-5-published", WIDTHS, page.getByRole("heading", { name: "Assign to a class" }));
  await click(page.getByRole("link", { name: /^Assign to / }).first());
  await expect(page.getByRole("radio", { name: /What the River Remembers/ })).toBeChecked();
  await click(page.getByRole("button", { name: "Assign", exact: true }));
  await expect(page.getByText("Reading assigned.")).toBeVisible();

  console.log(`authoring steps: ${steps} (${steps - 12 * QUESTION_STEPS} for the article, ${12 * QUESTION_STEPS} for 12 questions)`);
  expect(steps).toBeLessThanOrEqual(24 + 12 * QUESTION_STEPS);
});
