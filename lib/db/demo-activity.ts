/**
 * Simulated students for the demo, so every dashboard has something to show
 * on first start: a class of 25 with strong, average and struggling readers,
 * one rapid guesser (always the first option shown, seconds per chunk), written
 * answers some graded and some waiting, one late submission, work still in
 * progress and two who never started; and a self-study learner's review
 * history. Nothing is tied to one reading: answers are made from whatever
 * questions each assigned reading has.
 *
 * Every answer is checked and graded by the app's own functions
 * (parseAnswer, gradeAnswer, the teacher's rubric grade); the report totals
 * and tallies are then recounted by rebuildTallies (seed.ts), as after an upgrade.
 * Deterministic: a seeded generator per student and reading decides
 * everything, so every run makes the same class. Times are relative to now.
 */
import { randomUUID } from "node:crypto";
import { getQuestions, type ReadingWithVersion } from "../content/load";
import { storedReading } from "../content/store";
import { presentationOf, type Presentation } from "../content/presentation";
import type { Question } from "../content/schema";
import { countWords, paragraphText, sentencesOf } from "../content/sentences";
import { answerColumn, parseAnswer, type Answer } from "../scoring/answers";
import { feedbackColumn, withVerdict } from "../scoring/feedback";
import { gradeAnswer } from "../scoring/grade";
import { gradeCriteriaColumn, rubricScore } from "../grading/teacher-grade";
import { newCardSchedule, scheduleReview, Rating, type Grade } from "../review/scheduler";
import { dayKey, DEFAULT_TIME_ZONE } from "../review/time-zone";
import type { Prisma } from "../generated/prisma/client";

/** The seed writes everything in one transaction (one commit, one disk flush), then recounts the tallies. */
type Writer = Prisma.TransactionClient;

type Profile = "strong" | "average" | "struggling" | "guesser";

type Plan = {
  profile: Profile;
  /** Share of the reading's questions answered before stopping; 1 with submitted: the whole reading. */
  reach: number;
  submitted: boolean;
  late?: boolean;
};

export const SIMULATED_STUDENTS: { username: string; displayName: string; plan: Plan | null }[] = [
  { username: "amara.o", displayName: "Amara Osei", plan: { profile: "strong", reach: 1, submitted: true } },
  { username: "bruno.c", displayName: "Bruno Costa", plan: { profile: "strong", reach: 1, submitted: true } },
  { username: "chloe.d", displayName: "Chloé Dubois", plan: { profile: "strong", reach: 1, submitted: true } },
  { username: "dmitri.v", displayName: "Dmitri Volkov", plan: { profile: "strong", reach: 0.8, submitted: false } },
  { username: "elena.r", displayName: "Elena Ruiz", plan: { profile: "strong", reach: 1, submitted: true } },
  { username: "farah.k", displayName: "Farah Khan", plan: { profile: "average", reach: 1, submitted: true } },
  { username: "gabriel.m", displayName: "Gabriel Mensah", plan: { profile: "average", reach: 1, submitted: true, late: true } },
  { username: "hana.s", displayName: "Hana Sato", plan: { profile: "average", reach: 1, submitted: true } },
  { username: "isaac.b", displayName: "Isaac Brown", plan: { profile: "average", reach: 0.6, submitted: false } },
  { username: "jade.n", displayName: "Jade Nguyen", plan: { profile: "average", reach: 1, submitted: true } },
  { username: "kofi.a", displayName: "Kofi Asante", plan: { profile: "average", reach: 1, submitted: true } },
  { username: "lucia.f", displayName: "Lucía Fernández", plan: { profile: "average", reach: 0.4, submitted: false } },
  { username: "mateo.g", displayName: "Mateo García", plan: { profile: "average", reach: 1, submitted: true } },
  { username: "nadia.h", displayName: "Nadia Haddad", plan: { profile: "average", reach: 1, submitted: true } },
  { username: "omar.f", displayName: "Omar Farouk", plan: { profile: "struggling", reach: 1, submitted: true } },
  { username: "priya.p", displayName: "Priya Patel", plan: { profile: "average", reach: 1, submitted: true } },
  { username: "quinn.t", displayName: "Quinn Taylor", plan: { profile: "struggling", reach: 0.5, submitted: false } },
  { username: "rosa.l", displayName: "Rosa Lima", plan: { profile: "struggling", reach: 1, submitted: true } },
  { username: "sami.y", displayName: "Sami Yilmaz", plan: { profile: "average", reach: 1, submitted: true } },
  { username: "tyler.j", displayName: "Tyler Johnson", plan: { profile: "guesser", reach: 1, submitted: true } },
  { username: "uma.r", displayName: "Uma Reddy", plan: { profile: "strong", reach: 1, submitted: true } },
  { username: "victor.h", displayName: "Victor Huang", plan: { profile: "struggling", reach: 0.25, submitted: false } },
  { username: "wren.e", displayName: "Wren Ellis", plan: { profile: "average", reach: 1, submitted: true } },
  { username: "xavi.m", displayName: "Xavi Martín", plan: null },
  { username: "yara.b", displayName: "Yara Barros", plan: null },
];

