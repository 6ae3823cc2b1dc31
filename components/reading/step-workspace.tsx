"use client";
import Link from "next/link";
import { useCallback, useMemo, useState } from "react";
import { QuestionCard } from "@/components/questions/question-card";
import type { ClientQuestion } from "@/lib/content/client";
import type { StepLink } from "@/lib/reading/step";
import { sentenceText, type ChunkTextData } from "@/lib/reading/text";
import type { FeedbackMode } from "@/lib/generated/prisma/enums";
import type { ResponseView } from "@/lib/reading/views";
import { ChunkText } from "./chunk-text";
import { useAnswerStore } from "./use-answer-store";
import { WorkspaceContext, type ActiveEvidence, type Workspace } from "./workspace-context";
import styles from "./step-workspace.module.css";

type Props = {
  attemptId: string;
  text: ChunkTextData | null;
  questions: ClientQuestion[];
  responses: ResponseView[];
  writable: boolean;
  /** Why the attempt is read-only, when the general reason would mislead (an archived class). */
  readOnlyMessage?: string;
  feedbackMode: FeedbackMode;
  /** "Show me in the text" targets for every paragraph of the reading. */
  paragraphLinks: Record<string, string>;
  previous: StepLink | null;
  next: StepLink;
  /** The next step opens only once every question here is answered. */
  nextNeedsAnswers: boolean;
  /** Practice: no teacher, so the reader checks their own written answers against the rubric. */
  selfCheck: boolean;
};

/** A step's text and questions, sharing one store of answers and the evidence-choosing mode. */
export function StepWorkspace(props: Props) {
  const { attemptId, text, questions, writable, readOnlyMessage, feedbackMode, paragraphLinks, previous, next, nextNeedsAnswers } = props;
  const questionIds = useMemo(() => questions.map((q) => q.id), [questions]);
  const store = useAnswerStore({ attemptId, questionIds, responses: props.responses, writable });
  const [activeEvidence, setActiveEvidence] = useState<ActiveEvidence | null>(null);

  const sentences = useMemo(
    () => new Map((text?.paragraphs ?? []).flatMap((p) => p.sentences.map((s) => [s.id, sentenceText(s)] as const))),
    [text],
  );

  const { entries, edit } = store;
  const workspace: Workspace = useMemo(() => {
    const selected = activeEvidence ? (entries[activeEvidence.questionId]?.draft as { sentenceIds?: string[] }).sentenceIds ?? [] : [];
    return {
      activeEvidence,
      setActiveEvidence: (questionId) => {
        const index = questions.findIndex((q) => q.id === questionId);
        const question = questions[index];
        setActiveEvidence(question?.type === "evidence" ? { questionId: question.id, number: index + 1, claim: question.claim } : null);
      },
      selectedSentences: selected,
      toggleSentence: (sentenceId) => {
        if (!activeEvidence) return;
        const next = selected.includes(sentenceId) ? selected.filter((id) => id !== sentenceId) : [...selected, sentenceId];
        edit(activeEvidence.questionId, { draft: { sentenceIds: next } });
      },
      sentenceText: (sentenceId) => sentences.get(sentenceId) ?? "",
      paragraphHref: (paragraphId) => paragraphLinks[paragraphId] ?? `#${paragraphId}`,
    };
  }, [activeEvidence, entries, edit, questions, sentences, paragraphLinks]);

  const onSubmit = useCallback(
    (questionId: string) => {
      if (activeEvidence?.questionId === questionId) setActiveEvidence(null);
      void store.submit(questionId);
    },
    [activeEvidence, store],
  );

  const left = questions.filter((q) => !entries[q.id]?.response).length;

  return (
    <WorkspaceContext.Provider value={workspace}>
      {text ? <ChunkText text={text} /> : null}
      {questions.length > 0 ? (
        <section className={styles.questions} aria-labelledby="questions-heading">
          <h2 id="questions-heading">
            Questions <span className="muted">({questions.length - left} of {questions.length} answered)</span>
          </h2>
          {!writable ? <p className="form-message warn">{readOnlyMessage ?? "This attempt is read-only: it has been submitted, or the assignment is closed."}</p> : null}
          {questions.map((question, index) => (
            <QuestionCard
              key={question.id}
              question={question}
              number={index + 1}
              entry={entries[question.id]!}
              writable={writable}
              feedbackMode={feedbackMode}
              attemptId={attemptId}
              selfCheckAttemptId={props.selfCheck ? attemptId : undefined}
              onSelfChecked={store.replaceResponse}
              onEdit={(change) => edit(question.id, change)}
              onSubmit={() => onSubmit(question.id)}
              onRetry={store.resendWaiting}
              paragraphHref={workspace.paragraphHref}
              sentenceText={workspace.sentenceText}
            />
          ))}
        </section>
      ) : null}
      <nav className={styles.footer} aria-label="Reading steps">
        {previous ? (
          <Link href={previous.href} prefetch={false} className={styles.previous}>
            <span aria-hidden="true">← </span>
            {previous.label}
          </Link>
        ) : null}
        {nextNeedsAnswers && left > 0 && writable ? (
          <p className={styles.nextLocked}>
            Answer {left === 1 ? "the last question" : `the ${left} remaining questions`} to open the next part.
          </p>
        ) : (
          <Link href={next.href} prefetch={false} className={`button ${styles.next}`}>
            {next.label}
            <span aria-hidden="true"> →</span>
          </Link>
        )}
      </nav>
    </WorkspaceContext.Provider>
  );
}
