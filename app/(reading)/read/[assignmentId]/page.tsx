import type { Metadata } from "next";
import { LiveLessonNotice } from "@/components/live/live-lesson-notice";
import { ReadingStart } from "@/components/reading/reading-start";
import { getReadingOverview } from "@/lib/reading/overview";
import { readerFor } from "@/lib/reading/page-reader";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const reader = await readerFor("assignment", (await params).assignmentId);
  return { title: reader.reading.title };
}

export default async function Page({ params }: Props) {
  const { assignmentId } = await params;
  const reader = await readerFor("assignment", assignmentId);
  return (
    <>
      <LiveLessonNotice assignmentId={assignmentId} />
      <ReadingStart overview={await getReadingOverview(reader)} />
    </>
  );
}
