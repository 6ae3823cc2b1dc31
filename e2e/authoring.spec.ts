/**
 * A teacher brings their own text: pastes a 2,000-word article, checks what
 * the importer left out, edits the draft (details, chunk titles and prompts,
 * twelve questions), previews it as a student, publishes it and assigns it.
 *
 * The full walk counts every click and filled field on the way and prints
 * it ("authoring steps: N"). The checks each stage also gets (axe; screenshots
 * at 1280, 768 and 360 px to SHOTS_DIR, default test-results/screenshots,
 * named authoring-*) and the keyboard checks on the way are tests of their
 * own, each reaching its stage directly (the editor's from a draft put
 * straight into the database, e2e/support/authoring.ts), so they run beside
 * the walk instead of after it.
 */
import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { ARTICLE, chunkPrompt, chunkTitle, DETAILS, EXPLANATION, OPTIONS, QUESTION_COUNT, questionPrompt, seedDraft, TITLE } from "./support/authoring";
import { signIn } from "./support/reading";
import { shotsAtWidths } from "./support/screenshots";
import { expect, test } from "./support/world";
import { createDatabase } from "../lib/db/client";

/** A question takes: add, its prompt, removing the fourth option, three options with a reason each, the explanation. */
const QUESTION_STEPS = 10;
/** The editor must work at tablet width too (issue #19). */
const WIDTHS = [1280, 768, 360] as const;

const editorPath = (draftId: string) => `/teach/readings/drafts/${draftId}`;
const checksStatus = (page: Page) => page.getByRole("region", { name: "Checks" }).getByRole("status");
/** Nothing stops publishing (cue warnings, if any, are the teacher's to weigh). */
const READY = /^(Everything passes the checks\.|0 to fix before publishing)/;

test("a teacher turns a pasted article into a published, assigned reading in few steps", async ({ page, world }) => {
  // 144 steps on a page that grows with each question, each saved as it is typed, and nothing else on the way:
  // 40 s on a quiet 2-core machine, 2.5 minutes on one shared with other browser runs: room for twice that.
  test.setTimeout(360_000);
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
  await fill(page.getByLabel("Paste the article"), ARTICLE);
  await click(page.getByRole("button", { name: "Import", exact: true }));
  const review = page.getByRole("region", { name: "Check the import" });
  await click(review.getByRole("button", { name: /Start editing \(20 paragraphs\)/ }));
  await page.waitForURL(/\/teach\/readings\/drafts\/[a-z0-9]+$/);
  const draftId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { name: `Editing “${TITLE}”` })).toBeVisible();

  const chunks = page.locator("section[id^=chunk-]");
  const chunkCount = await chunks.count();
  await fill(page.getByLabel("Source link"), DETAILS.sourceUrl);
  await fill(page.getByLabel("Attribution"), DETAILS.attribution);
  await fill(page.getByLabel("Classroom note"), DETAILS.classroomNote);
  for (let i = 0; i < chunkCount; i++) {
    const chunk = chunks.nth(i);
    await fill(chunk.getByLabel("Chunk title"), chunkTitle(i));
    await fill(chunk.getByLabel("Read for"), chunkPrompt(i));
  }
  await expect(page.getByRole("status").filter({ hasText: "Everything passes the checks." })).toBeVisible();
  // Autosaved: the last field typed reaches the database, and the page says so.
  const database = createDatabase(process.env.E2E_DATABASE_URL);
  const lastPrompt = chunkPrompt(chunkCount - 1);
  await expect.poll(async () => (await database.readingDraft.findUniqueOrThrow({ where: { id: draftId } })).draftJson.includes(lastPrompt), { timeout: 15_000 }).toBe(true);
  await database.$disconnect();
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();

  // Twelve questions through the question editor, spread over the chunks: each a single choice with three options,
  // a reason for each and an explanation (the template's fourth option removed; its first option is the key).
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    const questionsOfChunk = page.getByRole("region", { name: `Questions on chunk ${((n - 1) % chunkCount) + 1}` });
    await click(questionsOfChunk.getByRole("button", { name: "Add question" }));
    const prompt = questionsOfChunk.getByLabel("Question", { exact: true }).last();
    await expect(prompt).toBeFocused();
    await fill(prompt, questionPrompt(n));
    await click(questionsOfChunk.getByRole("button", { name: "Remove option 4" }).last());
    for (const [index, [text, reason]] of OPTIONS.entries()) {
      await fill(questionsOfChunk.getByLabel(`Option ${index + 1} text`).last(), text);
      await fill(questionsOfChunk.getByLabel(/^Why this answer is (right|wrong), shown to the student/).nth(-3 + index), reason);
    }
    await fill(questionsOfChunk.getByLabel("Explanation").last(), EXPLANATION);
  }
  await expect(checksStatus(page)).toHaveText(READY);
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Attribution")).toHaveValue(/Mara Lindqvist/);
  await expect(page.getByRole("region", { name: "Questions on chunk 1" }).getByRole("heading", { name: /\(\d+\)$/ }).first()).toContainText(
    `(${Math.ceil(QUESTION_COUNT / chunkCount)})`,
  );

  await click(page.getByRole("button", { name: "Publish" }));
  await expect(page.getByText(`Published “${TITLE}”.`)).toBeVisible();
  await click(page.getByRole("link", { name: /^Assign to / }).first());
  await expect(page.getByRole("radio", { name: new RegExp(TITLE) })).toBeChecked();
  await click(page.getByRole("button", { name: "Assign", exact: true }));
  await expect(page.getByText("Reading assigned.")).toBeVisible();

  console.log(`authoring steps: ${steps} (${steps - 12 * QUESTION_STEPS} for the article, ${12 * QUESTION_STEPS} for 12 questions)`);
  expect(steps).toBeLessThanOrEqual(24 + 12 * QUESTION_STEPS);
});

