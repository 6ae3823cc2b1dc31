"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { submitCardReview, type ReviewResult } from "@/lib/http/client";
import { ratingLabel, type RatingChoice } from "@/lib/review/grades";
import type { ReviewItem } from "@/lib/review/queue";
import { Flashcard } from "./flashcard";
import { QuestionReview, type QuestionAnswer } from "./question-review";
import styles from "./review.module.css";

type Submission = { kind: "glossary"; rating: RatingChoice } | ({ kind: "question" } & QuestionAnswer);

const GENERIC_ERROR = "Could not save this review. Check your connection and try again.";

/**
 * A review session over today's queue: one card at a time, each sent to the
 * server as soon as it is rated or answered. Focus moves to each new card;
 * results are announced in a live region.
 */
export function ReviewSession({ items, dueToday, endOfToday }: { items: ReviewItem[]; dueToday: number; endOfToday: string }) {
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answered, setAnswered] = useState<ReviewResult | null>(null);
  const [done, setDone] = useState<ReviewResult[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const cardRef = useRef<HTMLElement>(null);
  const item = items[index];

  useEffect(() => {
    const target = cardRef.current?.querySelector<HTMLElement>("[data-card-focus]") ?? cardRef.current;
    target?.focus();
  }, [index]);

  const next = useCallback(() => {
    setIndex((current) => current + 1);
    setRevealed(false);
    setAnswered(null);
    setError(null);
  }, []);

  const submit = useCallback(
    async (submission: Submission) => {
      if (!item || busy) return;
      setBusy(true);
      setError(null);
      const result = await submitCardReview(item.cardId, { ...submission, reps: item.reps });
      setBusy(false);
      if (!result.ok && result.kind === "rejected" && result.status === 409) {
        // Reviewed already (another tab or device): nothing to redo here.
        setAnnouncement("This card was already reviewed. Moving on.");
        next();
        return;
      }
      if (!result.ok) {
        setError(result.kind === "rejected" ? result.error.message : GENERIC_ERROR);
        return;
      }
      const review = result.data.review;
      setDone((list) => [...list, review]);
      setAnnouncement(`Rated ${ratingLabel(review.rating)}. Next review in ${review.interval}.`);
      if (submission.kind === "glossary") next();
      else setAnswered(review);
    },
    [item, busy, next],
  );

  const rateFlashcard = useCallback((rating: RatingChoice) => submit({ kind: "glossary", rating }), [submit]);

  if (!item) {
    const comingBackToday = done.some((review) => review.due < endOfToday) || dueToday > items.length;
    return (
      <section className={styles.done} aria-labelledby="session-done" ref={cardRef} tabIndex={-1}>
        <h2 id="session-done">Session complete</h2>
        <p>
          You reviewed {done.length} {done.length === 1 ? "card" : "cards"}
          {done.length > 0 ? `, and remembered ${done.filter((review) => review.rating > 1).length}` : ""}.
        </p>
        <p aria-live="polite" className="visually-hidden">
          {announcement}
        </p>
        <div className={styles.actions}>
          {comingBackToday ? (
            <button type="button" onClick={() => router.refresh()} data-card-focus>
              Review the cards due again today
            </button>
          ) : null}
          <Link className={comingBackToday ? "button button-secondary" : "button"} href="/review/progress" data-card-focus={comingBackToday ? undefined : true}>
            See your progress
          </Link>
        </div>
      </section>
    );
  }

  return (
    <div className={styles.session}>
      <p className={styles.sessionMeta}>
        <span>
          Card {index + 1} of {items.length}
        </span>
        <span>{dueToday} due today</span>
      </p>
      <div className={styles.progressTrack} aria-hidden="true">
        <div className={styles.progressFill} style={{ width: `${(index / items.length) * 100}%` }} />
      </div>
      <section className={styles.card} ref={cardRef} tabIndex={-1} aria-label={`Card ${index + 1} of ${items.length}`} key={item.cardId}>
        {item.kind === "glossary" ? (
          <Flashcard item={item} revealed={revealed} busy={busy} onReveal={() => setRevealed(true)} onRate={rateFlashcard} />
        ) : (
          <QuestionReview
            item={item}
            busy={busy}
            outcome={answered}
            onSubmit={(answer) => submit({ kind: "question", ...answer })}
            onNext={next}
          />
        )}
        {error ? (
          <p className={styles.message} role="alert">
            {error}
          </p>
        ) : null}
      </section>
      <p aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
