/**
 * A class of 10,000 students who answered a 50-question reading (500,000
 * responses, time-on-task events, and a second class of 1,000 as noise),
 * written straight into a migrated SQLite file with bulk inserts: seconds
 * instead of the minutes the app's own writes would take. The write-time
 * tallies are not counted here; callers run rebuildAllTallies, as an
 * upgrade does. Used by bench:report and the db:copy test.
 */
import fs from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";

export const STUDENTS = 10_000;
export const QUESTIONS = 50;
const CHUNKS = 8;
export const NOISE_STUDENTS = 1_000;
export const SLUG = "bench-reading";

/** mulberry32: a small seeded generator, so every run seeds the same data. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type BenchQuestion = { id: string; chunkId: string; type: string; maxScore: number; json: Record<string, unknown> };

/** Writes the generated reading into `dir` (a CONTENT_DIR) and returns its questions. */
export function writeBenchReading(dir: string): BenchQuestion[] {
  const folder = path.join(dir, SLUG);
  fs.mkdirSync(folder, { recursive: true });
  const paragraphs = Array.from({ length: CHUNKS * 2 }, (_, i) => ({
    id: `p${String(i + 1).padStart(2, "0")}`,
    sentences: [`Sentence one of paragraph ${i + 1}.`, `Sentence two of paragraph ${i + 1}.`, `Sentence three of paragraph ${i + 1}.`],
  }));
  const chunks = Array.from({ length: CHUNKS }, (_, i) => ({
    id: `c${i + 1}`,
    title: `Part ${i + 1}`,
    readFor: "what happens",
    paragraphIds: [paragraphs[2 * i]!.id, paragraphs[2 * i + 1]!.id],
  }));
  const reading = {
    slug: SLUG,
    title: "Benchmark reading",
    author: "Bench",
    publication: "Bench",
    publishedOn: "2020-01-01",
    sourceUrl: "https://example.org/bench",
    readingMinutes: 1,
    attribution: "Generated for the benchmark.",
    classroomNote: "Benchmark only.",
    published: false,
    paragraphs,
    chunks,
    glossary: [],
    contextNotes: [],
  };
  const skills = ["literal", "inference", "claim", "evidence", "counterargument", "perspective", "context", "vocabulary"];
  const types = ["single_choice", "multiple_select", "true_false", "ordering", "matching", "evidence", "single_choice", "short_answer"];
  const options = ["a", "b", "c", "d"].map((id) => ({ id, text: `Option ${id}`, feedback: `Why ${id} is ${id === "a" ? "right" : "wrong"}.` }));
  const questions: BenchQuestion[] = Array.from({ length: QUESTIONS }, (_, i) => {
    const chunk = chunks[i % CHUNKS]!;
    const type = types[i % types.length]!;
    const common = {
      id: `q${String(i + 1).padStart(2, "0")}`,
      chunkId: chunk.id,
      skill: skills[i % skills.length],
      difficulty: 1 + (i % 3),
      type,
      prompt: `Question ${i + 1}?`,
      explanation: "Because the text says so.",
      cites: [chunk.paragraphIds[0]],
    };
    const specific: Record<string, Record<string, unknown>> = {
      single_choice: { options, answer: "a" },
      multiple_select: { options, answer: ["a", "b"] },
      true_false: {
        statement: "A statement.",
        answer: true,
        trueFeedback: "Right.",
        falseFeedback: "Wrong.",
        why: { prompt: "Why?", options: options.slice(0, 3), answer: "a" },
      },
      ordering: { items: ["e1", "e2", "e3", "e4"].map((id) => ({ id, text: `Event ${id}` })), answer: ["e1", "e2", "e3", "e4"] },
      matching: {
        left: ["l1", "l2", "l3"].map((id) => ({ id, text: `Left ${id}` })),
        right: ["r1", "r2", "r3", "r4"].map((id) => ({ id, text: `Right ${id}` })),
        answer: { l1: "r1", l2: "r2", l3: "r3" },
      },
      evidence: { claim: "A claim.", answer: [`${chunk.paragraphIds[0]}.s2`] },
      short_answer: {
        maxWords: 100,
        rubric: {
          criteria: [
            { id: "claim", description: "States a position", points: 1 },
            { id: "evidence", description: "Cites the text", points: 2 },
          ],
          modelAnswer: "A model answer.",
        },
      },
    };
    const json = { ...common, ...specific[type] };
    return { id: common.id, chunkId: chunk.id, type, maxScore: type === "short_answer" ? 3 : 1, json };
  });
  fs.writeFileSync(path.join(folder, "reading.json"), JSON.stringify(reading));
  fs.writeFileSync(path.join(folder, "questions.json"), JSON.stringify({ questions: questions.map((q) => q.json) }));
  return questions;
}