/** The page of each stage as the walk reaches it, and what its detail screenshot scrolls to. */
type Stage = {
  name: string;
  title: string;
  open(page: Page, teacherEmail: string): Promise<Locator | undefined>;
  /** Longer than the default for a page that is slow to check and shoot. */
  timeout?: number;
};

async function openImportReview(page: Page): Promise<Locator> {
  await page.goto("/teach/readings/new");
  await page.getByLabel("Paste the article").fill(ARTICLE);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const review = page.getByRole("region", { name: "Check the import" });
  await expect(review.getByRole("button", { name: /Start editing \(20 paragraphs\)/ })).toBeVisible();
  return review;
}

async function openDraft(page: Page, teacherEmail: string, finished: boolean): Promise<void> {
  await page.goto(editorPath(await seedDraft(teacherEmail, { finished })));
  await expect(page.getByRole("heading", { name: `Editing “${TITLE}”` })).toBeVisible();
}

const STAGES: Stage[] = [
  {
    name: "authoring-1-import",
    title: "the import page",
    async open(page) {
      await page.goto("/teach/readings/new");
      await expect(page.getByRole("heading", { name: "New reading from your own text" })).toBeVisible();
      return undefined;
    },
  },
  {
    name: "authoring-2-review",
    title: "the import's review of what was left out",
    async open(page) {
      const review = await openImportReview(page);
      await expect(review).toContainText(TITLE);
      await expect(review).toContainText("Mara Lindqvist");
      await expect(review).toContainText("2025-03-03");
      await expect(review.getByText("Left out: page furniture", { exact: false }).first()).toBeVisible();
      return review.getByText("Left out: author bio");
    },
  },
  {
    name: "authoring-3-editor",
    title: "the editor on a fresh import",
    async open(page, teacherEmail) {
      await openDraft(page, teacherEmail, false);
      await expect(page.getByLabel("Author")).toHaveValue("Mara Lindqvist");
      await expect(page.getByLabel("Date published")).toHaveValue("2025-03-03");
      // A fresh import's chunks pass the chunk rules: only titles and prompts are left to write.
      await expect(page.locator("#chunk-c1-issues")).toHaveCount(0);
      return page.locator("#chunk-c1");
    },
  },
  {
    name: "authoring-3-questions",
    title: "the editor with twelve questions written",
    // The editor's largest page (2,000 words, twelve questions open): axe or a full-page shot of it takes
    // over 40 s on a busy 2-core machine.
    timeout: 240_000,
    async open(page, teacherEmail) {
      await openDraft(page, teacherEmail, true);
      await expect(checksStatus(page)).toHaveText(READY);
      // Every question open, as the walk leaves them: a reopened draft shows them closed.
      const closed = page.getByRole("button", { name: /Question \d+: what does this part/, expanded: false });
      await expect(closed).toHaveCount(QUESTION_COUNT);
      for (let left = QUESTION_COUNT; left > 0; left--) await closed.first().click();
      await expect(page.getByLabel("Question", { exact: true })).toHaveCount(QUESTION_COUNT);
      return page.getByRole("region", { name: "Questions on chunk 1" });
    },
  },
  {
    name: "authoring-4-preview",
    title: "the student preview of a finished draft",
    async open(page, teacherEmail) {
      await openDraft(page, teacherEmail, true);
      await page.getByRole("button", { name: "Preview as a student" }).click();
      await page.waitForURL(/\/preview\/c1$/);
      await expect(page.getByRole("heading", { name: chunkTitle(0), level: 1 })).toBeVisible();
      await expect(page.getByText("For most of the twentieth century")).toBeVisible();
      const firstQuestion = page.getByText(questionPrompt(1));
      await expect(firstQuestion).toBeVisible();
      return firstQuestion;
    },
  },
  {
    name: "authoring-5-published",
    title: "the editor after publishing",
    async open(page, teacherEmail) {
      await openDraft(page, teacherEmail, true);
      await page.getByRole("button", { name: "Publish" }).click();
      await expect(page.getByText(`Published “${TITLE}”.`)).toBeVisible();
      return page.getByRole("heading", { name: "Assign to a class" });
    },
  },
];

// One test a stage and width (full-page shots of a 2,000-word editor are slow): axe at the first width.
for (const stage of STAGES) {
  for (const width of WIDTHS) {
    test(`${stage.title} fits ${width} px${width === WIDTHS[0] ? " and passes axe" : ""}`, async ({ page, world }) => {
      if (stage.timeout) test.setTimeout(stage.timeout);
      await signIn(page, world.teacherEmail);
      const detail = await stage.open(page, world.teacherEmail);
      if (width === WIDTHS[0]) await expectNoSeriousAxeViolations(page, stage.title);
      await shotsAtWidths(page, stage.name, [width], detail);
    });
  }
}

test("importing nothing says so at the field; a removed block is restored by keyboard and left out again on a new import", async ({ page, world }) => {
  await signIn(page, world.teacherEmail);
  await page.goto("/teach/readings/new");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Paste the article's text here, or choose a file below.")).toBeVisible();

  const review = await openImportReview(page);
  await review.getByRole("button", { name: "Restore this author bio" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Restored as paragraph 21." })).toBeAttached();
  await expect(review.getByRole("button", { name: /Start editing \(21 paragraphs\)/ })).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click(); // the same paste again
  await expect(review.getByRole("button", { name: /Start editing \(20 paragraphs\)/ })).toBeVisible();
});

test("a chunk boundary moves by keyboard and back", async ({ page, world }) => {
  await signIn(page, world.teacherEmail);
  await openDraft(page, world.teacherEmail, false);
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
});
