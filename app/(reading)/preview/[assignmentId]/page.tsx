import type { Metadata } from "next";
import { PreviewBanner } from "@/components/reading/preview-banner";
import { ReadingStart } from "@/components/reading/reading-start";
import { getReadingOverview } from "@/lib/reading/overview";
import { readerFor } from "@/lib/reading/page-reader";

type Props = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const reader = await readerFor("preview", (await params).assignmentId);
  return { title: `Preview · ${reader.reading.title}` };
}

export default async function Page({ params }: Props) {
  const { assignmentId } = await params;
  const reader = await readerFor("preview", assignmentId);
  return (
    <>
      <PreviewBanner assignmentId={assignmentId} />
      <ReadingStart overview={await getReadingOverview(reader)} />
    </>
  );
}
