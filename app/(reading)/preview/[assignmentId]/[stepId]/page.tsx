import type { Metadata } from "next";
import { PreviewBanner } from "@/components/reading/preview-banner";
import { ReadingStepPage } from "@/components/reading/step-page";
import { readerFor } from "@/lib/reading/page-reader";

type Props = { params: Promise<{ assignmentId: string; stepId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const reader = await readerFor("preview", (await params).assignmentId);
  return { title: `Preview · ${reader.reading.title}` };
}

export default async function Page({ params }: Props) {
  const { assignmentId, stepId } = await params;
  return (
    <>
      <PreviewBanner assignmentId={assignmentId} />
      <ReadingStepPage reader={await readerFor("preview", assignmentId)} stepId={stepId} />
    </>
  );
}
