/**
 * A learner's review progress. Counts, retention and the days with reviews
 * are aggregated by the database; per-skill mastery joins the learner's
 * answers with the skills written in the content, so it is put together here.
 *
 * Definitions (all in the learner's time zone):
 * - learned: cards that finished their learning steps (FSRS state Review);
 * - due today: cards due before the end of the learner's current day;
 * - retention: of the reviews in the last 30 days (today and the 29 before),
 *   the share not rated Again;
 * - streak: consecutive days with at least one review, ending today, or
 *   ending yesterday while today has no review yet (the day is not over);
 * - mastery: per reading and skill, the mean over the questions answered of
 *   the latest result for each (an answer in a reading or a review, whichever
 *   came last), as a share of the question's points; answers whose feedback
 *   is not released yet are left out.
 */
import "server-only";
import { learnerCards, ownAttempts } from "@/lib/auth/scopes";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { getQuestions, getReading } from "@/lib/content/load";
import { SKILL_LABELS } from "@/lib/content/labels";
import { SKILLS, type Skill } from "@/lib/content/schema";
import { Rating, State } from "./scheduler";
import { addDays, dayKey, endOfDay } from "./time-zone";

export const RETENTION_WINDOW_DAYS = 30;

export interface DayActivity {
  day: string;
  reviews: number;
  /** Reviews rated Again that day. */
  forgotten: number;
}

export interface SkillMastery {
  skill: Skill;
  label: string;
  questions: number;
  /** 0..1 */
  mastery: number;
}

export interface ReadingMastery {
  readingSlug: string;
  title: string;
  skills: SkillMastery[];
}

export interface ReviewProgress {
  cards: { total: number; new: number; learning: number; learned: number; dueToday: number };
  retention: { reviews: number; remembered: number; share: number | null };
  streak: { days: number; reviewedToday: boolean };
  /** The last 30 days, oldest first, days without reviews included. */
  activity: DayActivity[];
  mastery: ReadingMastery[];
}

export async function getReviewProgress(learner: SessionUser, now: Date, timeZone: string): Promise<ReviewProgress> {
  const today = dayKey(now, timeZone);
  const firstDay = addDays(today, -(RETENTION_WINDOW_DAYS - 1));
  const [byState, dueToday, byDay, reviewDays, mastery] = await Promise.all([
    db.reviewCard.groupBy({ by: ["state"], where: learnerCards(learner), _count: { _all: true } }),
    db.reviewCard.count({ where: { ...learnerCards(learner), due: { lt: endOfDay(now, timeZone) } } }),
    db.reviewLog.groupBy({
      by: ["day", "rating"],
      where: { card: learnerCards(learner), day: { gte: firstDay, lte: today } },
      _count: { _all: true },
    }),
    db.reviewLog.groupBy({ by: ["day"], where: { card: learnerCards(learner), day: { lte: today } }, orderBy: { day: "desc" } }),
    getMastery(learner),
  ]);

  const countIn = (states: State[]) =>
    byState.filter((group) => states.includes(group.state as State)).reduce((sum, group) => sum + group._count._all, 0);

  const activity = Array.from({ length: RETENTION_WINDOW_DAYS }, (_, i) => {
    const day = addDays(firstDay, i);
    const groups = byDay.filter((group) => group.day === day);
    return {
      day,
      reviews: groups.reduce((sum, group) => sum + group._count._all, 0),
      forgotten: groups.filter((group) => group.rating === Rating.Again).reduce((sum, group) => sum + group._count._all, 0),
    };
  });
  const reviews = activity.reduce((sum, day) => sum + day.reviews, 0);
  const remembered = reviews - activity.reduce((sum, day) => sum + day.forgotten, 0);

  return {
    cards: {
      total: countIn([State.New, State.Learning, State.Review, State.Relearning]),
      new: countIn([State.New]),
      learning: countIn([State.Learning, State.Relearning]),
      learned: countIn([State.Review]),
      dueToday,
    },
    retention: { reviews, remembered, share: reviews > 0 ? remembered / reviews : null },
    streak: streakFrom(
      reviewDays.map((group) => group.day),
      today,
    ),
    activity,
    mastery,
  };
}

/** `days`: distinct review days, newest first. */
export function streakFrom(days: readonly string[], today: string): { days: number; reviewedToday: boolean } {
  const reviewedToday = days[0] === today;
  let expected = reviewedToday ? today : addDays(today, -1);
  let length = 0;
  for (const day of days) {
    if (day === today && !reviewedToday) continue;
    if (day !== expected) break;
    length += 1;
    expected = addDays(expected, -1);
  }
  return { days: length, reviewedToday };
}

async function getMastery(learner: SessionUser): Promise<ReadingMastery[]> {
  const [responses, reviews] = await Promise.all([
    db.response.findMany({
      // Only answers whose feedback is released (the rule of lib/reading/settings.ts): mastery must not tell whether an unreleased answer was right.
      where: {
        attempt: { ...ownAttempts(learner), OR: [{ assignmentId: null }, { submittedAt: { not: null } }, { assignment: { feedbackMode: { not: "after_submit" } } }] },
        status: { in: ["submitted", "graded"] },
        score: { not: null },
      },
      select: {
        questionId: true,
        score: true,
        maxScore: true,
        submittedAt: true,
        grade: { select: { createdAt: true } },
        updatedAt: true,
        attempt: { select: { readingSlug: true } },
      },
    }),
    db.reviewLog.findMany({
      where: { card: { ...learnerCards(learner), kind: "question" }, score: { not: null } },
      select: { score: true, reviewedAt: true, card: { select: { readingSlug: true, itemId: true } } },
    }),
  ]);

  /** The latest result per question: reading → question → { at, share }. */
  const latest = new Map<string, Map<string, { at: number; share: number }>>();
  const note = (readingSlug: string, questionId: string, at: Date, share: number) => {
    const questions = latest.get(readingSlug) ?? new Map<string, { at: number; share: number }>();
    latest.set(readingSlug, questions);
    const current = questions.get(questionId);
    if (!current || current.at <= at.getTime()) questions.set(questionId, { at: at.getTime(), share });
  };
  for (const response of responses) {
    if (response.maxScore <= 0 || response.score === null) continue;
    const at = response.grade?.createdAt ?? response.submittedAt ?? response.updatedAt;
    note(response.attempt.readingSlug, response.questionId, at, response.score / response.maxScore);
  }
  for (const review of reviews) note(review.card.readingSlug, review.card.itemId, review.reviewedAt, review.score ?? 0);

  const result: ReadingMastery[] = [];
  for (const [readingSlug, questions] of latest) {
    const reading = await getReading(readingSlug);
    if (!reading) continue;
    const skillOf = new Map(getQuestions(reading).map((question) => [question.id, question.skill]));
    const bySkill = new Map<Skill, number[]>();
    for (const [questionId, { share }] of questions) {
      const skill = skillOf.get(questionId);
      if (skill) bySkill.set(skill, [...(bySkill.get(skill) ?? []), share]);
    }
    const skills = SKILLS.filter((skill) => bySkill.has(skill)).map((skill) => {
      const shares = bySkill.get(skill)!;
      return {
        skill,
        label: SKILL_LABELS[skill],
        questions: shares.length,
        mastery: shares.reduce((sum, share) => sum + share, 0) / shares.length,
      };
    });
    if (skills.length > 0) result.push({ readingSlug, title: reading.title, skills });
  }
  return result.sort((a, b) => a.title.localeCompare(b.title));
}
