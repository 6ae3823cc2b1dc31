/**
 * Helpers for the reading tests: signing in as a demo user, finding the
 * Gettysburg assignment, moving focus with the Tab key only, and the
 * reading's questions and keys straight from its content files.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import type { Question } from "../../lib/content/schema";
import { presentationOf } from "../../lib/content/presentation";
import { createDatabase } from "../../lib/db/client";
import type { Answer } from "../../lib/scoring/answers";
import { keyAnswer } from "../../lib/scoring/key";
import { shownAnswer } from "../../lib/scoring/shown-answers";

export const PASSWORD = "read-closely-demo";
export const SLUG = "gettysburg-address";

type Option = { id: string; text: string; feedback: string };
export type ContentQuestion = {
  id: string;
  chunkId: string;
  stage?: string;
  type: string;
  prompt: string;
  explanation: string;
  cites: string[];
  answer: unknown;
  options?: Option[];
  statement?: string;
  trueFeedback?: string;
  falseFeedback?: string;
  why?: { prompt: string; options: Option[]; answer: string };
  items?: { id: string; text: string }[];
  left?: { id: string; text: string }[];
  right?: { id: string; text: string }[];
  rubric?: { criteria: { id: string; description: string; points: number }[]; modelAnswer: string };
  acceptable?: string[];
  claim?: string;
};

export const questions: ContentQuestion[] = JSON.parse(fs.readFileSync(path.join("content", SLUG, "questions.json"), "utf8")).questions;
export const reading: {
  title: string;
  paragraphs: { id: string; sentences: string[] }[];
  chunks: { id: string; title: string; paragraphIds: string[] }[];
} = JSON.parse(fs.readFileSync(path.join("content", SLUG, "reading.json"), "utf8"));

export function questionsOf(step: string): ContentQuestion[] {
  return questions.filter((q) => (step === "after-reading" ? q.stage === "after-reading" : q.chunkId === step && q.stage !== "after-reading"));
}

/** Every string that must stay on the server until a question is answered. */
export function secretsOf(question: ContentQuestion): string[] {
  return [
    question.explanation,
    ...(question.options ?? []).map((o) => o.feedback),
    question.trueFeedback,
    question.falseFeedback,
    ...(question.why?.options ?? []).map((o) => o.feedback),
    ...(question.rubric?.criteria ?? []).map((c) => c.description),
    question.rubric?.modelAnswer,
  ].filter((s): s is string => typeof s === "string");
}

/** Everything the browser may see anyway: the text and the questions without their keys. */
const publicText = [
  ...reading.paragraphs.flatMap((p) => p.sentences),
  ...questions.flatMap((q) => [
    q.prompt,
    q.statement,
    q.claim,
    q.why?.prompt,
    ...[...(q.options ?? []), ...(q.why?.options ?? []), ...(q.items ?? []), ...(q.left ?? []), ...(q.right ?? [])].map((o) => o.text),
  ]),
]
  .filter(Boolean)
  .join("\n");

/**
 * A piece of `secret` to look for in a payload: its longest stretch between
 * quote marks, ampersands or angle brackets (escaped differently in HTML and
 * JSON) that the public text does not also contain (explanations quote the
 * reading). Null when the secret is nothing but public text.
 */
export function probe(secret: string): string | null {
  return pieces(secret).find((piece) => !publicText.includes(piece)) ?? null;
}

/** The longest stretch of `text` that HTML and JSON both carry unescaped. */
export function plainPiece(text: string): string {
  return pieces(text)[0] ?? text;
}

