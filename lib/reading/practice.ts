/**
 * Self-study: the published readings anyone may read (lib/content/rights.ts)
 * that a signed-in user may practise, with
 * where they stand in each (their latest practice attempt).
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { readingFacts, type ReadingFacts } from "@/lib/content/facts";
import { getFullQuestions } from "@/lib/content/keys";
import { listReadings } from "@/lib/content/load";
import { isOpenForSelfStudy } from "@/lib/content/rights";
import { db } from "@/lib/db/client";

export type PracticeReading = {
  slug: string;
  title: string;
  dek?: string;
  author: string;
  readingMinutes: number;
  questions: number;
  answered: number;
  finished: boolean;
  facts: ReadingFacts;
};

export async function listPracticeReadings(user: SessionUser): Promise<PracticeReading[]> {
  const readings = listReadings().filter(isOpenForSelfStudy);
  const attempts = await db.attempt.findMany({
    where: { userId: user.id, assignmentId: null, readingSlug: { in: readings.map((r) => r.slug) } },
    orderBy: [{ number: "desc" }, { startedAt: "asc" }],
    select: { readingSlug: true, submittedAt: true, _count: { select: { responses: { where: { status: { in: ["submitted", "graded"] } } } } } },
  });
  const latest = new Map<string, (typeof attempts)[number]>();
  for (const attempt of attempts) if (!latest.has(attempt.readingSlug)) latest.set(attempt.readingSlug, attempt);
  return readings.map((reading) => {
    const attempt = latest.get(reading.slug);
    return {
      slug: reading.slug,
      title: reading.title,
      dek: reading.dek,
      author: reading.author,
      readingMinutes: reading.readingMinutes,
      questions: getFullQuestions(reading.slug).length,
      answered: attempt?._count.responses ?? 0,
      finished: attempt?.submittedAt != null,
      facts: readingFacts(reading),
    };
  });
}
