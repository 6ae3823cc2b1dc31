import type { Metadata } from "next";
import { LiveLessonNotice } from "@/components/live/live-lesson-notice";
import { ReadingStepPage } from "@/components/reading/step-page";
import { readingSessionFor } from "@/lib/reading/route-session";

type Props = { params: Promise<{ assignmentId: string; stepId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await readingSessionFor("assignment", (await params).assignmentId);
  return { title: session.reading.title };
}

export default async function Page({ params }: Props) {
  const { assignmentId, stepId } = await params;
  return (
    <>
      <LiveLessonNotice assignmentId={assignmentId} />
      <ReadingStepPage session={await readingSessionFor("assignment", assignmentId)} stepId={stepId} />
    </>
  );
}