/** An answer and its score for a student of ability `ability` (0..1). */
function answerFor(question: BenchQuestion, ability: number, next: () => number): { answer: string; score: number | null } {
  const right = next() < 0.25 + 0.7 * ability;
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  switch (question.type) {
    case "single_choice":
      return right ? { answer: '{"optionId":"a"}', score: 1 } : { answer: `{"optionId":"${pick(["b", "c", "d"])}"}`, score: 0 };
    case "multiple_select":
      return right
        ? { answer: '{"optionIds":["a","b"]}', score: 1 }
        : pick([
            { answer: '{"optionIds":["a"]}', score: 0.5 },
            { answer: '{"optionIds":["a","c"]}', score: 0.5 },
            { answer: '{"optionIds":["c","d"]}', score: 0 },
          ]);
    case "true_false":
      return right
        ? { answer: '{"value":true,"whyOptionId":"a"}', score: 1 }
        : pick([
            { answer: '{"value":true,"whyOptionId":"b"}', score: 0.5 },
            { answer: '{"value":false,"whyOptionId":"c"}', score: 0 },
          ]);
    case "ordering":
      return right
        ? { answer: '{"itemIds":["e1","e2","e3","e4"]}', score: 1 }
        : pick([
            { answer: '{"itemIds":["e2","e1","e3","e4"]}', score: 5 / 6 },
            { answer: '{"itemIds":["e1","e3","e2","e4"]}', score: 5 / 6 },
            { answer: '{"itemIds":["e4","e3","e2","e1"]}', score: 0 },
          ]);
    case "matching":
      return right
        ? { answer: '{"pairs":{"l1":"r1","l2":"r2","l3":"r3"}}', score: 1 }
        : pick([
            { answer: '{"pairs":{"l1":"r2","l2":"r1","l3":"r3"}}', score: 1 / 3 },
            { answer: '{"pairs":{"l1":"r1","l2":"r4","l3":"r3"}}', score: 2 / 3 },
          ]);
    case "evidence": {
      const chunkNumber = Number(question.chunkId.slice(1));
      const first = `p${String(2 * chunkNumber - 1).padStart(2, "0")}`;
      return right
        ? { answer: `{"sentenceIds":["${first}.s2"]}`, score: 1 }
        : { answer: `{"sentenceIds":["${first}.s${pick([1, 3])}"]}`, score: 0 };
    }
    default: {
      // Written answers: two thirds graded by the teacher, the rest awaiting review.
      const graded = next() < 2 / 3;
      return { answer: `{"text":"My answer ${Math.floor(next() * 1e6)}"}`, score: graded ? Math.round(ability * 3) : null };
    }
  }
}

/** Fills the migrated SQLite database `file`; returns the number of responses written (both classes). */
export function seedLargeClass(file: string, questions: BenchQuestion[]) {
  const sqlite = new Sqlite(file);
  sqlite.pragma("journal_mode = WAL");
  const now = new Date().toISOString().replace("Z", "+00:00");
  const insertUser = sqlite.prepare(
    `INSERT INTO "User" ("id","role","email","username","displayName","createdAt","updatedAt") VALUES (?,?,?,?,?,?,?)`,
  );
  const insertClass = sqlite.prepare(
    `INSERT INTO "Classroom" ("id","teacherId","name","joinCode","createdAt","updatedAt") VALUES (?,?,?,?,?,?)`,
  );
  const insertEnrollment = sqlite.prepare(`INSERT INTO "Enrollment" ("id","classroomId","studentId","status","createdAt") VALUES (?,?,?,?,?)`);
  const insertAssignment = sqlite.prepare(
    `INSERT INTO "Assignment" ("id","classroomId","readingSlug","dueAt","createdAt","updatedAt") VALUES (?,?,?,?,?,?)`,
  );
  const insertAttempt = sqlite.prepare(
    `INSERT INTO "Attempt" ("id","userId","assignmentId","readingSlug","contentVersion","number","currentChunkId","startedAt","lastActiveAt","submittedAt","late")
     VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const insertResponse = sqlite.prepare(
    `INSERT INTO "Response" ("id","attemptId","questionId","chunkId","contentVersion","answer","status","score","maxScore","confidence","submittedAt","createdAt","updatedAt")
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const insertEvent = sqlite.prepare(
    `INSERT INTO "ReadingEvent" ("id","userId","attemptId","readingSlug","chunkId","visibleMs","occurredAt") VALUES (?,?,?,?,?,?,?)`,
  );
  const next = random(42);
  let responses = 0;

  const classWith = (classId: string, assignmentId: string, students: number, prefix: string) => {
    insertClass.run(classId, "teacher", `Class ${classId}`, `JOIN${classId}`, now, now);
    insertAssignment.run(assignmentId, classId, SLUG, now, now, now);
    for (let s = 0; s < students; s++) {
      const studentId = `${prefix}${s}`;
      insertUser.run(studentId, "student", null, studentId, `Student ${prefix}${String(s).padStart(5, "0")}`, now, now);
      insertEnrollment.run(`e-${studentId}`, classId, studentId, "active", now);
      const ability = next();
      // Everyone has answered every question; one in ten has yet to press "submit".
      const finished = next() < 0.9;
      const answered = QUESTIONS;
      const attemptId = `a-${studentId}`;
      const chunk = questions[Math.max(0, answered - 1)]!.chunkId;
      insertAttempt.run(attemptId, studentId, assignmentId, SLUG, "bench", 1, chunk, now, now, finished ? now : null, finished && next() < 0.1 ? 1 : 0);
      for (let q = 0; q < answered; q++) {
        const question = questions[q]!;
        const { answer, score } = answerFor(question, ability, next);
        const status = question.type === "short_answer" && score !== null ? "graded" : "submitted";
        const confidence = 1 + Math.floor(next() * 3);
        insertResponse.run(`r-${studentId}-${q}`, attemptId, question.id, question.chunkId, "bench", answer, status, score, question.maxScore, confidence, now, now, now);
        responses++;
      }
      for (let c = 1; c <= CHUNKS; c++) {
        insertEvent.run(`ev-${studentId}-${c}`, studentId, attemptId, SLUG, `c${c}`, 30_000 + Math.floor(next() * 240_000), now);
      }
    }
  };

  sqlite.transaction(() => {
    insertUser.run("teacher", "teacher", "bench@example.org", null, "Bench Teacher", now, now);
    classWith("bench-class", "bench-assignment", STUDENTS, "s");
    classWith("noise-class", "noise-assignment", NOISE_STUDENTS, "n");
  })();
  sqlite.pragma("optimize");
  sqlite.close();
  return responses;
}
