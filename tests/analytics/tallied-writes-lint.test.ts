/**
 * The lint refuses writes to the rows the reports count (enrollments,
 * attempts, responses, grades, tallies) outside lib/tallied, so no change
 * can forget the tallies (eslint.config.mjs, "no-restricted-syntax").
 */
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd() });
  // Loading the configuration and its plugins takes most of the time: once, here.
  await eslint.lintText("", { filePath: "lib/example.ts" });
});

/** The lines of `source` the rule refuses, linted as if it were the file at `filePath`. */
async function refusedLines(source: string, filePath: string): Promise<number[]> {
  const [result] = await eslint.lintText(source, { filePath });
  const messages = result!.messages;
  // Anything else wrong with the sample (a parse error) would hide the rule.
  expect(messages.filter((message) => message.ruleId !== "no-restricted-syntax")).toEqual([]);
  return messages.filter((message) => message.message.includes("only through lib/tallied")).map((message) => message.line);
}

const WRITES = `import { db } from "@/lib/db/client";
export async function change(tx: typeof db): Promise<void> {
  await db.attempt.update({ where: { id: "a" }, data: { points: 1 } });
  await tx.response.create({ data: { attemptId: "a", questionId: "q", chunkId: "c", contentVersion: "v", answer: "{}", maxScore: 1 } });
  await db.enrollment.upsert({ where: { id: "e" }, create: { classroomId: "c", studentId: "s" }, update: {} });
  await tx.gradeRevision.createMany({ data: [] });
  await db.answerTally.deleteMany({});
  await db.questionTally.updateMany({ data: { n: 0 } });
  await db.user.create({ data: { role: "student", enrollments: { create: { classroomId: "c" } } } });
  await db.$executeRaw\`UPDATE "Attempt" SET "points" = 0\`;
  await db.$executeRawUnsafe('DELETE FROM "Response" WHERE "attemptId" = $1', "a");
}
`;

const READS = `import { db } from "@/lib/db/client";
export async function look(): Promise<number> {
  await db.attempt.findMany({ where: { userId: "u" } });
  await db.user.findMany({ where: { enrollments: { some: {} } } });
  await db.$queryRaw\`SELECT 1 FROM "Attempt"\`;
  await db.$executeRaw\`UPDATE "ReadingEvent" SET "visibleMs" = 0\`;
  await db.classroom.update({ where: { id: "c" }, data: { name: "n" } });
  return db.response.count();
}
`;

describe("writes that move reported numbers", () => {
  it("are refused outside lib/tallied, each kind of write on its own line", async () => {
    expect(await refusedLines(WRITES, "lib/reading/example.ts")).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(await refusedLines(WRITES, "app/(teacher)/example/actions.ts")).toHaveLength(9);
  });

  it("are allowed in lib/tallied and in the seed, which recounts the tallies after", async () => {
    expect(await refusedLines(WRITES, "lib/tallied/example.ts")).toEqual([]);
    expect(await refusedLines(WRITES, "lib/db/demo-activity.ts")).toEqual([]);
  });

  it("reads, and writes to other tables, are not refused", async () => {
    expect(await refusedLines(READS, "lib/reading/example.ts")).toEqual([]);
  });
});
