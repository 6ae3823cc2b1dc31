import type { Metadata } from "next";
import { LiveLessonNotice } from "@/components/live/live-lesson-notice";
import { ReadingStart } from "@/components/reading/reading-start";
import { getReadingOverview } from "@/lib/reading/overview";
import { readingSessionFor } from "@/lib/reading/route-session";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await readingSessionFor("assignment", (await params).assignmentId);
  return { title: session.reading.title };
}

export default async function Page({ params }: Props) {
  const { assignmentId } = await params;
  const session = await readingSessionFor("assignment", assignmentId);
  return (
    <>
      <LiveLessonNotice assignmentId={assignmentId} />
      <ReadingStart overview={await getReadingOverview(session)} />
    </>
  );
}
