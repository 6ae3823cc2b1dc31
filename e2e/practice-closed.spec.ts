/**
 * Practice would open every part of a reading with its answers, so it is
 * closed to a student while their assignment of it is open: the page says
 * why and links to the assignment, and sends none of the reading's parts.
 */
import { expect, test } from "./support/world";
import { gettysburgAssignmentPath, reading, signIn, SLUG } from "./support/reading";

test("a student with an open assignment finds practice of its reading closed, with the way to the assignment", async ({ page, world }) => {
  await signIn(page, world.students.dara!);
  const assignment = await gettysburgAssignmentPath(page);
  for (const step of ["", "/c2", "/results"]) {
    await page.goto(`/practice/${SLUG}${step}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Practice of “${reading.title}” is closed for now`);
    const html = await (await page.request.get(`/practice/${SLUG}${step}`)).text();
    // Nothing of a part: not even the second part's first sentence.
    expect(html).not.toContain(reading.paragraphs.find((p) => p.id === reading.chunks[1]!.paragraphIds[0])!.sentences[0]!.slice(0, 40));
  }
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `test-results/practice-closed-${width}.png`, fullPage: true });
  }
  await page.getByRole("link", { name: "Go to your assignment" }).click();
  await expect(page).toHaveURL(new RegExp(`${assignment}$`));

  await page.goto("/practice");
  await expect(page.getByText("Closed while your assignment of it is open").first()).toBeVisible();
});
