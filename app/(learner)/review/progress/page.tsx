import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { syncReviewCards } from "@/lib/review/cards";
import { getLearnerTimeZone } from "@/lib/review/learner-time-zone";
import { getReviewProgress, RETENTION_WINDOW_DAYS } from "@/lib/review/progress";
import { ActivityChart } from "@/components/review/activity-chart";
import { formatPercent } from "@/components/review/format";
import { MasteryChart } from "@/components/review/mastery-chart";
import styles from "@/components/review/review.module.css";

export const metadata: Metadata = { title: "Your progress" };

export default async function ReviewProgressPage() {
  const user = await requireUser();
  const timeZone = await getLearnerTimeZone();
  const now = new Date();
  await syncReviewCards(user, now);
  const progress = await getReviewProgress(user, now, timeZone);
  const { cards, retention, streak } = progress;

  return (
    <div className="page">
      <h1>Your progress</h1>
      <p>
        {cards.dueToday > 0 ? (
          <Link className="button" href="/review">
            Review {cards.dueToday} {cards.dueToday === 1 ? "card" : "cards"} due today
          </Link>
        ) : (
          "Nothing is due today."
        )}
      </p>
      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt>Due today</dt>
          <dd>{cards.dueToday}</dd>
        </div>
        <div className={styles.stat}>
          <dt>Learned (of {cards.total} cards)</dt>
          <dd>{cards.learned}</dd>
        </div>
        <div className={styles.stat}>
          <dt>Still learning</dt>
          <dd>{cards.learning}</dd>
        </div>
        <div className={styles.stat}>
          <dt>New, not yet reviewed</dt>
          <dd>{cards.new}</dd>
        </div>
        <div className={styles.stat}>
          <dt>Retention, last {RETENTION_WINDOW_DAYS} days</dt>
          <dd>{retention.share === null ? "–" : formatPercent(retention.share)}</dd>
        </div>
        <div className={styles.stat}>
          <dt>{streak.reviewedToday || streak.days === 0 ? "Day streak" : "Day streak: review today to keep it"}</dt>
          <dd>{streak.days}</dd>
        </div>
      </dl>
      <p className="muted">
        Retention is the share of your reviews not rated Again
        {retention.reviews > 0 ? ` (${retention.remembered} of ${retention.reviews})` : ""}. A streak counts days in a row
        with at least one review. Days follow your time zone ({timeZone}).
      </p>

      <ActivityChart activity={progress.activity} />

      <h2>Mastery by skill</h2>
      <p className="muted">
        For each skill, your latest result on every question you answered, in the reading or in review.
      </p>
      {progress.mastery.length === 0 ? (
        <p>Answer questions in a reading to see your mastery here.</p>
      ) : (
        progress.mastery.map((reading) => <MasteryChart key={reading.readingSlug} reading={reading} />)
      )}
    </div>
  );
}
