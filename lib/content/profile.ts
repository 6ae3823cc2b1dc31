/**
 * What a teacher looks at before choosing a text: its length, an estimated
 * reading time, a reading level, what its question bank covers, and the size
 * and working time of its core set.
 */
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import type { Question, QuestionType, Reading, Skill } from "./schema";
import { countWords, paragraphText, readingMinutesFor } from "./sentences";
import { estimatedMinutes } from "./working-time";

export interface ReadingProfile {
  words: number;
  /**
   * Minutes at 200 words a minute, rounded up. Brysbaert (2019, "How many
   * words do we read per minute?", Journal of Memory and Language 109)
   * puts adults' silent reading of non-fiction at 238 wpm; 200 allows for
   * students in grades 8–12 reading an unfamiliar informational text closely.
   */
  readingMinutes: number;
  /** Flesch–Kincaid Grade Level: 0.39 × words/sentence + 11.8 × syllables/word − 15.59, to one decimal. */
  gradeLevel: number;
  questions: number;
  skills: Skill[];
  types: QuestionType[];
  core: { questions: number; minutes: number };
}

export function readingProfile(reading: Reading, questions: Question[]): ReadingProfile {
  const text = reading.paragraphs.map(paragraphText).join(" ");
  const sentences = reading.paragraphs.reduce((sum, p) => sum + p.sentences.length, 0);
  const words = countWords(text);
  const core = questions.filter((q) => q.core);
  const readingMinutes = readingMinutesFor(reading.paragraphs);
  return {
    words,
    readingMinutes,
    gradeLevel: Math.round(fleschKincaid({ sentence: sentences, word: words, syllable: syllable(text) }) * 10) / 10,
    questions: questions.length,
    skills: distinct(questions.map((q) => q.skill)),
    types: distinct(questions.map((q) => q.type)),
    core: { questions: core.length, minutes: estimatedMinutes(readingMinutes, core) },
  };
}

/** Words of what a student reads to answer: prompts, statements, claims, options and items (not feedback). */
export function questionWords(questions: Question[]): number {
  return questions.reduce((sum, q) => sum + countWords(studentFacingText(q).join(" ")), 0);
}

function studentFacingText(q: Question): string[] {
  switch (q.type) {
    case "single_choice":
    case "multiple_select":
      return [q.prompt, ...q.options.map((o) => o.text)];
    case "true_false":
      return [q.prompt, q.statement, q.why.prompt, ...q.why.options.map((o) => o.text)];
    case "ordering":
      return [q.prompt, ...q.items.map((i) => i.text)];
    case "matching":
      return [q.prompt, ...q.left.map((i) => i.text), ...q.right.map((i) => i.text)];
    case "short_answer":
      return [q.prompt];
    case "evidence":
      return [q.prompt, q.claim];
  }
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}
