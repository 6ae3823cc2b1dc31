import { forbidden, notFound } from "next/navigation";
import { recordChunkOpened } from "@/lib/reading/attempts";
import { paragraphLinks } from "@/lib/reading/links";
import { ensureAttempt, type Reader } from "@/lib/reading/reader";
import { ARCHIVED_MESSAGE } from "@/lib/reading/settings";
import { getReadingStep } from "@/lib/reading/step";
import { ReadingBar } from "./reading-bar";
import { StepHeading } from "./step-heading";
import { StepWorkspace } from "./step-workspace";
import { VisibleTime } from "./visible-time";

/** A chunk (text, then questions) or the after-reading questions. A locked step is a 403 and sends nothing of itself. */
export async function ReadingStepPage({ reader, stepId }: { reader: Reader; stepId: string }) {
  const withAttempt = await ensureAttempt(reader);
  const step = await getReadingStep(withAttempt, stepId);
  if (!step) notFound();
  if (step.locked) forbidden();
  if (step.kind === "chunk" && step.writable) await recordChunkOpened(withAttempt, step.id);

  const shown = new Set(step.text?.paragraphs.map((p) => p.id) ?? []);
  return (
    <div className="reading-shell">
      <ReadingBar title={reader.reading.title} href={reader.basePath} current={step.position} readAloudTarget="chunk-text" />
      <article className="reading-step" aria-labelledby="step-title" data-attempt-id={step.attemptId}>
        <header className="step-header">
          <p className="kicker">{step.position}</p>
          <StepHeading key={step.id}>{step.title}</StepHeading>
          {step.readFor ? (
            <p className="read-for">
              <strong>Read for: </strong>
              {step.readFor}
            </p>
          ) : (
            <p className="read-for">Questions on the whole text. Go back to any part to look again.</p>
          )}
        </header>
        <StepWorkspace
          attemptId={step.attemptId}
          text={step.text}
          questions={step.questions}
          responses={step.responses}
          writable={step.writable}
          readOnlyMessage={reader.settings.archived ? ARCHIVED_MESSAGE : undefined}
          feedbackMode={step.feedbackMode}
          paragraphLinks={paragraphLinks(reader.basePath, reader.reading.chunks, shown)}
          previous={step.previous}
          next={step.next}
          selfCheck={step.selfCheck}
          nextNeedsAnswers={reader.settings.unlockInOrder && !step.next.href.endsWith("/results")}
        />
      </article>
      {step.kind === "chunk" ? <VisibleTime attemptId={step.attemptId} chunkId={step.id} /> : null}
    </div>
  );
}
