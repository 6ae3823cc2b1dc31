/**
 * Self-study: the published readings anyone may read (lib/content/rights.ts)
 * that a signed-in user may practise, with where they stand in each (their
 * latest practice attempt), and when practice of a reading is closed to them.
 */
import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
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
  closedBy: PracticeClosure | null;
};

export const PRACTICE_CLOSED_MESSAGE = "Practice of this reading is closed while your assignment of it is open.";

/** Why practice of a reading is closed to a student: an open assignment of it, whose feedback they have not had yet. */
export type PracticeClosure = { assignmentId: string; className: string };

/**
 * Practice shows every chunk with instant feedback, so it would hand out
 * the locked chunks and the key of an assignment still being worked on. It
 * is closed to a student while one of their classes (active enrolment, not
 * archived) has an open assignment of the reading (not closed) that does not
 * allow practice, and their feedback there is not released: no attempt yet,
 * or the latest one not submitted (submitting releases it in either mode).
 */
function closingAssignments(userId: string, readingSlugs: string[], now: Date) {
  return db.assignment.findMany({
    where: {
      readingSlug: { in: readingSlugs },
      allowPractice: false,
      OR: [{ closedAt: null }, { closedAt: { gt: now } }],
      classroom: { archivedAt: null, enrollments: { some: { studentId: userId, status: "active" } } },
      AND: [{ OR: [{ attempts: { none: { userId } } }, { attempts: { some: { userId, submittedAt: null } } }] }],
    },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: { id: true, readingSlug: true, classroom: { select: { name: true } } },
  });
}

/** The assignment that closes practice of `readingSlug` to the user, or null while practice is open to them. */
export async function practiceClosure(user: Pick<SessionUser, "id" | "role">, readingSlug: string, now = new Date()): Promise<PracticeClosure | null> {
  if (user.role !== "student") return null;
  const [closing] = await closingAssignments(user.id, [readingSlug], now);
  return closureOf(closing);
}

function closureOf(assignment: { id: string; classroom: { name: string } } | undefined): PracticeClosure | null {
  return assignment ? { assignmentId: assignment.id, className: assignment.classroom.name } : null;
}

export async function listPracticeReadings(user: SessionUser, now = new Date()): Promise<PracticeReading[]> {
  const readings = (await listReadings()).filter(isOpenForSelfStudy);
  const slugs = readings.map((r) => r.slug);
  const [attempts, closing] = await Promise.all([
    db.attempt.findMany({
      where: { userId: user.id, assignmentId: null, previewOfAssignmentId: null, readingSlug: { in: slugs } },
      orderBy: [{ number: "desc" }, { startedAt: "asc" }],
      select: { readingSlug: true, submittedAt: true, _count: { select: { responses: { where: { status: { in: ["submitted", "graded"] } } } } } },
    }),
    user.role === "student" ? closingAssignments(user.id, slugs, now) : [],
  ]);
  const latest = new Map<string, (typeof attempts)[number]>();
  for (const attempt of attempts) if (!latest.has(attempt.readingSlug)) latest.set(attempt.readingSlug, attempt);
  const closedBy = (slug: string) => closureOf(closing.find((assignment) => assignment.readingSlug === slug));
  return readings.map((reading) => {
    const attempt = latest.get(reading.slug);
    return {
      slug: reading.slug,
      title: reading.title,
      dek: reading.dek,
      author: reading.author,
      readingMinutes: reading.readingMinutes,
      questions: getFullQuestions(reading).length,
      answered: attempt?._count.responses ?? 0,
      finished: attempt?.submittedAt != null,
      facts: readingFacts(reading),
      closedBy: closedBy(reading.slug),
    };
  });
}
