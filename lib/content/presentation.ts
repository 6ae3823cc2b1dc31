/**
 * How a question's choices are shown to one student: in which order, and
 * under which ids. Authors write the key first, pairs at the same index and
 * ordering items in order, and their ids ("a", "e1") say so; the browser
 * therefore gets every list shuffled and every id replaced by an opaque one
 * derived from a seed it never sees. The server maps shown ids back to
 * authored ids before grading (lib/scoring/shown-answers.ts).
 */
import { createHash } from "node:crypto";

/** The lists of a question that carry ids: choice options, true/false reasons, ordering items, matching columns. */
export type ChoiceList = "options" | "why" | "items" | "left" | "right";

export interface Presentation {
  /** `items` (one list of a question) in the order shown; never in the order `avoid` lists while another exists. */
  order<T extends { id: string }>(questionId: string, list: ChoiceList, items: readonly T[], avoid?: readonly string[]): T[];
  /** The id the browser sees for an authored id. */
  shownId(questionId: string, authoredId: string): string;
}

/** Characters of a shown id: 72 bits of a hash, base64url, so it looks like a content id. */
const SHOWN_ID_LENGTH = 12;

function digest(...parts: string[]): Buffer {
  return createHash("sha256").update(parts.join("\u0000")).digest();
}

/** An opaque id for `authoredId`, stable for one seed and question. */
export function opaqueId(seed: string, questionId: string, authoredId: string): string {
  return digest(seed, questionId, authoredId).toString("base64url").slice(0, SHOWN_ID_LENGTH);
}

/**
 * One attempt's presentation, from its stored seed: the same order and ids on
 * every reload and device, a different shuffle in every attempt.
 */
export function attemptPresentation(seed: string): Presentation {
  return {
    order(questionId, list, items, avoid) {
      const shuffled = shuffle(items, digest(seed, questionId, list).readUInt32BE(0));
      const matchesAvoided = avoid !== undefined && shuffled.length > 1 && shuffled.every((item, i) => item.id === avoid[i]);
      return matchesAvoided ? [...shuffled.slice(1), shuffled[0]!] : shuffled;
    },
    shownId: (questionId, authoredId) => opaqueId(seed, questionId, authoredId),
  };
}

/** How an attempt shows its questions: its own shuffle and ids (attempts started before seeds existed use their id). */
export function presentationOf(attempt: { id: string; shuffleSeed: string | null }): Presentation {
  return attemptPresentation(attempt.shuffleSeed ?? attempt.id);
}

/** Fisher–Yates driven by mulberry32 from a 32-bit seed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
