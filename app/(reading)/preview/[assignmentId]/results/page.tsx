import type { Metadata } from "next";
import { PreviewBanner } from "@/components/reading/preview-banner";
import { ReadingResultsPage } from "@/components/reading/results-page";
import { readerFor } from "@/lib/reading/page-reader";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const reader = await readerFor("preview", (await params).assignmentId);
  return { title: `Preview results · ${reader.reading.title}` };
}

export default async function Page({ params }: Props) {
  const { assignmentId } = await params;
  return (
    <>
      <PreviewBanner assignmentId={assignmentId} />
      <ReadingResultsPage reader={await readerFor("preview", assignmentId)} />
    </>
  );
}
