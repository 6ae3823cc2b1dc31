import type { Metadata } from "next";
import { PreviewBanner } from "@/components/reading/preview-banner";
import { ReadingStepPage } from "@/components/reading/step-page";
import { readingSessionFor } from "@/lib/reading/route-session";

type Props = { params: Promise<{ assignmentId: string; stepId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await readingSessionFor("preview", (await params).assignmentId);
  return { title: `Preview · ${session.reading.title}` };
}

export default async function Page({ params }: Props) {
  const { assignmentId, stepId } = await params;
  return (
    <>
      <PreviewBanner assignmentId={assignmentId} />
      <ReadingStepPage session={await readingSessionFor("preview", assignmentId)} stepId={stepId} />
    </>
  );
}
