/**
 * This device's copy of answers in progress (localStorage): the draft, the
 * confidence, when it changed, and the idempotency key of a submit that has
 * not been confirmed yet, so a reload or a dropped connection loses nothing
 * and a resend records once.
 */
import type { DraftAnswer } from "@/lib/scoring/answers";
import type { Confidence } from "@/lib/reading/views";

export type LocalAnswer = {
  draft: DraftAnswer;
  confidence: Confidence | null;
  /** ms since the epoch, by this device's clock. */
  updatedAt: number;
  /** The server has this draft (a reload may then take the server's copy, perhaps newer from another device). */
  synced: boolean;
  /** Set while a submit is unconfirmed; the resend uses the same key. */
  pendingKey?: string;
};

const storageKey = (attemptId: string, questionId: string) => `closeread:answer:${attemptId}:${questionId}`;

export function readLocalAnswer(attemptId: string, questionId: string): LocalAnswer | null {
  try {
    const raw = window.localStorage.getItem(storageKey(attemptId, questionId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<LocalAnswer>;
    if (typeof value !== "object" || value === null || typeof value.updatedAt !== "number" || typeof value.draft !== "object") return null;
    return {
      draft: value.draft ?? {},
      confidence: value.confidence ?? null,
      updatedAt: value.updatedAt,
      synced: value.synced === true,
      pendingKey: value.pendingKey,
    };
  } catch {
    return null;
  }
}

export function writeLocalAnswer(attemptId: string, questionId: string, answer: LocalAnswer): void {
  try {
    window.localStorage.setItem(storageKey(attemptId, questionId), JSON.stringify(answer));
  } catch {
    // Storage full or disabled (private mode): the server copy still holds the draft.
  }
}

export function removeLocalAnswer(attemptId: string, questionId: string): void {
  try {
    window.localStorage.removeItem(storageKey(attemptId, questionId));
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}

export function newIdempotencyKey(): string {
  return typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
