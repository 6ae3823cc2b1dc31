import { describe, expect, it } from "vitest";
import { tinyQuestions, tinyReading } from "./__fixtures__/tiny-reading";
import { questionWords, readingProfile } from "./profile";
import { questionsFileSchema, readingSchema } from "./schema";

const reading = readingSchema.parse(tinyReading());
const questions = questionsFileSchema.parse(tinyQuestions()).questions;

describe("readingProfile", () => {
  it("counts words, estimates minutes at 200 wpm and grades the text with Flesch–Kincaid", () => {
    const profile = readingProfile(reading, questions);
    expect(profile.words).toBe(25);
    expect(profile.readingMinutes).toBe(1);
    // 25 words, 7 sentences, 34 syllables: 0.39 × 25/7 + 11.8 × 34/25 − 15.59 = 1.85
    expect(profile.gradeLevel).toBe(1.9);
    expect(profile.skills).toEqual(["literal"]);
    expect(profile.types).toHaveLength(7);
  });

  it("sizes the core set: its items' working time plus the reading", () => {
    expect(readingProfile(reading, questions).core).toEqual({ questions: 0, minutes: 0 });
    const marked = questions.map((q) => (q.type === "single_choice" || q.type === "short_answer" ? { ...q, core: true } : q));
    expect(readingProfile(reading, marked).core).toEqual({ questions: 2, minutes: 1 + 1 + 5 });
  });

  it("counts the words a student reads in the questions, not the feedback", () => {
    const single = questions.filter((q) => q.id === "q-single");
    expect(questionWords(single)).toBe(3 + 2 + 2);
  });
});