/** Chance of the key on each objective question (each part of a true/false). */
const ACCURACY: Record<Profile, number> = { strong: 0.9, average: 0.68, struggling: 0.38, guesser: 0 };
/** Reading speed, words per minute: ordinary readers of an argument, and one who does not read. */
const WPM: Record<Profile, [number, number]> = { strong: [180, 260], average: [150, 230], struggling: [110, 180], guesser: [2500, 4000] };
/** Seconds spent on each question. */
const ANSWER_SECONDS: Record<Profile, [number, number]> = { strong: [25, 80], average: [20, 90], struggling: [30, 120], guesser: [0.2, 0.6] };

/** mulberry32: a small seeded generator, enough for demo data. */
function generator(seedText: string): () => number {
  let seed = 2166136261;
  for (let i = 0; i < seedText.length; i += 1) seed = Math.imul(seed ^ seedText.charCodeAt(i), 16777619);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = ReturnType<typeof generator>;
const between = (random: Random, [low, high]: [number, number]) => low + random() * (high - low);
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function without<T>(list: readonly T[], drop: readonly T[]): T[] {
  return list.filter((item) => !drop.includes(item));
}

/**
 * An answer of the right shape: the key with the profile's chance, else a
 * plausible mistake; the guesser takes the option shown first (the attempt's
 * own shuffle, as the student saw it; authors list the key first, so the
 * first authored option would be right every time).
 */
function answerFor(question: Question, profile: Profile, random: Random, chunkSentenceIds: readonly string[], shown: Presentation): Answer {
  const right = () => random() < ACCURACY[profile];
  const guess = profile === "guesser";
  switch (question.type) {
    case "single_choice": {
      if (guess) return { optionId: shown.order(question.id, "options", question.options)[0]!.id };
      return right() ? { optionId: question.answer } : { optionId: pick(random, without(question.options.map((o) => o.id), [question.answer])) };
    }
    case "multiple_select": {
      if (guess) return { optionIds: [shown.order(question.id, "options", question.options)[0]!.id] };
      if (right()) return { optionIds: question.answer };
      const wrong = without(question.options.map((o) => o.id), question.answer);
      return { optionIds: [question.answer[0]!, ...(wrong.length ? [pick(random, wrong)] : [])] };
    }
    case "true_false": {
      if (guess) return { value: true, whyOptionId: shown.order(question.id, "why", question.why.options)[0]!.id };
      const why = right() ? question.why.answer : pick(random, without(question.why.options.map((o) => o.id), [question.why.answer]));
      return { value: right() ? question.answer : !question.answer, whyOptionId: why };
    }
    case "ordering": {
      if (guess) return { itemIds: question.items.map((item) => item.id) };
      if (right()) return { itemIds: question.answer };
      const items = [...question.answer];
      const at = Math.floor(random() * (items.length - 1));
      [items[at], items[at + 1]] = [items[at + 1]!, items[at]!];
      return { itemIds: items };
    }
    case "matching": {
      const lefts = question.left.map((item) => item.id);
      if (guess) return { pairs: Object.fromEntries(lefts.map((left, index) => [left, question.right[index % question.right.length]!.id])) };
      if (right()) return { pairs: question.answer };
      const rights = lefts.map((left) => question.answer[left]!);
      const at = Math.floor(random() * (rights.length - 1));
      [rights[at], rights[at + 1]] = [rights[at + 1]!, rights[at]!];
      return { pairs: Object.fromEntries(lefts.map((left, index) => [left, rights[index]!])) };
    }
    case "evidence": {
      if (guess) return { sentenceIds: [chunkSentenceIds[0]!] };
      if (right()) return { sentenceIds: question.answer };
      const others = without(chunkSentenceIds, [...question.answer, ...(question.acceptable ?? [])]);
      return { sentenceIds: [question.answer[0]!, ...(others.length ? [pick(random, others)] : [])] };
    }
    case "short_answer": {
      const model = question.rubric.modelAnswer;
      if (guess || (profile === "struggling" && random() < 0.5)) return { text: pick(random, ["idk", "I don't know.", "not sure"]) };
      if (profile === "struggling") return { text: model.split(/(?<=[.!?])\s/)[0]!.split(" ").slice(0, 8).join(" ") };
      if (profile === "average") return { text: model.split(/(?<=[.!?])\s/)[0]! };
      return { text: model };
    }
  }
}

/** How sure a reader says they are: mostly in line with how they did, now and then sure of a wrong answer. */
function confidenceFor(profile: Profile, right: boolean, random: Random): number | null {
  if (profile === "guesser") return null;
  if (right) return profile === "strong" ? 3 : pick(random, [2, 3]);
  return random() < (profile === "struggling" ? 0.12 : 0.04) ? 3 : pick(random, [1, 2]);
}

/** Rubric points a teacher would give each profile's written answer. */
function criteriaFor(question: Question, profile: Profile, text: string, random: Random): Record<string, number> {
  if (question.type !== "short_answer") return {};
  const share = countWords(text) < 4 ? 0 : profile === "strong" ? 1 : profile === "average" ? 0.5 + random() * 0.4 : 0.3;
  return Object.fromEntries(question.rubric.criteria.map((criterion) => [criterion.id, Math.round(criterion.points * share)]));
}

function orderedQuestions(reading: ReadingWithVersion): Question[] {
  const questions = getQuestions(reading);
  const chunkOrder = new Map(reading.chunks.map((chunk, index) => [chunk.id, index]));
  const stage = (q: Question) => (q.stage === "after-reading" ? 1 : 0);
  return [...questions].sort((a, b) => stage(a) - stage(b) || (chunkOrder.get(a.chunkId) ?? 0) - (chunkOrder.get(b.chunkId) ?? 0));
}

function chunkFacts(reading: ReadingWithVersion) {
  return new Map(
    reading.chunks.map((chunk) => {
      const paragraphs = reading.paragraphs.filter((paragraph) => chunk.paragraphIds.includes(paragraph.id));
      return [
        chunk.id,
        {
          words: paragraphs.reduce((sum, paragraph) => sum + countWords(paragraphText(paragraph)), 0),
          sentenceIds: paragraphs.flatMap(sentencesOf).map((sentence) => sentence.id),
        },
      ];
    }),
  );
}

type SimulatedAssignment = { id: string; readingSlug: string; dueAt: Date | null };

/** A fresh id of Prisma's cuid shape (ids in links are checked for it); given here so rows can refer to each other before they are written. */
function newId(): string {
  return `c${randomUUID().replaceAll("-", "")}`;
}

type Rows = {
  attempts: Prisma.AttemptCreateManyInput[];
  events: Prisma.ReadingEventCreateManyInput[];
  responses: Prisma.ResponseCreateManyInput[];
  revisions: Prisma.GradeRevisionCreateManyInput[];
};

/** One student's attempt at one assignment, as the app stores it. */
function simulateAttempt(
  rows: Rows,
  student: { id: string; username: string },
  plan: Plan,
  assignment: SimulatedAssignment,
  reading: { reading: ReadingWithVersion; questions: Question[]; chunks: ReturnType<typeof chunkFacts> },
  teacher: { id: string; displayName: string },
  now: Date,
): void {
  const { questions, chunks } = reading;
  const random = generator(`${student.username}/${assignment.readingSlug}`);
  const answered = questions.slice(0, Math.round(questions.length * plan.reach));
  const due = assignment.dueAt ?? now;
  // Started a few days before the due date; the late one the evening after it.
  let clock = plan.late ? due.getTime() + 8 * 3600_000 : due.getTime() - (2 + random() * 3) * 24 * 3600_000;
  const attemptId = newId();
  // Simulated attempts have no seed of their own: their id is the seed, as for attempts made before seeds existed.
  const shown = presentationOf({ id: attemptId, shuffleSeed: null });
  const startedAt = new Date(clock);
  const events: { userId: string; attemptId: string; readingSlug: string; chunkId: string; visibleMs: number; occurredAt: Date }[] = [];
  let chunkId: string | null = null;
  for (const question of answered) {
    const chunk = chunks.get(question.chunkId) ?? { words: 0, sentenceIds: [] };
    if (question.chunkId !== chunkId) {
      chunkId = question.chunkId;
      const visibleMs = Math.round((chunk.words / between(random, WPM[plan.profile])) * 60_000);
      clock += visibleMs;
      events.push({ userId: student.id, attemptId, readingSlug: assignment.readingSlug, chunkId, visibleMs, occurredAt: new Date(clock) });
    }
    const parsed = parseAnswer(question, answerFor(question, plan.profile, random, chunk.sentenceIds, shown), { chunkSentenceIds: chunk.sentenceIds });
    if (!parsed.ok) throw new Error(`Demo answer to ${assignment.readingSlug}/${question.id} does not fit: ${JSON.stringify(parsed.fields)}`);
    const graded = gradeAnswer(question, parsed.answer);
    const answerMs = Math.round(between(random, ANSWER_SECONDS[plan.profile]) * 1000);
    clock += answerMs;
    // Time on the questions counts as time on the chunk too.
    events.at(-1)!.visibleMs += answerMs;
    const submittedAt = new Date(clock);
    const response: Prisma.ResponseCreateManyInput = {
      id: newId(),
      attemptId,
      questionId: question.id,
      chunkId: question.chunkId,
      contentVersion: reading.reading.version,
      answer: answerColumn.write(parsed.answer),
      status: graded.status,
      score: graded.score,
      maxScore: graded.maxScore,
      feedback: feedbackColumn.write(graded.feedback),
      confidence: confidenceFor(plan.profile, graded.score === null || graded.score >= graded.maxScore / 2, random),
      submittedAt,
      createdAt: submittedAt,
    };
    // The teacher has graded about half of the submitted written answers; the rest wait.
    if (question.type === "short_answer" && plan.submitted && random() < 0.55) {
      const criteria = criteriaFor(question, plan.profile, (parsed.answer as { text: string }).text, random);
      const gradedAt = new Date(Math.min(now.getTime() - 3600_000, clock + 24 * 3600_000));
      const comment = plan.profile === "strong" ? "Clear and well supported." : "Quote the sentence that shows this.";
      const score = rubricScore(question, criteria);
      Object.assign(response, { status: "graded", score, feedback: feedbackColumn.write(withVerdict(graded.feedback, score, graded.maxScore)) });
      rows.revisions.push({ id: newId(), responseId: response.id!, gradedById: teacher.id, score, criteria: gradeCriteriaColumn.write(criteria), comment, createdAt: gradedAt });
    }
    rows.responses.push(response);
  }
  const submittedAt = plan.submitted ? new Date(clock + 60_000) : null;
  rows.attempts.push({
    id: attemptId,
    userId: student.id,
    assignmentId: assignment.id,
    readingSlug: assignment.readingSlug,
    contentVersion: reading.reading.version,
    currentChunkId: chunkId ?? reading.reading.chunks[0]!.id,
    startedAt,
    lastActiveAt: new Date(clock),
    submittedAt,
    late: submittedAt !== null && assignment.dueAt !== null && submittedAt > assignment.dueAt,
    visibleMs: events.reduce((sum, event) => sum + event.visibleMs, 0),
  });
  rows.events.push(...events);
}

/**
 * The simulated students' work on every assignment of the class. A student
 * who already has an attempt at an assignment is left alone, so running the
 * seed again adds nothing. Returns the assignments that got new work: the
 * caller recounts their tallies (rebuildTallies) once this is committed.
 */
export async function simulateClassWork(
  database: Writer,
  classroomId: string,
  teacher: { id: string; displayName: string },
  now: Date = new Date(),
): Promise<string[]> {
  const assignments = await database.assignment.findMany({ where: { classroomId }, select: { id: true, readingSlug: true, dueAt: true } });
  const students = await database.user.findMany({
    where: { username: { in: SIMULATED_STUDENTS.map((student) => student.username) } },
    select: { id: true, username: true, attempts: { select: { assignmentId: true } } },
  });
  const rows: Rows = { attempts: [], events: [], responses: [], revisions: [] };
  const changed = new Set<string>();
  for (const assignment of assignments) {
    // Through the seed's own database (a test's seed is not the app's DATABASE_URL).
    const reading = (await storedReading(assignment.readingSlug, undefined, database))?.reading;
    if (!reading) continue;
    const facts = { reading, questions: orderedQuestions(reading), chunks: chunkFacts(reading) };
    for (const student of students) {
      const plan = SIMULATED_STUDENTS.find((simulated) => simulated.username === student.username)?.plan;
      if (!plan || student.attempts.some((attempt) => attempt.assignmentId === assignment.id)) continue;
      simulateAttempt(rows, { id: student.id, username: student.username! }, plan, assignment, facts, teacher, now);
      changed.add(assignment.id);
    }
  }
  // A few statements for the whole class: the seed runs before every browser test run.
  await database.attempt.createMany({ data: rows.attempts });
  await database.readingEvent.createMany({ data: rows.events });
  for (let start = 0; start < rows.responses.length; start += 500) {
    await database.response.createMany({ data: rows.responses.slice(start, start + 500) });
  }
  await database.gradeRevision.createMany({ data: rows.revisions });
  // Each graded answer points at its grade, made after the answer it grades.
  for (const revision of rows.revisions) await database.response.update({ where: { id: revision.responseId }, data: { gradeId: revision.id } });
  return [...changed];
}

/** Review ratings of a learner who mostly remembers. */
const RATINGS: readonly Grade[] = [Rating.Good, Rating.Good, Rating.Good, Rating.Easy, Rating.Hard, Rating.Again];

/**
 * A self-study learner's review history on a reading: its glossary terms and
 * a few questions as cards, reviewed through the scheduler over the last
 * three weeks, with every review logged. Skipped when the learner has cards.
 */
export async function simulateReviewHistory(database: Writer, learnerId: string, readingSlug: string, now: Date = new Date()): Promise<void> {
  const reading = (await storedReading(readingSlug, undefined, database))?.reading;
  if (!reading || (await database.reviewCard.count({ where: { userId: learnerId } }))) return;
  // Glossary flashcards are an opt-in (lib/review/settings.ts): this learner took it.
  await database.user.update({ where: { id: learnerId }, data: { glossaryCards: true } });
  const random = generator(`review/${readingSlug}`);
  const questions = getQuestions(reading).filter((question) => question.type === "single_choice" || question.type === "true_false");
  const items = [
    ...reading.glossary.slice(0, 6).map((entry) => ({ kind: "glossary" as const, itemId: entry.id, question: null })),
    ...questions.slice(0, 4).map((question) => ({ kind: "question" as const, itemId: question.id, question })),
  ];
  for (const [index, item] of items.entries()) {
    let when = new Date(now.getTime() - (21 - index) * 24 * 3600_000);
    let card = newCardSchedule(when);
    const logs = [];
    // Review whenever due, until the next review would be in the future.
    while (card.due.getTime() <= now.getTime() && logs.length < 12) {
      when = new Date(Math.max(card.due.getTime(), when.getTime()) + random() * 6 * 3600_000);
      if (when > now) break;
      const rating = pick(random, RATINGS);
      const next = scheduleReview(card, rating, when);
      logs.push({
        ...next.log,
        score: item.question ? (rating === Rating.Again ? 0 : 1) : null,
        day: dayKey(when, DEFAULT_TIME_ZONE),
      });
      card = next.card;
    }
    await database.reviewCard.create({
      data: {
        userId: learnerId,
        readingSlug,
        kind: item.kind,
        itemId: item.itemId,
        ...card,
        createdAt: logs[0]?.reviewedAt ?? when,
        logs: { create: logs },
      },
    });
  }
}
