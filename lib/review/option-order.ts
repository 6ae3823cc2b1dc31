/**
 * A fresh order of a question's options on every review. Review number r of
 * a card shows permutation (h + r) of the n! possible orders, where h is a
 * hash of the card's id: consecutive reviews never repeat an order, and
 * different cards start at different places. An order to avoid (an ordering
 * question's answer) is left out of the cycle.
 */
import { createHash } from "node:crypto";
import { opaqueId, type Presentation } from "@/lib/content/presentation";

/** Above this many items n! outgrows exact integers: the cycle is capped at 12! orders (still no repeat in a row). */
const MAX_EXACT_ITEMS = 12;

function factorial(n: number): number {
  let result = 1;
  for (let i = 2; i <= n; i += 1) result *= i;
  return result;
}

/** A stable number from a string. */
function hash(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32BE(0);
}

/** The permutation of 0..n-1 with the given index (mixed-radix digits, lowest first). */
function unrank(index: number, n: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  const order: number[] = [];
  let rest = index;
  for (let radix = n; radix > 0; radix -= 1) {
    const digit = rest % radix;
    rest = Math.floor(rest / radix);
    order.push(...pool.splice(digit, 1));
  }
  return order;
}

/** The index of a permutation of 0..n-1 (inverse of unrank). */
function rank(order: readonly number[]): number {
  const pool = Array.from({ length: order.length }, (_, i) => i);
  let index = 0;
  let weight = 1;
  for (let radix = order.length, i = 0; radix > 0; radix -= 1, i += 1) {
    const digit = pool.indexOf(order[i] ?? -1);
    pool.splice(digit, 1);
    index += digit * weight;
    weight *= radix;
  }
  return index;
}

/** The index of `order` (item keys) as a permutation of `items`, or null when it is not one. */
function rankOf<T>(items: readonly T[], order: readonly string[], key: (item: T) => string): number | null {
  const keys = items.map(key);
  const positions = order.map((itemKey) => keys.indexOf(itemKey));
  if (positions.length !== items.length || new Set(positions).size !== items.length || positions.includes(-1)) return null;
  return rank(positions);
}

/**
 * `items` in the order for review number `review` of the card `seed`. With
 * `avoid` (the items' keys in an order that must not be shown), that order
 * is never returned while another exists.
 */
export function reviewOrder<T>(
  items: readonly T[],
  seed: string,
  review: number,
  options: { avoid?: readonly string[]; key?: (item: T) => string } = {},
): T[] {
  const n = items.length;
  if (n < 2) return [...items];
  const cycle = factorial(Math.min(n, MAX_EXACT_ITEMS));
  const avoided = n <= MAX_EXACT_ITEMS && options.avoid ? rankOf(items, options.avoid, options.key ?? String) : null;
  const size = avoided === null ? cycle : cycle - 1;
  let index = (hash(seed) + review) % size;
  if (avoided !== null && index >= avoided) index += 1;
  return unrank(index, n).map((position) => items[position] as T);
}

/**
 * A review showing of a card: its lists in this review's order (never the
 * previous review's), under ids that change with every review.
 */
export function reviewPresentation(cardId: string, review: number): Presentation {
  return {
    order: (questionId, list, items, avoid) => reviewOrder(items, `${cardId}\u0000${list}`, review, { avoid, key: (item) => item.id }),
    shownId: (questionId, authoredId) => opaqueId(`${cardId}\u0000${review}`, questionId, authoredId),
  };
}