function pieces(text: string): string[] {
  return text
    .split(/[“”"'’&<>]/)
    .map((piece) => piece.trim().slice(0, 60).trim())
    .filter((piece) => piece.length >= 16)
    .sort((a, b) => b.length - a.length);
}

export async function signIn(page: Page, identifier: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email or username").fill(identifier);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** The start page of the student's Gettysburg assignment, found on their class list. */
export async function gettysburgAssignmentPath(page: Page): Promise<string> {
  await page.goto("/classes");
  const href = await page.getByRole("link", { name: new RegExp(reading.title) }).first().getAttribute("href");
  expect(href).toMatch(/^\/read\/[a-z0-9]+$/);
  return href!;
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until `target` has focus: the way a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 250 } = {}): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < max; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Could not reach ${target} with the Tab key`);
}

export function card(page: Page, questionId: string): Locator {
  return page.locator(`#question-${questionId}`);
}

/** A question card's feedback: the group focus moves to once the answer is in. */
export function feedbackOf(page: Page, questionId: string): Locator {
  return card(page, questionId).getByRole("group", { name: /^Feedback on question \d+$/ });
}

/** A question card's "How sure are you?" choices. */
export function confidenceOf(page: Page, questionId: string): Locator {
  return card(page, questionId).getByRole("group", { name: /^How sure are you/ });
}

export async function attemptIdOn(page: Page): Promise<string> {
  return (await page.locator("[data-attempt-id]").getAttribute("data-attempt-id"))!;
}

/** Selects radio number `index` of a group with the keyboard: Tab into the group, then arrows (Space for the first). */
export async function chooseRadio(page: Page, radios: Locator, index: number): Promise<void> {
  await tabTo(page, radios.first());
  if (index === 0) await page.keyboard.press("Space");
  for (let i = 0; i < index; i += 1) await page.keyboard.press("ArrowDown");
  await expect(radios.nth(index)).toBeChecked();
}

/** The position on screen of the input labelled `text` (each attempt shows options in its own order, under its own ids). */
async function indexOfText(inputs: Locator, text: string): Promise<number> {
  const labels = await inputs.evaluateAll((nodes) => nodes.map((node) => (node as HTMLInputElement).labels?.[0]?.textContent ?? ""));
  const index = labels.findIndex((label) => label.includes(text));
  expect(index, `an option reading “${text}”`).toBeGreaterThanOrEqual(0);
  return index;
}

function textOf(items: { id: string; text: string }[] | undefined, id: unknown): string {
  return items!.find((item) => item.id === id)!.text;
}

/**
 * Answers a question with the keyboard alone: `answer` in the content's
 * authored ids (by default the key from the content file), chosen on screen
 * by the options' visible text.
 */
export async function answerWithKeyboard(page: Page, question: ContentQuestion, answer: unknown = keyOf(question)): Promise<void> {
  const box = card(page, question.id);
  const value = answer as Record<string, unknown>;
  switch (question.type) {
    case "single_choice": {
      const radios = box.getByRole("group", { name: question.prompt, exact: true }).getByRole("radio");
      await chooseRadio(page, radios, await indexOfText(radios, textOf(question.options, value.optionId)));
      break;
    }
    case "multiple_select":
      for (const id of value.optionIds as string[]) {
        const boxes = box.getByRole("group", { name: question.prompt, exact: true }).getByRole("checkbox");
        await tabTo(page, boxes.nth(await indexOfText(boxes, textOf(question.options, id))));
        await page.keyboard.press("Space");
      }
      break;
    case "true_false": {
      await chooseRadio(page, box.getByRole("group", { name: question.statement }).getByRole("radio"), value.value ? 0 : 1);
      const reasons = box.getByRole("group", { name: question.why!.prompt, exact: true }).getByRole("radio");
      await chooseRadio(page, reasons, await indexOfText(reasons, textOf(question.why!.options, value.whyOptionId)));
      break;
    }
    case "matching":
      for (const left of question.left!) {
        const select = box.getByLabel(left.text, { exact: true });
        const options = select.locator("option");
        const values = await options.evaluateAll((nodes) => nodes.map((o) => (o as HTMLOptionElement).value));
        const texts = await options.evaluateAll((nodes) => nodes.map((o) => o.textContent ?? ""));
        await tabTo(page, select);
        const target = texts.indexOf(textOf(question.right, (value.pairs as Record<string, string>)[left.id]));
        for (let i = 0; i < target; i += 1) await page.keyboard.press("ArrowDown");
        await expect(select).toHaveValue(values[target]!);
      }
      break;
    case "ordering": {
      const wanted = value.itemIds as string[];
      const text = new Map(question.items!.map((item) => [item.id, item.text]));
      // One Move up button per item, in the order shown, each described by its item's text (before any mark).
      const ups = box.getByRole("button", { name: "Move up" });
      const shown = () =>
        ups.evaluateAll((buttons) => buttons.map((button) => document.getElementById(button.getAttribute("aria-describedby") ?? "")?.firstChild?.textContent ?? ""));
      for (let position = 0; position < wanted.length; position += 1) {
        const from = (await shown()).indexOf(text.get(wanted[position]!)!);
        if (from === position) continue;
        await tabTo(page, ups.nth(from), { backwards: true });
        for (let i = from; i > position; i -= 1) await page.keyboard.press("Enter");
      }
      const final = await shown();
      expect(final).toEqual(wanted.map((id) => text.get(id)));
      break;
    }
    case "short_answer":
      await tabTo(page, box.locator("textarea"));
      await page.keyboard.type(String(value.text));
      break;
    case "evidence": {
      await tabTo(page, box.locator("[data-evidence-toggle]"));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("region", { name: "Choosing evidence" })).toBeFocused();
      for (const id of value.sentenceIds as string[]) {
        const sentence = page.locator(`[data-sentence-id="${id}"][role=button]`);
        await tabTo(page, sentence);
        await page.keyboard.press("Space");
        await expect(sentence).toHaveAttribute("aria-pressed", "true");
      }
      await page.keyboard.press("Escape");
      await expect(box.locator("[data-evidence-toggle]")).toBeFocused();
      break;
    }
    default:
      throw new Error(`no keyboard answer for ${question.type}`);
  }
}

/** Presses the question's submit button from the keyboard. */
export async function submitWithKeyboard(page: Page, question: ContentQuestion): Promise<void> {
  const button = card(page, question.id).getByRole("button", { name: /Check answer|Submit answer/ });
  await tabTo(page, button);
  await page.keyboard.press("Enter");
}

/** The key as an answer (a written answer's model answer). */
export function keyOf(question: ContentQuestion): unknown {
  return keyAnswer(question as unknown as Question);
}

/**
 * The key in the ids the attempt's page shows (lib/content/presentation.ts),
 * as a student's browser would send it to the JSON API; read from the attempt's
 * seed in the test server's database (E2E_DATABASE_URL).
 */
export async function shownKeyOf(attemptId: string, question: ContentQuestion): Promise<unknown> {
  const database = createDatabase(process.env.E2E_DATABASE_URL);
  try {
    const attempt = await database.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { id: true, shuffleSeed: true } });
    return shownAnswer(question as unknown as Question, presentationOf(attempt), keyAnswer(question as unknown as Question) as Answer);
  } finally {
    await database.$disconnect();
  }
}
