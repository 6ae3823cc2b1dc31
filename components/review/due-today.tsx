import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { syncReviewCards } from "@/lib/review/cards";
import { getLearnerTimeZone } from "@/lib/review/learner-time-zone";
import { countDueToday } from "@/lib/review/queue";
import styles from "./review.module.css";

/**
 * The home page's review reminder for a signed-in student or self-study
 * learner: how many cards are due today, and a way in. Nothing for anyone else.
 */
export async function DueToday() {
  const user = await getCurrentUser();
  if (!user || user.role === "teacher") return null;
  const now = new Date();
  await syncReviewCards(user, now);
  const due = await countDueToday(user, now, await getLearnerTimeZone());
  return (
    <section className={styles.dueToday} aria-labelledby="due-today-heading">
      <h2 id="due-today-heading">Spaced review</h2>
      <p>
        {due === 0
          ? "Nothing is due today. Practise a reading and what you miss will come back here."
          : `${due} ${due === 1 ? "card is" : "cards are"} due today.`}
      </p>
      <div className={styles.actions}>
        {due > 0 ? (
          <Link className="button" href="/review">
            Start review
          </Link>
        ) : null}
        <Link className={due > 0 ? "button button-secondary" : "button"} href="/review/progress">
          Your progress
        </Link>
      </div>
    </section>
  );
}
