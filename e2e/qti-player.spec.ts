/**
 * closeread's QTI 3.0 export, opened in a QTI 3 player nobody here wrote: Cito's @citolab/qti-components (the 1EdTech
 * XSDs cannot be had on this machine, docs/interop.md). For every reading in content/ the package is exported in the
 * test process, unzipped, and each item is rendered in the player's `qti-assessment-item` in Chromium, served from
 * node_modules through a routed origin (no network). Checked per item: the player drew each interaction with as many
 * choices, order items, match items, hottext sentences or text boxes as the question has, the prompt is visible, the
 * player logged no error; then the key, taken from the closeread question (not from the XML), is answered (choices by
 * clicking them, the other types through the player's response API) and the player's own response processing must
 * score it 1, and an empty response 0. A written answer is scored by a person
 * (its SCORE is external), so the player only has to draw its text box.
 */
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "@playwright/test";
import { loadContent } from "../lib/content/load";
import type { Question, Reading } from "../lib/content/schema";
import { exportQtiPackage, itemFile } from "../lib/interop/qti/export";
import { FALSE_CHOICE, RESPONSE, TRUE_CHOICE, WHY_RESPONSE, toIdentifier } from "../lib/interop/qti/vocabulary";
import { expect, test } from "./support/world";

const PLAYER = "node_modules/@citolab/qti-components";
const ORIGIN = "http://qti-player.test";

/** A page on a made-up origin whose files come from node_modules: the player's ES module bundle and its item stylesheet. */
async function openPlayer(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = new URL(route.request().url()).pathname;
    if (file === "/") {
      return route.fulfill({
        contentType: "text/html",
        body: '<!doctype html><html lang="en"><head><title>QTI player</title><link rel="stylesheet" href="/item.css"></head><body><main id="host"></main></body></html>',
      });
    }
    if (file === "/player.js") return route.fulfill({ contentType: "text/javascript", path: `${PLAYER}/cdn/index.js` });
    if (file === "/item.css") return route.fulfill({ contentType: "text/css", path: `${PLAYER}/dist/item.css` });
    return route.fulfill({ status: 404 });
  });
  await page.goto(`${ORIGIN}/`);
  return errors;
}

/** The player's own loader turns the item XML into its elements (as it does for a package it fetches). */
async function renderItem(page: Page, xml: string) {
  await page.evaluate(async (itemXml) => {
    const player = await import("/player.js" as string);
    document.getElementById("host")!.innerHTML = player.qtiTransformItem().parse(itemXml).html();
    await customElements.whenDefined("qti-assessment-item");
  }, xml);
}

/** Sets the responses on the player's item, runs its response processing and reads SCORE back. */
async function scoreIn(page: Page, responses: Record<string, string | string[] | undefined>): Promise<number> {
  return page.evaluate((values) => {
    type PlayerItem = HTMLElement & {
      updateResponseVariable(identifier: string, value: string | string[] | undefined): void;
      processResponse(): boolean;
      getOutcome(identifier: string): { value: string | null };
    };
    const item = document.querySelector("qti-assessment-item") as PlayerItem;
    for (const [identifier, value] of Object.entries(values)) item.updateResponseVariable(identifier, value);
    item.processResponse();
    return Number(item.getOutcome("SCORE").value);
  }, responses);
}

interface Expected {
  /** Per interaction, in body order: its element and the element and number of the things to choose, order or match. */
  interactions: { tag: string; part: string; count: number }[];
  /** Text the player must show: prompts, and an evidence question's claim. */
  prompts: string[];
  /**
   * A prompt the player reads but does not show: @citolab/qti-components 7.27.4 moves a qti-prompt into the
   * interaction's "prompt" slot, and its qti-hottext-interaction has no such slot (its other interactions do).
   */
  unshownPrompt?: string;
  /** The key as QTI responses, or none when a person scores it. */
  key?: Record<string, string | string[]>;
}

/** No response: an empty list for a multiple or ordered response, nothing for a single one. */
const unanswered = (key: Record<string, string | string[]>) =>
  Object.fromEntries(Object.entries(key).map(([identifier, value]) => [identifier, Array.isArray(value) ? [] : undefined]));

