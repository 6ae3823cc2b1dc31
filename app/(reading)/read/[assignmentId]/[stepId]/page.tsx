import type { Metadata } from "next";
import { LiveLessonNotice } from "@/components/live/live-lesson-notice";
import { ReadingStepPage } from "@/components/reading/step-page";
import { readerFor } from "@/lib/reading/page-reader";

type Props = { params: Promise<{ assignmentId: string; stepId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const reader = await readerFor("assignment", (await params).assignmentId);
  return { title: reader.reading.title };
}

export default async function Page({ params }: Props) {
  const { assignmentId, stepId } = await params;
  return (
    <>
      <LiveLessonNotice assignmentId={assignmentId} />
      <ReadingStepPage reader={await readerFor("assignment", assignmentId)} stepId={stepId} />
    </>
  );
}
