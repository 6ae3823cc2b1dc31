/**
 * "Discard draft" in the reading editor: asked twice (the app's confirm
 * step), by keyboard as well as by mouse, and the readings page says what went. Discarding the draft of a
 * published reading drops only the unpublished changes.
 */
import { expectNoSeriousAxeViolations } from "./support/axe";
import { DETAILS, seedDraft, TITLE } from "./support/authoring";
import { signIn } from "./support/reading";
import { shotsAtWidths } from "./support/screenshots";
import { expect, test } from "./support/world";
import { createDatabase } from "../lib/db/client";

const editorPath = (draftId: string) => `/teach/readings/drafts/${draftId}`;

test("a teacher discards a draft never published, by keyboard, after stepping back once", async ({ page, world }) => {
  const draftId = await seedDraft(world.teacherEmail, { finished: false });
  await signIn(page, world.teacherEmail);
  await page.goto("/teach/readings");
  await expect(page.getByRole("region", { name: "Drafts" }).getByRole("link", { name: TITLE })).toBeVisible();
  await page.goto(editorPath(draftId));

  // The first button only opens the confirm step, and closes it again.
  const opener = page.getByText("Discard draft…");
  const confirm = page.getByRole("button", { name: "Yes, discard the draft" });
  await opener.focus();
  await page.keyboard.press("Enter");
  await expect(confirm).toBeVisible();
  await expect(page.getByText("This deletes the draft and everything in it.")).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(confirm).toBeHidden();

  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/teach\/readings\?discarded=draft$/);
  await expect(page.getByRole("status").filter({ hasText: "The draft is discarded." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Drafts" })).toHaveCount(0);

  const database = createDatabase(process.env.E2E_DATABASE_URL);
  expect(await database.readingDraft.count({ where: { id: draftId } })).toBe(0);
  await database.$disconnect();
});

test("discarding the draft of a published reading drops the unpublished changes and keeps the reading", async ({ page, world }) => {
  const draftId = await seedDraft(world.teacherEmail, { finished: true });
  await signIn(page, world.teacherEmail);
  await page.goto(editorPath(draftId));
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(`Published “${TITLE}”.`)).toBeVisible();

  // A change after publishing, saved but never published.
  await page.reload();
  await page.getByLabel("Attribution").fill("A credit line that is discarded.");
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.getByText("Discard draft…").click();
  await expect(page.getByText("The published reading stays as it is")).toBeVisible();
  await page.getByRole("button", { name: "Yes, discard my changes" }).click();
  await page.waitForURL(/\/teach\/readings\?discarded=changes$/);
  await expect(page.getByRole("status").filter({ hasText: "Your unpublished changes are discarded. The published reading is as it was." })).toBeVisible();

  // The reading is still there, as published: editing it starts again from that version.
  await expect(page.getByRole("heading", { name: TITLE, level: 3 })).toBeVisible();
  await page.getByRole("form", { name: `Edit ${TITLE}` }).getByRole("button", { name: "Edit" }).click();
  await page.waitForURL(/\/teach\/readings\/drafts\/[a-z0-9]+$/);
  expect(page.url()).not.toContain(draftId);
  await expect(page.getByLabel("Attribution")).toHaveValue(DETAILS.attribution);
});

test("the discard step passes axe and fits 1280 and 360 px", async ({ page, world }) => {
  const draftId = await seedDraft(world.teacherEmail, { finished: false });
  await signIn(page, world.teacherEmail);
  await page.goto(editorPath(draftId));
  await page.getByText("Discard draft…").click();
  await expect(page.getByRole("button", { name: "Yes, discard the draft" })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "discard confirm step");
  await shotsAtWidths(page, "authoring-6-discard", [1280, 360], page.getByRole("region", { name: "Discard" }));
});

test("the readings page after discarding passes axe and fits 1280 and 360 px", async ({ page, world }) => {
  await signIn(page, world.teacherEmail);
  await page.goto("/teach/readings?discarded=changes");
  await expect(page.getByRole("status").filter({ hasText: "Your unpublished changes are discarded." })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "readings after discarding");
  await shotsAtWidths(page, "authoring-7-discarded", [1280, 360]);
});