function expected(question: Question, reading: Reading): Expected {
  const option = (id: string) => toIdentifier("option", id);
  switch (question.type) {
    case "single_choice":
      return {
        interactions: [{ tag: "qti-choice-interaction", part: "qti-simple-choice", count: question.options.length }],
        prompts: [question.prompt],
        key: { [RESPONSE]: option(question.answer) },
      };
    case "multiple_select":
      return {
        interactions: [{ tag: "qti-choice-interaction", part: "qti-simple-choice", count: question.options.length }],
        prompts: [question.prompt],
        key: { [RESPONSE]: question.answer.map(option) },
      };
    case "true_false":
      return {
        interactions: [
          { tag: "qti-choice-interaction", part: "qti-simple-choice", count: 2 },
          { tag: "qti-choice-interaction", part: "qti-simple-choice", count: question.why.options.length },
        ],
        prompts: [question.statement, question.why.prompt],
        key: { [RESPONSE]: question.answer ? TRUE_CHOICE : FALSE_CHOICE, [WHY_RESPONSE]: option(question.why.answer) },
      };
    case "ordering":
      return {
        interactions: [{ tag: "qti-order-interaction", part: "qti-simple-choice", count: question.items.length }],
        prompts: [question.prompt],
        key: { [RESPONSE]: question.answer.map(option) },
      };
    case "matching":
      return {
        interactions: [{ tag: "qti-match-interaction", part: "qti-simple-associable-choice", count: question.left.length + question.right.length }],
        prompts: [question.prompt],
        key: { [RESPONSE]: Object.entries(question.answer).map(([left, right]) => `${toIdentifier("left", left)} ${toIdentifier("right", right)}`) },
      };
    case "short_answer":
      return { interactions: [{ tag: "qti-extended-text-interaction", part: "textarea", count: 1 }], prompts: [question.prompt] };
    case "evidence": {
      const chunk = reading.chunks.find((candidate) => candidate.id === question.chunkId)!;
      const sentences = reading.paragraphs.filter((paragraph) => chunk.paragraphIds.includes(paragraph.id)).reduce((sum, paragraph) => sum + paragraph.sentences.length, 0);
      return {
        interactions: [{ tag: "qti-hottext-interaction", part: "qti-hottext", count: sentences }],
        prompts: [question.claim],
        unshownPrompt: question.prompt,
        key: { [RESPONSE]: question.answer.map((id) => toIdentifier("sentence", id)) },
      };
    }
  }
}

const { readings } = loadContent();

for (const bank of readings) {
  const { reading, questions } = bank;
  test(`${reading.slug}: every item of the QTI 3.0 export renders and scores in Cito's QTI 3 player`, async ({ page }) => {
    const files = unzipSync(exportQtiPackage(bank).zip);
    const errors = await openPlayer(page);
    for (const question of questions) {
      await test.step(`${question.type} ${question.id}`, async () => {
        const want = expected(question, reading);
        await renderItem(page, strFromU8(files[itemFile(question)]!));
        const item = page.locator("qti-assessment-item");
        const interactions = item.locator(want.interactions[0]!.tag);
        await expect(interactions).toHaveCount(want.interactions.length);
        for (const [index, { tag, part, count }] of want.interactions.entries()) {
          const interaction = item.locator(tag).nth(index);
          await expect(interaction.locator(part)).toHaveCount(count);
          await expect(interaction.locator(part).first()).toBeVisible();
        }
        for (const prompt of want.prompts) await expect(item.getByText(prompt, { exact: true })).toBeVisible();
        if (want.unshownPrompt) await expect(item.locator("qti-prompt[slot=prompt]")).toHaveText(want.unshownPrompt);
        if (want.key) {
          if (question.type === "single_choice" || question.type === "multiple_select" || question.type === "true_false") {
            // Choices are answered as a student would, by clicking them in the player.
            for (const choice of Object.values(want.key).flat()) await item.locator(`qti-simple-choice[identifier="${choice}"]`).click();
            expect(await scoreIn(page, {})).toBe(1);
          } else {
            expect(await scoreIn(page, want.key)).toBe(1);
          }
          expect(await scoreIn(page, unanswered(want.key))).toBe(0);
        }
        expect(errors).toEqual([]);
      });
    }
  });
}
