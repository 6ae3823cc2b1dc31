import type { Metadata } from "next";
import { notFound } from "next/navigation";
import "@/app/(reading)/reading.css";
import { ReadingBar } from "@/components/reading/reading-bar";
import { StepHeading } from "@/components/reading/step-heading";
import { StepWorkspace } from "@/components/reading/step-workspace";
import { loadOwnDraft } from "@/lib/authoring/pages";
import { requireUser } from "@/lib/auth/current-user";
import { toClientQuestion } from "@/lib/content/client";
import { attemptPresentation } from "@/lib/content/presentation";
import { questionSchema } from "@/lib/content/schema";
import { paragraphLinks } from "@/lib/reading/links";
import { chunkTextData } from "@/lib/reading/text";

export const metadata: Metadata = { title: "Preview" };

/**
 * One chunk of the saved draft through the student's own components, read
 * only: nothing answered here is sent or kept. Questions still half written
 * are left out (the editor lists them under Checks).
 */
export default async function DraftPreviewPage({ params }: { params: Promise<{ draftId: string; chunkId: string }> }) {
  const { draftId, chunkId } = await params;
  const { draft } = await loadOwnDraft(await requireUser(["teacher"]), draftId);
  const { reading } = draft;
  const index = reading.chunks.findIndex((chunk) => chunk.id === chunkId);
  const chunk = reading.chunks[index];
  if (!chunk) notFound();
  const byId = new Map(reading.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
  const paragraphs = chunk.paragraphIds.flatMap((id) => byId.get(id) ?? []);
  const shown = attemptPresentation(`preview-${draftId}`);
  const questions = draft.questions
    .filter((question) => question.chunkId === chunk.id && questionSchema.safeParse(question).success)
    .map((question) => toClientQuestion(question, shown));
  // Half-written glossary entries and notes are left out too: an empty term would match everywhere.
  const glossary = reading.glossary.filter((entry) => entry.term?.trim() && entry.definition?.trim());
  const notes = reading.contextNotes.filter((note) => note.anchor?.trim() && note.note?.trim());
  const basePath = `/teach/readings/drafts/${draftId}/preview`;
  const stepLink = (at: number) => ({ href: `${basePath}/${reading.chunks[at]!.id}`, label: reading.chunks[at]!.title || `Part ${at + 1}` });
  const editorHref = `/teach/readings/drafts/${draftId}`;
  return (
    <div className="reading-shell">
      <p className="form-message warn">
        Preview of your draft, as a student sees it. Nothing here is kept. <a href={editorHref}>Back to the editor</a>
      </p>
      <ReadingBar title={reading.title || "Untitled reading"} href={editorHref} current={`Part ${index + 1} of ${reading.chunks.length}`} readAloudTarget="chunk-text" />
      <article className="reading-step" aria-labelledby="step-title">
        <header className="step-header">
          <p className="kicker">
            Part {index + 1} of {reading.chunks.length}
          </p>
          <StepHeading key={chunk.id}>{chunk.title || `Part ${index + 1}`}</StepHeading>
          <p className="read-for">
            <strong>Read for: </strong>
            {chunk.readFor}
          </p>
        </header>
        <StepWorkspace
          attemptId="preview"
          text={paragraphs.length > 0 ? chunkTextData(paragraphs, glossary, notes) : null}
          questions={questions}
          responses={[]}
          writable={false}
          readOnlyMessage="This is a preview: questions show as students see them, and cannot be answered here."
          feedbackMode="immediate"
          paragraphLinks={paragraphLinks(basePath, reading.chunks, new Set(chunk.paragraphIds))}
          previous={index > 0 ? stepLink(index - 1) : null}
          next={index + 1 < reading.chunks.length ? stepLink(index + 1) : { href: editorHref, label: "Back to the editor" }}
          selfCheck={false}
          nextNeedsAnswers={false}
        />
      </article>
    </div>
  );
}
