/**
 * What every format exports: one reading's question bank. Formats without a
 * place for closeread's own fields (chunk, stage, skill, difficulty, cited
 * paragraphs, core set) carry them as tags `name:value`, which Moodle keeps as question
 * tags and our importers read back.
 */
import type { Question, Reading } from "@/lib/content/schema";
import { difficultySchema, skillSchema, stageSchema } from "@/lib/content/schema";

export interface QuestionBank {
  reading: Pick<Reading, "slug" | "title" | "paragraphs" | "chunks">;
  questions: Question[];
}

/** The metadata fields closeread keeps outside the question's wording. */
export type QuestionMetadata = Pick<Question, "chunkId" | "stage" | "skill" | "difficulty" | "cites">;

/** A question's place in the core set, which only closeread's own exports say (never a default for imports). */
type CoreMark = Pick<Question, "core">;

/** `["chunk:c1", "stage:chunk", "skill:literal", "difficulty:1", "cites:p01+p02", "core:true"]` (`core:` only when set) */
export function metadataTags(question: QuestionMetadata & CoreMark): string[] {
  return [
    `chunk:${question.chunkId}`,
    `stage:${question.stage}`,
    `skill:${question.skill}`,
    `difficulty:${question.difficulty}`,
    `cites:${question.cites.join("+")}`,
    ...(question.core === undefined ? [] : [`core:${question.core}`]),
  ];
}

/** Reads the tags written by metadataTags; a missing or unknown value is left out for the caller's defaults. */
export function metadataFromTags(tags: readonly string[]): Partial<QuestionMetadata> & CoreMark {
  const value = (name: string) => tags.find((tag) => tag.startsWith(`${name}:`))?.slice(name.length + 1);
  const metadata: Partial<QuestionMetadata> & CoreMark = {};
  const chunkId = value("chunk");
  if (chunkId) metadata.chunkId = chunkId;
  const stage = stageSchema.safeParse(value("stage"));
  if (stage.success) metadata.stage = stage.data;
  const skill = skillSchema.safeParse(value("skill"));
  if (skill.success) metadata.skill = skill.data;
  const difficulty = difficultySchema.safeParse(Number(value("difficulty")));
  if (difficulty.success) metadata.difficulty = difficulty.data;
  const cites = value("cites");
  if (cites) metadata.cites = cites.split("+");
  const core = value("core");
  if (core === "true" || core === "false") metadata.core = core === "true";
  return metadata;
}

/**
 * Formats without a two-part true/false question carry the "why" follow-up as
 * a question of its own, right after the statement, under this id.
 */
export function whyQuestionId(questionId: string): string {
  return `${questionId}-why`;
}

/**
 * A multiple-select key's weight in percent, as Moodle and GIFT want it: the
 * keys share 100%, each wrong option takes as much away (Moodle floors a
 * question's grade at 0). Moodle accepts only a fixed list of fractions,
 * written with five decimals (33.33333), which 100/n always is for n <= 10.
 */
export function keyWeight(keys: number): number {
  return Math.round((100 / keys) * 100000) / 100000;
}
