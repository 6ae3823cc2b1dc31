"use client";

import { useEffect, useRef } from "react";
import { RATING_CHOICES, type RatingChoice } from "@/lib/review/grades";
import type { ReviewItem } from "@/lib/review/queue";
import styles from "./review.module.css";

type GlossaryItem = Extract<ReviewItem, { kind: "glossary" }>;

/**
 * A glossary flashcard: the term, then (Show answer) its definition and the
 * sentence that uses it, then the learner's own rating. Keys: 1–4 rate once
 * the answer shows; every control is also a button in the tab order.
 */
export function Flashcard({
  item,
  revealed,
  busy,
  onReveal,
  onRate,
}: {
  item: GlossaryItem;
  revealed: boolean;
  busy: boolean;
  onReveal: () => void;
  onRate: (rating: RatingChoice) => void;
}) {
  const definitionRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (revealed) definitionRef.current?.focus();
  }, [revealed]);

  useEffect(() => {
    if (!revealed || busy) return;
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
      const choice = RATING_CHOICES.find((candidate) => String(candidate.rating) === event.key);
      if (!choice) return;
      event.preventDefault();
      onRate(choice.rating);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revealed, busy, onRate]);

  return (
    <>
      <p className={styles.cardKind}>
        Glossary · {item.reading.title}
      </p>
      <h2 className={styles.term} id={`term-${item.cardId}`}>
        {item.term}
      </h2>
      {revealed ? (
        <>
          <p className={styles.definition} tabIndex={-1} ref={definitionRef}>
            {item.definition}
          </p>
          {item.inContext ? (
            <figure className={styles.inContext}>
              <figcaption className="visually-hidden">In the text</figcaption>
              <blockquote>{item.inContext}</blockquote>
            </figure>
          ) : null}
          <p className={styles.keys}>
            <span id={`rate-hint-${item.cardId}`}>How well did you remember it?</span> Keys:{" "}
            {RATING_CHOICES.map((choice) => (
              <span key={choice.rating} className={styles.keyHint}>
                <kbd>{choice.rating}</kbd> {choice.label}
              </span>
            ))}
          </p>
          <div className={styles.ratings} role="group" aria-labelledby={`rate-hint-${item.cardId}`}>
            {RATING_CHOICES.map((choice) => (
              <button
                key={choice.rating}
                type="button"
                className={`${styles.ratingButton} ${choice.rating === 1 ? styles.again : ""}`}
                disabled={busy}
                aria-keyshortcuts={String(choice.rating)}
                title={choice.meaning}
                onClick={() => onRate(choice.rating)}
              >
                <span>{choice.label}</span>{" "}
                <span className={styles.ratingInterval}>in {item.intervals[choice.rating]}</span>
              </button>
            ))}
          </div>
        </>
      ) : (
        <div className={styles.reveal}>
          <p className={styles.keys}>Recall what it means, then check.</p>
          <button type="button" onClick={onReveal} aria-describedby={`term-${item.cardId}`} data-card-focus>
            Show answer
          </button>
        </div>
      )}
    </>
  );
}
