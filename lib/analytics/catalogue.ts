/**
 * What the dashboards need to know about an assignment's content: the
 * reading's chunks in order and the questions of the assignment's set (with
 * keys, option rationales and rubrics: this is server-only) numbered as
 * students see them, with the points each is worth.
 */
import "server-only";
import { inQuestionSet } from "@/lib/assignments/question-set";
import { getReading, type ReadingWithVersion } from "@/lib/content/load";
import { getFullQuestions } from "@/lib/content/keys";
import type { Question, Skill } from "@/lib/content/schema";
import { sentencesById } from "@/lib/content/sentences";
import { AppError } from "@/lib/errors";
import { maxScoreOf } from "@/lib/scoring/score";

export type CatalogueQuestion = Question & { number: number; maxScore: number };

export type Catalogue = {
  slug: string;
  title: string;
  chunks: { id: string; title: string; number: number }[];
  questions: CatalogueQuestion[];
  skills: Skill[];
  possiblePoints: number;
  sentenceText: (sentenceId: string) => string;
};

/** An assignment's reading and its set; `questionIds` null: every question (what a reading's own listing uses). */
export type AssignedReading = { readingSlug: string; questionIds: string | null };

/** The reading's current version: reports list its questions of the set (answers on older versions are matched by question id). */
export async function catalogueFor(assignment: AssignedReading): Promise<Catalogue> {
  const { readingSlug } = assignment;
  const reading = await getReading(readingSlug);
  if (!reading) throw new AppError("not_found", `The reading "${readingSlug}" is no longer installed on this server.`);
  return catalogueOf(reading, assignment);
}

/** The catalogue of a reading already looked up (callers that needed the reading for something else too). */
export function catalogueOf(reading: ReadingWithVersion, assignment: Pick<AssignedReading, "questionIds">): Catalogue {
  const chunkOrder = new Map(reading.chunks.map((chunk, index) => [chunk.id, index]));
  const stageOrder = (question: Question) => (question.stage === "after-reading" ? 1 : 0);
  const questions = inQuestionSet(getFullQuestions(reading), assignment)
    .map((question, index) => ({ question, index }))
    .sort(
      (a, b) =>
        stageOrder(a.question) - stageOrder(b.question) ||
        (chunkOrder.get(a.question.chunkId) ?? 0) - (chunkOrder.get(b.question.chunkId) ?? 0) ||
        a.index - b.index,
    )
    .map(({ question }, index) => ({ ...question, number: index + 1, maxScore: maxScoreOf(question) }));
  const sentences = sentencesById(reading);
  return {
    slug: reading.slug,
    title: reading.title,
    chunks: reading.chunks.map((chunk, index) => ({ id: chunk.id, title: chunk.title, number: index + 1 })),
    questions,
    skills: [...new Set(questions.map((question) => question.skill))],
    possiblePoints: pointsOf(questions),
    sentenceText: (sentenceId) => sentences.get(sentenceId)?.text ?? "",
  };
}

/** The points every question of an assignment's set is worth together, on a version of its reading; 0 when the reading is no longer installed. */
export async function possiblePointsOf(assignment: AssignedReading, version?: string): Promise<number> {
  const reading = await getReading(assignment.readingSlug, version);
  return reading ? pointsOf(inQuestionSet(getFullQuestions(reading), assignment)) : 0;
}

function pointsOf(questions: readonly Question[]): number {
  return questions.reduce((sum, question) => sum + maxScoreOf(question), 0);
}
