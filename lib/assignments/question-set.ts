/**
 * The questions an assignment gives its class: the core set, every question,
 * or questions picked by hand, with or without the written ones. The choice
 * is resolved to a list of ids when the teacher makes it and stored on the
 * assignment, so a new version of the reading never adds questions under a
 * class that has started (ids it drops simply drop out). Every surface of an
 * assignment reads its questions through `inQuestionSet`.
 *
 * Not server-only: the assignment form recomputes the totals in the browser.
 */
import { z } from "zod";
import type { QuestionType } from "@/lib/content/schema";
import { jsonColumn } from "@/lib/db/json-column";
import { estimatedMinutes } from "@/lib/content/working-time";
import { QuestionSet } from "@/lib/generated/prisma/enums";

/** How the teacher chose the questions: Assignment.questionSet. */
export type QuestionSetMode = QuestionSet;
export const QUESTION_SET_MODES: readonly QuestionSetMode[] = Object.values(QuestionSet);

export const QUESTION_SET_LABELS: Record<QuestionSetMode, string> = {
  core: "The core set",
  all: "Every question",
  picked: "Questions I pick",
};

export type QuestionSetChoice = {
  mode: QuestionSetMode;
  includeWritten: boolean;
  /** Used when `mode` is "picked". */
  picked: readonly string[];
};

/** Where the assignment form starts. */
export type QuestionSetDefaults = {
  mode: QuestionSetMode;
  includeWritten: boolean;
  /** The ticked questions per reading slug, before the teacher changes anything. */
  picked: Record<string, readonly string[]>;
};

/** The set of an assignment students have started: shown, not editable (lib/assignments/mutations.ts refuses a change). */
export type FixedQuestionSet = { mode: QuestionSetMode; includeWritten: boolean; totals: QuestionSetTotals; numbers: number[] };

type Choosable = { id: string; type: QuestionType; core?: boolean };

/**
 * The bank's questions the choice keeps, in the bank's order. A reading that
 * marks no question as core (a teacher's own, often) has all of them as its
 * core set, so the form's default never assigns nothing.
 */
export function chooseQuestions<Q extends Choosable>(bank: readonly Q[], choice: QuestionSetChoice): Q[] {
  const picked = new Set(choice.picked);
  const marksCore = bank.some((question) => question.core === true);
  const inCore = (question: Q) => !marksCore || question.core === true;
  const chosen = (question: Q) => (choice.mode === "all" ? true : choice.mode === "core" ? inCore(question) : picked.has(question.id));
  return bank.filter((question) => chosen(question) && (choice.includeWritten || question.type !== "short_answer"));
}

/** Assignment.questionIds: the chosen question ids, in the bank's order. */
export const questionIdsColumn = jsonColumn("Assignment.questionIds", z.array(z.string()));

/** The stored column: the chosen ids, or null for every question of the reading. */
export function storedQuestionIds(stored: string | null): string[] | null {
  return stored === null ? null : questionIdsColumn.read(stored);
}

/**
 * The questions of `bank` that the assignment gives (all of them for
 * practice, `null`), in the bank's order.
 */
export function inQuestionSet<Q extends { id: string }>(bank: readonly Q[], assignment: { questionIds: string | null } | null): Q[] {
  const ids = assignment ? storedQuestionIds(assignment.questionIds) : null;
  if (ids === null) return [...bank];
  const chosen = new Set(ids);
  return bank.filter((question) => chosen.has(question.id));
}

export type QuestionSetTotals = { items: number; points: number; minutes: number };

/** What the assignment form shows for a set: items, points, and the working time with the reading. */
export function questionSetTotals(readingMinutes: number, questions: readonly { type: QuestionType; points: number }[]): QuestionSetTotals {
  const points = questions.reduce((sum, question) => sum + question.points, 0);
  return { items: questions.length, points: Math.round(points * 100) / 100, minutes: estimatedMinutes(readingMinutes, questions) };
}

/** "25 questions · 31 points · about 43 min" */
export function describeTotals(totals: QuestionSetTotals): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(totals.items, "question")} · ${plural(totals.points, "point")} · about ${totals.minutes} min`;
}

/** The form field of one pickable question: per reading, so two readings' ids never mix. */
export function pickFieldName(readingSlug: string, questionId: string): string {
  return `pick:${readingSlug}:${questionId}`;
}

/** The ids ticked for `readingSlug` among a form's fields. */
export function pickedIdsOf(fields: Readonly<Record<string, unknown>>, readingSlug: string): string[] {
  const prefix = pickFieldName(readingSlug, "");
  return Object.keys(fields)
    .filter((name) => name.startsWith(prefix) && fields[name] === "on")
    .map((name) => name.slice(prefix.length));
}
