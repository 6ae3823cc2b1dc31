import "server-only";
import { catalogueOf } from "@/lib/analytics/catalogue";
import { inQuestionSet, questionSetTotals, type FixedQuestionSet, type QuestionSetDefaults, type QuestionSetMode } from "./question-set";
import { visibleReadings } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { readingFacts, type ReadingFacts } from "@/lib/content/facts";
import { excerpt } from "@/lib/content/excerpt";
import { getReading, listReadings } from "@/lib/content/load";
import type { QuestionType, Reading, Skill } from "@/lib/content/schema";

export type ReadingSummary = { slug: string; title: string; author: string; readingMinutes: number };
export type ReadingChoice = ReadingSummary & { facts: ReadingFacts };

/** Published readings the teacher may assign: the server's library and their own (the server's library alone for an LMS's picker). */
const published = async (teacher?: SessionUser) => (await listReadings(teacher && visibleReadings(teacher))).filter((reading) => reading.published);
const summaryOf = ({ slug, title, author, readingMinutes }: Reading): ReadingSummary => ({ slug, title, author, readingMinutes });

/** Published readings a teacher can assign, by title. */
export async function assignableReadings(teacher?: SessionUser): Promise<ReadingSummary[]> {
  return (await published(teacher)).map(summaryOf);
}

/** The assignable readings with what a teacher weighs before choosing one (length, level, questions, rights). */
export async function readingChoices(teacher: SessionUser): Promise<ReadingChoice[]> {
  return (await published(teacher)).map((reading) => ({ ...summaryOf(reading), facts: readingFacts(reading) }));
}

/** Readings' titles for lists, by slug (the current version's title); a removed reading is missing. */
export async function readingTitles(slugs: string[]): Promise<Map<string, string>> {
  const readings = await listReadings({ slug: { in: [...new Set(slugs)] } });
  return new Map(readings.map((reading) => [reading.slug, reading.title]));
}

/** A reading's title for lists; the slug when the reading has since been removed. */
export async function readingTitle(slug: string): Promise<string> {
  return (await readingTitles([slug])).get(slug) ?? slug;
}

/** A question as the assignment form lists it: what it is, what it is worth, its opening words; no keys. */
export type PickableQuestion = { id: string; number: number; type: QuestionType; skill: Skill; core: boolean; points: number; prompt: string };

/** A reading's questions grouped per part (then "After reading"), numbered as the whole bank is in the report. */
export type PickableBank = {
  slug: string;
  title: string;
  readingMinutes: number;
  groups: { id: string; title: string; questions: PickableQuestion[] }[];
};

/** A reading's questions for the assignment form; empty when its folder was removed since it was assigned (the settings page still opens). */
export async function pickableBank(readingSlug: string): Promise<PickableBank> {
  const reading = await getReading(readingSlug);
  if (!reading) return { slug: readingSlug, title: readingSlug, readingMinutes: 0, groups: [] };
  const catalogue = catalogueOf(reading, { questionIds: null });
  const pickable = (stage: "chunk" | "after-reading", chunkId?: string): PickableQuestion[] =>
    catalogue.questions
      .filter((question) => question.stage === stage && (chunkId === undefined || question.chunkId === chunkId))
      .map(({ id, number, type, skill, core, maxScore, prompt }) => ({ id, number, type, skill, core: core === true, points: maxScore, prompt: excerpt(prompt, 14) }));
  const groups = [
    ...catalogue.chunks.map((chunk) => ({ id: chunk.id, title: `Part ${chunk.number}: ${chunk.title}`, questions: pickable("chunk", chunk.id) })),
    { id: "after-reading", title: "After reading", questions: pickable("after-reading") },
  ];
  return {
    slug: readingSlug,
    title: catalogue.title,
    // The reading time the reading's facts use, so the core set's total here is the facts' core minutes.
    readingMinutes: readingFacts(reading).readingMinutes,
    groups: groups.filter((group) => group.questions.length > 0),
  };
}

const questionsOf = (bank: PickableBank) => bank.groups.flatMap((group) => group.questions);

/** A new assignment starts from the core set, written answers included; "pick" starts from the core set too. */
export function newQuestionSetDefaults(banks: readonly PickableBank[]): QuestionSetDefaults {
  const core = (bank: PickableBank) => questionsOf(bank).filter((question) => question.core).map((question) => question.id);
  return { mode: "core", includeWritten: true, picked: Object.fromEntries(banks.map((bank) => [bank.slug, core(bank)])) };
}

type StoredSet = { questionSet: QuestionSetMode; includeWritten: boolean; questionIds: string | null };

/** An assignment's set as the settings form starts from it: its mode, and its questions ticked. */
export function currentQuestionSetDefaults(assignment: StoredSet, bank: PickableBank): QuestionSetDefaults {
  const ids = inQuestionSet(questionsOf(bank), assignment).map((question) => question.id);
  return { mode: assignment.questionSet, includeWritten: assignment.includeWritten, picked: { [bank.slug]: ids } };
}

/** The set of an assignment that can no longer change, as the settings form shows it. */
export function fixedQuestionSet(assignment: StoredSet, bank: PickableBank): FixedQuestionSet {
  const questions = inQuestionSet(questionsOf(bank), assignment);
  return {
    mode: assignment.questionSet,
    includeWritten: assignment.includeWritten,
    totals: questionSetTotals(bank.readingMinutes, questions),
    numbers: questions.map((question) => question.number),
  };
}
