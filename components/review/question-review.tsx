"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { SKILL_LABELS } from "@/lib/content/labels";
import type { DraftAnswer } from "@/lib/scoring/answers";
import type { Confidence, ResponseView } from "@/lib/reading/views";
import { sentenceText as textOfSentence } from "@/lib/reading/text";
import type { ReviewItem } from "@/lib/review/queue";
import { ratingLabel } from "@/lib/review/grades";
import { completedDraft, missingPart } from "@/components/questions/completeness";
import { ConfidencePicker } from "@/components/questions/confidence-picker";
import { FeedbackPanel } from "@/components/questions/feedback-panel";
import { QuestionInput } from "@/components/questions/question-input";
import { ChunkText } from "@/components/reading/chunk-text";
import { WorkspaceContext, type Workspace } from "@/components/reading/workspace-context";
import type { ReviewResult } from "@/lib/http/client";
import styles from "./review.module.css";

type QuestionItem = Extract<ReviewItem, { kind: "question" }>;

export interface QuestionAnswer {
  answer: DraftAnswer;
  confidence: Confidence | null;
}

/**
 * A question asked again, with the reading pages' own inputs, confidence
 * control and feedback panel. For "find the evidence" the chunk's text is
 * shown to choose sentences from. The server grades it; the feedback and the
 * resulting rating stay on screen until the learner moves on.
 */
export function QuestionReview({
  item,
  busy,
  outcome,
  onSubmit,
  onNext,
}: {
  item: QuestionItem;
  busy: boolean;
  outcome: ReviewResult | null;
  onSubmit: (answer: QuestionAnswer) => void;
  onNext: () => void;
}) {
  const { question, chunk } = item;
  const promptId = `${useId()}-prompt`;
  const [draft, setDraft] = useState<DraftAnswer>({});
  const [confidence, setConfidence] = useState<Confidence | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const nextRef = useRef<HTMLButtonElement>(null);
  const answered = outcome !== null;

  useEffect(() => {
    if (answered) nextRef.current?.focus();
  }, [answered]);

  const sentences = useMemo(
    () => new Map((chunk?.text.paragraphs ?? []).flatMap((paragraph) => paragraph.sentences).map((sentence) => [sentence.id, textOfSentence(sentence)])),
    [chunk],
  );
  const links = outcome?.result?.paragraphLinks ?? {};
  const paragraphHref = (paragraphId: string) =>
    chunk?.text.paragraphs.some((paragraph) => paragraph.id === paragraphId) ? `#${paragraphId}` : (links[paragraphId] ?? "#");

  const selected = "sentenceIds" in draft ? (draft.sentenceIds ?? []) : [];
  const workspace: Workspace = {
    activeEvidence: choosing && question.type === "evidence" ? { questionId: question.id, number: 1, claim: question.claim } : null,
    setActiveEvidence: (questionId) => setChoosing(questionId !== null),
    selectedSentences: selected,
    toggleSentence: (sentenceId) => {
      setMissing(null);
      setDraft({ sentenceIds: selected.includes(sentenceId) ? selected.filter((id) => id !== sentenceId) : [...selected, sentenceId] });
    },
    sentenceText: (sentenceId) => sentences.get(sentenceId) ?? "",
    paragraphHref,
  };

  function check() {
    const answer = completedDraft(question, draft);
    const problem = missingPart(question, answer);
    setMissing(problem);
    if (problem) return;
    setChoosing(false);
    onSubmit({ answer, confidence });
  }

  const inputProps = {
    question,
    value: draft,
    onChange: (value: DraftAnswer) => {
      setMissing(null);
      setDraft(value);
    },
    disabled: answered || busy,
    feedback: outcome?.result?.feedback,
    promptId,
  };

  const response: ResponseView | null = outcome?.result
    ? {
        questionId: question.id,
        status: "graded",
        answer: draft,
        confidence,
        maxScore: outcome.result.maxScore,
        score: outcome.result.score,
        feedback: outcome.result.feedback,
        updatedAt: new Date().toISOString(),
      }
    : null;

  return (
    <WorkspaceContext.Provider value={workspace}>
      <p className={styles.cardKind}>
        Question · {SKILL_LABELS[question.skill]} · {item.reading.title}
      </p>
      <h2 id={promptId} className={styles.cardHeading} tabIndex={-1} data-card-focus>
        {question.prompt}
      </h2>
      <QuestionInput {...inputProps} />
      {chunk ? <ChunkText text={chunk.text} /> : null}
      <ConfidencePicker value={confidence} disabled={answered || busy} onChange={setConfidence} />
      {answered ? null : (
        <div className={styles.actions}>
          <button type="button" onClick={check} disabled={busy}>
            {busy ? "Checking…" : "Check answer"}
          </button>
        </div>
      )}
      <div aria-live="polite">
        {missing ? <p className={styles.message}>{missing}</p> : null}
        {response && outcome ? (
          <>
            <FeedbackPanel question={question} response={response} paragraphHref={paragraphHref} sentenceText={workspace.sentenceText} />
            <p>
              <strong>{ratingLabel(outcome.rating)}</strong>: this question comes back in {outcome.interval}.
            </p>
          </>
        ) : null}
      </div>
      {answered ? (
        <div className={styles.actions}>
          <button type="button" ref={nextRef} onClick={onNext}>
            Next card
          </button>
        </div>
      ) : null}
    </WorkspaceContext.Provider>
  );
}
