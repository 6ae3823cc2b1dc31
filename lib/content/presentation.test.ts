import path from "node:path";
import { describe, expect, it } from "vitest";
import { toClientQuestion, type ClientQuestion } from "./client";
import { loadContent } from "./load";
import { attemptPresentation } from "./presentation";
import type { Question } from "./schema";

/**
 * What a browser gets across many attempts of the essay. The author wrote
 * every single-choice key first, each matching pair at one index and
 * ordering items with ids that sort into the key: answering from ids and
 * positions alone must not pay.
 */
const ESSAY = "why-the-taliban-wont-quit-al-qaeda";
const ATTEMPTS = 200;
const questions = loadContent(path.resolve("content")).readings.find((r) => r.reading.slug === ESSAY)!.questions;
// Fixed seeds: the test sees the same 200 shuffles every run.
const seeds = Array.from({ length: ATTEMPTS }, (_, i) => `fixed-seed-${i}`);

function of<T extends Question["type"]>(type: T): Extract<Question, { type: T }>[] {
  return questions.filter((q): q is Extract<Question, { type: T }> => q.type === type);
}

/** The authored id behind each shown id of one attempt's question. */
function authoredIds(question: Question, seed: string): Map<string, string> {
  const shown = attemptPresentation(seed);
  const lists = [
    ...("options" in question ? question.options : []),
    ...(question.type === "true_false" ? question.why.options : []),
    ...(question.type === "ordering" ? question.items : []),
    ...(question.type === "matching" ? [...question.left, ...question.right] : []),
  ];
  return new Map(lists.map((item) => [shown.shownId(question.id, item.id), item.id]));
}

function client<T extends ClientQuestion["type"]>(question: Question, seed: string): Extract<ClientQuestion, { type: T }> {
  return toClientQuestion(question, attemptPresentation(seed)) as Extract<ClientQuestion, { type: T }>;
}

describe("the essay as browsers see it, over 200 attempts", () => {
  it("was authored the giveaway way (the premise of this test)", () => {
    const singles = of("single_choice");
    expect(singles.length).toBeGreaterThan(5);
    expect(singles.every((q) => q.answer === q.options[0]!.id)).toBe(true);
    expect(of("matching").every((q) => q.left.every((left, i) => q.answer[left.id] === q.right[i]!.id))).toBe(true);
    // Ordering items are written shuffled, but their ids sorted are the key.
    const sorted = (ids: string[]) => [...ids].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    expect(of("ordering").every((q) => sorted(q.items.map((item) => item.id)).join() === q.answer.join())).toBe(true);
  });

  it("shows a single-choice key first in about 1 of n attempts", () => {
    for (const question of of("single_choice")) {
      const n = question.options.length;
      const first = seeds.filter((seed) => {
        const shownFirst = client<"single_choice">(question, seed).options[0]!.id;
        return authoredIds(question, seed).get(shownFirst) === question.answer;
      }).length;
      // 1/n expected; a loose band that a fixed order (0% or 100%) can never meet.
      expect(first / ATTEMPTS, `${question.id} (${n} options)`).toBeGreaterThan(0.4 / n);
      expect(first / ATTEMPTS, `${question.id} (${n} options)`).toBeLessThan(Math.min(0.9, 2 / n));
    }
  });

  it("puts the first multiple-select key and the right true/false reason first only by chance", () => {
    for (const question of of("multiple_select")) {
      const firstIsKey = seeds.filter((seed) => question.answer.includes(authoredIds(question, seed).get(client<"multiple_select">(question, seed).options[0]!.id)!));
      expect(firstIsKey.length / ATTEMPTS).toBeLessThan(0.95);
      expect(firstIsKey.length).toBeGreaterThan(0);
    }
    for (const question of of("true_false")) {
      const n = question.why.options.length;
      const first = seeds.filter((seed) => authoredIds(question, seed).get(client<"true_false">(question, seed).why.options[0]!.id) === question.why.answer);
      expect(first.length / ATTEMPTS).toBeGreaterThan(0.4 / n);
      expect(first.length / ATTEMPTS).toBeLessThan(Math.min(0.9, 2 / n));
    }
  });

  it("matches by index only by chance, with both columns shuffled", () => {
    for (const question of of("matching")) {
      let sameIndex = 0;
      let pairs = 0;
      const leftOrders = new Set<string>();
      for (const seed of seeds) {
        const ids = authoredIds(question, seed);
        const shown = client<"matching">(question, seed);
        leftOrders.add(shown.left.map((item) => ids.get(item.id)).join());
        shown.left.forEach((left, i) => {
          pairs += 1;
          if (question.answer[ids.get(left.id)!] === ids.get(shown.right[i]!.id)) sameIndex += 1;
        });
      }
      expect(sameIndex / pairs).toBeLessThan(0.5);
      expect(leftOrders.size).toBeGreaterThan(1);
    }
  });

  it("never shows an ordering in the key's order", () => {
    for (const question of of("ordering")) {
      for (const seed of seeds) {
        const ids = authoredIds(question, seed);
        expect(client<"ordering">(question, seed).items.map((item) => ids.get(item.id))).not.toEqual(question.answer);
      }
    }
  });

  it("gives every attempt its own ids, none of them authored, and the same ones on every load", () => {
    const authored = new Set(questions.flatMap((q) => [...authoredIds(q, "x").values()]));
    const shownIds = (seed: string) => questions.flatMap((q) => [...authoredIds(q, seed).keys()]);
    const first = shownIds(seeds[0]!);
    const second = shownIds(seeds[1]!);
    expect(first.some((id) => authored.has(id))).toBe(false);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
    expect(shownIds(seeds[0]!)).toEqual(first);
    for (const question of questions) expect(toClientQuestion(question, attemptPresentation(seeds[0]!))).toEqual(toClientQuestion(question, attemptPresentation(seeds[0]!)));
  });
});
