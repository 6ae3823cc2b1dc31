import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { syncReviewCards } from "@/lib/review/cards";
import { getLearnerTimeZone } from "@/lib/review/learner-time-zone";
import { getReviewQueue } from "@/lib/review/queue";
import { getReviewSettings } from "@/lib/review/settings";
import { endOfDay } from "@/lib/review/time-zone";
import { ReviewSession } from "@/components/review/review-session";
import { ReviewSettingsForm } from "@/components/review/review-settings-form";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await requireUser();
  const timeZone = await getLearnerTimeZone();
  const now = new Date();
  await syncReviewCards(user, now);
  const [{ items, dueToday }, settings] = await Promise.all([getReviewQueue(user, now, timeZone), getReviewSettings(user)]);
  const batch = items.map((item) => `${item.cardId}:${item.reps}`).join(",");

  return (
    <div className="page-narrow">
      <h1>Review</h1>
      {items.length === 0 ? (
        <>
          <p className="lede">Nothing is due right now. Well done.</p>
          <p>
            Questions you miss or guess{settings.glossaryCards ? ", and the glossary of every reading you open," : ""} come back here just
            before you would forget them.
          </p>
          <p>
            <Link href="/review/progress">See your progress</Link>
          </p>
        </>
      ) : (
        <ReviewSession key={batch} items={items} dueToday={dueToday} endOfToday={endOfDay(now, timeZone).toISOString()} />
      )}
      <section className="card review-settings" aria-labelledby="review-settings-heading">
        <h2 id="review-settings-heading">Review settings</h2>
        <ReviewSettingsForm {...settings} />
      </section>
    </div>
  );
}
